/**
 * How Microsoft 365 Agents Playground shows that it could not draw what the bot sent. Found
 * by sending it broken cards on purpose: an unknown attachment type is drawn as "… is not
 * supported yet" and logged as "(×) Error: …"; a card feature it cannot show gets a warning
 * under the message and "(!) Warning: …" in its log panel; a message with neither text nor
 * card reads "Invalid message"; and a message its mock connector refuses (a malformed card)
 * is logged with the status, "message 400". The log panel also shows the bot's answers to
 * each activity ("invoke 500"). (Unknown elements inside an Adaptive Card are dropped by the
 * renderer without a word: the unit tests check our cards against the schema for that.)
 */
const signs: readonly RegExp[] = [
  /\(×\) Error:.*/g,
  /\(!\) Warning:.*/g,
  /.*is not supported yet.*/g,
  /^Invalid message$/gm,
  /(?:Microsoft 365 Agents Playground|User Application) -> (?:Microsoft 365 Agents Playground|User Application) \w+ [45]\d\d\b.*/g,
];

/** Every sign of a render error in the Playground's page text (conversation and log panel). */
export function renderProblems(pageText: string): string[] {
  return signs.flatMap((sign) => [...pageText.matchAll(sign)].map((m) => m[0]));
}

/**
 * Console lines that are not the page's own trouble: the Playground asks a CDN for its fonts,
 * and with no network those requests fail.
 */
export const harmlessConsole = (text: string) => text.startsWith('Failed to load resource');
