import { z } from 'zod';
import type { Input } from '../../core/chat.js';

/**
 * What every button and form submit carries in its `data`, under one key so nothing else a
 * card might send is mistaken for ours: `c` the command id, `a` its arguments, and for forms
 * what only the card knows about its inputs, since Adaptive Cards submit every input as a
 * plain string: `t` the toggles ('true'/'false'), `d` the dates, `h` the times and `o` each
 * choice's allowed values.
 */
export interface CardData {
  c: string;
  a: Record<string, string>;
  t?: string[];
  d?: string[];
  h?: string[];
  o?: Record<string, string[]>;
}

/** The inputs of a form card that are not plain text, by name. */
export interface FieldKinds {
  toggles: string[];
  dates: string[];
  times: string[];
  choices: Record<string, string[]>;
}

export const cardDataKey = 'forumbot';

export function encodeCardData(
  command: string,
  args: Record<string, string> = {},
  inputs: readonly Input[] = [],
): { [cardDataKey]: CardData } {
  const named = (kind: Input['kind']) => inputs.filter((i) => i.kind === kind).map((i) => i.name);
  const [t, d, h] = [named('toggle'), named('date'), named('time')];
  const o = Object.fromEntries(
    inputs.flatMap((i) => (i.kind === 'choice' ? [[i.name, i.options.map((x) => x.value)]] : [])),
  );
  return {
    [cardDataKey]: {
      c: command,
      a: args,
      ...(t.length ? { t } : {}),
      ...(d.length ? { d } : {}),
      ...(h.length ? { h } : {}),
      ...(Object.keys(o).length ? { o } : {}),
    },
  };
}

// The bounds only refuse absurd payloads; the dispatcher validates each command's arguments.
const names = z.array(z.string().max(100)).max(50).default([]);
const schema = z.object({
  c: z.string().regex(/^[a-z][\w.-]{0,99}$/i),
  a: z.record(z.string().max(200), z.string().max(1000)).default({}),
  t: names,
  d: names,
  h: names,
  o: z
    .record(z.string().max(100), z.array(z.string().max(200)).max(100))
    .refine((o) => Object.keys(o).length <= 50)
    .default({}),
});

export interface DecodedCardData {
  command: string;
  args: Record<string, string>;
  fields: FieldKinds;
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
  const { c, a, t, d, h, o } = parsed.data;
  return {
    command: c,
    args: a,
    fields: { toggles: t, dates: d, times: h, choices: o },
    inputs,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
