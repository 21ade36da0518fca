import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Locale } from '../chat.js';

const label = z.object({ sv: z.string().min(1), en: z.string().min(1) });
const tagFile = z.object({
  version: z.literal(1),
  groups: z
    .array(
      z.object({
        id: z.string().min(1),
        label,
        tags: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/), label })).min(1),
      }),
    )
    .min(1),
});

export interface Tag {
  id: string;
  group: string;
  label: Record<Locale, string>;
}

/** The strategy's tags as shipped in data/rus-tags.json: goals, challenge areas, perspectives. */
export const defaultTagsPath = new URL('../../../data/rus-tags.json', import.meta.url);

let loaded: readonly Tag[] | undefined;

/** Reads and checks the tag file once; a broken file stops the bot with the zod message. */
export function rusTags(): readonly Tag[] {
  if (!loaded) {
    const file = tagFile.parse(JSON.parse(readFileSync(defaultTagsPath, 'utf8')));
    loaded = file.groups.flatMap((g) =>
      g.tags.map((t) => ({ id: t.id, group: g.id, label: t.label })),
    );
  }
  return loaded;
}

/** A tag's name in the person's language; an id no longer in the file shows as itself. */
export function tagLabel(id: string, locale: Locale): string {
  return rusTags().find((t) => t.id === id)?.label[locale] ?? id;
}

/** The name of a form's toggle for a tag. */
export const tagInputName = (id: string) => `tag_${id}`;

/** The tags ticked in a submitted form, keeping only those the round offers. */
export function tickedTags(raw: Record<string, unknown>, offered: readonly string[]): string[] {
  return offered.filter((id) => {
    const value = raw[tagInputName(id)];
    return value === true || value === 'true';
  });
}
