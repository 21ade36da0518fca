/**
 * A button (and a modal's `private_metadata`) carries the command it runs and its arguments,
 * so a click or a submission needs no state kept on our side between the two requests.
 */
export interface CommandRef {
  /** The command id. */
  c: string;
  /** Its arguments. */
  a: Record<string, string>;
}

/** Slack's limits: a button value holds 2,000 characters, `private_metadata` 3,000. */
export const buttonValueMax = 2000;
export const privateMetadataMax = 3000;

/**
 * Encodes a command and its arguments. A value over the limit would make Slack refuse the
 * whole message, so it is a programming error here, not something to cut short silently.
 */
export function encodeButtonValue(
  command: string,
  args: Record<string, string> = {},
  max = buttonValueMax,
): string {
  const value = JSON.stringify({ c: command, a: args } satisfies CommandRef);
  if (value.length > max) {
    throw new RangeError(`the arguments of ${command} exceed Slack's ${max}-character limit`);
  }
  return value;
}

/**
 * Reads a value back. Anything that is not exactly what `encodeButtonValue` writes (an old
 * message, a forged payload) gives `undefined`; the caller decides how to answer.
 */
export function decodeButtonValue(value: string | undefined): CommandRef | undefined {
  if (!value) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { c, a } = parsed as { c?: unknown; a?: unknown };
  if (typeof c !== 'string' || typeof a !== 'object' || a === null || Array.isArray(a)) {
    return undefined;
  }
  const entries = Object.entries(a);
  if (!entries.every(([, v]) => typeof v === 'string')) return undefined;
  // fromEntries defines own properties, so a key such as "__proto__" stays a plain key.
  return { c, a: Object.fromEntries(entries) as Record<string, string> };
}
