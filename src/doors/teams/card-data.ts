import { z } from 'zod';

/**
 * What every button and form submit carries in its `data`, under one key so nothing else a
 * card might send is mistaken for ours: `c` the command id, `a` its arguments, and for forms
 * `t` the names of the toggles (their values arrive as the strings 'true'/'false', and only
 * the card knows which inputs were toggles).
 */
export interface CardData {
  c: string;
  a: Record<string, string>;
  t?: string[];
}

export const cardDataKey = 'forumbot';

export function encodeCardData(
  command: string,
  args: Record<string, string> = {},
  toggles?: readonly string[],
): { [cardDataKey]: CardData } {
  return {
    [cardDataKey]: { c: command, a: args, ...(toggles?.length ? { t: [...toggles] } : {}) },
  };
}

// The bounds only refuse absurd payloads; the dispatcher validates each command's arguments.
const schema = z.object({
  c: z.string().regex(/^[a-z][\w.-]{0,99}$/i),
  a: z.record(z.string().max(200), z.string().max(1000)).default({}),
  t: z.array(z.string().max(100)).max(50).default([]),
});

export interface DecodedCardData {
  command: string;
  args: Record<string, string>;
  toggles: string[];
  /** Everything else in `data`: the values of the card's inputs, merged in by the client. */
  inputs: Record<string, unknown>;
}

/**
 * Reads the `data` of an Action.Execute invoke or the `value` of an Action.Submit message.
 * Returns undefined for anything that is not one of our cards (or was tampered with).
 */
export function decodeCardData(data: unknown): DecodedCardData | undefined {
  if (!isRecord(data)) return undefined;
  const { [cardDataKey]: ours, msteams: _teams, ...inputs } = data;
  const parsed = schema.safeParse(ours);
  if (!parsed.success) return undefined;
  return { command: parsed.data.c, args: parsed.data.a, toggles: parsed.data.t, inputs };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
