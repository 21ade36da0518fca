/**
 * Cuts text to one of Slack's length limits, ending with "…". Slack refuses the whole message
 * or view when a single field is too long, so every text we send passes through here.
 * The cut never splits a surrogate pair (half an emoji is not valid text) nor an escape such
 * as `&amp;` (half of one would show as stray characters). Lengths are counted in UTF-16
 * units, which is never fewer than Slack's count of characters.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  cut = cut.replace(/&[a-z]{0,3}$/, '');
  return `${cut}…`;
}
