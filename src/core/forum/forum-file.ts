import { z } from 'zod';
import { offsetMs, zonedTimeToUtc } from '../time/zoned-time.js';
import type { Forum, NewForum } from './forum.js';
import { registrationOptions } from './forum.js';

const localTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'write local time as YYYY-MM-DDTHH:MM');

/**
 * A forum as coordinators write it in `data/`: local wall-clock times (Europe/Stockholm by
 * default), because that is how the programme is printed and read.
 */
export const forumFileSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and dashes'),
  title: z.string().trim().min(1).max(150),
  venue: z.string().trim().min(1).max(300),
  startsAt: localTime,
  endsAt: localTime,
  registrationOpensAt: localTime.optional(),
  registrationClosesAt: localTime,
  capacity: z.number().int().positive().max(100_000),
  feeSek: z.number().int().min(0).default(0),
  offers: z.array(z.enum(registrationOptions)).default([...registrationOptions]),
  agenda: z
    .array(
      z.object({ at: localTime, sv: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
    )
    .default([]),
  practicalInfo: z.string().trim().max(3000).default(''),
});

export type ForumFile = z.input<typeof forumFileSchema>;

/**
 * Validates a forum file and turns its local times into instants. Errors name the field
 * ("endsAt: must be after startsAt") so a coordinator can fix the file.
 */
export function parseForumFile(input: unknown, timeZone: string): NewForum {
  const file = forumFileSchema.parse(input);
  const at = (field: string, local: string) => {
    try {
      return zonedTimeToUtc(local, timeZone).toISOString();
    } catch {
      throw new Error(`${field}: ${local} is not a date`);
    }
  };
  const forum: NewForum = {
    ...file,
    registrationOpensAt: file.registrationOpensAt
      ? at('registrationOpensAt', file.registrationOpensAt)
      : null,
    checkinCode: null,
    startsAt: at('startsAt', file.startsAt),
    endsAt: at('endsAt', file.endsAt),
    registrationClosesAt: at('registrationClosesAt', file.registrationClosesAt),
    agenda: file.agenda.map((item, i) => ({ ...item, at: at(`agenda[${i}].at`, item.at) })),
  };
  if (forum.endsAt <= forum.startsAt) throw new Error('endsAt: must be after startsAt');
  if (forum.registrationOpensAt && forum.registrationOpensAt >= forum.registrationClosesAt) {
    throw new Error('registrationOpensAt: must be before registrationClosesAt');
  }
  if (forum.registrationClosesAt > forum.startsAt) {
    throw new Error('registrationClosesAt: must not be after startsAt');
  }
  return forum;
}

/** An instant as the wall-clock time a coordinator writes in `timeZone`: "2027-03-09T12:00". */
export function localTimeOf(instant: string, timeZone: string): string {
  const at = Date.parse(instant);
  return new Date(at + offsetMs(at, timeZone)).toISOString().slice(0, 16);
}

/**
 * A stored forum written back the way `data/` holds it, in local times: what a coordinator
 * edits, and what `parseForumFile` turns into the same forum again.
 */
export function forumToFile(forum: Forum, timeZone: string): z.output<typeof forumFileSchema> {
  const local = (instant: string) => localTimeOf(instant, timeZone);
  return {
    slug: forum.slug,
    title: forum.title,
    venue: forum.venue,
    startsAt: local(forum.startsAt),
    endsAt: local(forum.endsAt),
    ...(forum.registrationOpensAt ? { registrationOpensAt: local(forum.registrationOpensAt) } : {}),
    registrationClosesAt: local(forum.registrationClosesAt),
    capacity: forum.capacity,
    feeSek: forum.feeSek,
    offers: [...forum.offers],
    agenda: forum.agenda.map((item) => ({ ...item, at: local(item.at) })),
    practicalInfo: forum.practicalInfo,
  };
}
