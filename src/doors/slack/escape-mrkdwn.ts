/**
 * Makes any text safe inside Slack mrkdwn. Slack reads `<…>` as a mention, a channel-wide
 * ping (`<!channel>`) or a link, and `&` as the start of an entity, so these three are the
 * characters Slack documents as the ones to escape. Once escaped, whatever a person wrote in a
 * form shows exactly as written and pings nobody. Emphasis such as `*bold*` is left alone: our
 * own strings use it, and in someone's text it can only change how that text looks.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
