import { readFileSync } from 'node:fs';
import type { Store } from '../../store/store.js';
import type { ForumFile } from './forum-file.js';
import { parseForumFile } from './forum-file.js';

const week = 7 * 24 * 3600 * 1000;

/**
 * Loads the demo Framtidsforum when the database has no forums, so a newcomer has something
 * to sign up for. A demo whose registration has closed is moved on by whole 52-week steps
 * (which keep the weekdays) and its year renamed, so a fresh clone never gets a stale demo.
 */
export function seedDemoForum(store: Store, path: string, now: Date, timeZone: string): boolean {
  if (store.forums.count() > 0) return false;
  const file = JSON.parse(readFileSync(path, 'utf8')) as ForumFile;
  let forum = parseForumFile(file, timeZone);
  // Moved on once registration has closed, so a newcomer can always sign up for it.
  const closes = Date.parse(forum.registrationClosesAt);
  const steps = Math.max(0, Math.ceil((now.getTime() - closes) / (52 * week)));
  if (steps > 0) {
    const shifted = shiftLocalTimes(file, steps * 52 * 7);
    const year = shifted.startsAt.slice(0, 4);
    shifted.slug = file.slug.replace(/\d{4}/, year);
    shifted.title = file.title.replace(/\d{4}/, year);
    forum = parseForumFile(shifted, timeZone);
  }
  const seed = forum;
  // Checked again under the write lock: two processes starting together load it once.
  return store.transaction(() => {
    if (store.forums.count() > 0) return false;
    store.forums.insert(seed, now.toISOString());
    return true;
  });
}

function shiftLocalTimes(file: ForumFile, days: number): ForumFile {
  const shift = (local: string) =>
    new Date(Date.parse(`${local}Z`) + days * 86_400_000).toISOString().slice(0, 16);
  return {
    ...file,
    startsAt: shift(file.startsAt),
    endsAt: shift(file.endsAt),
    registrationClosesAt: shift(file.registrationClosesAt),
    ...(file.registrationOpensAt ? { registrationOpensAt: shift(file.registrationOpensAt) } : {}),
    agenda: (file.agenda ?? []).map((item) => ({ ...item, at: shift(item.at) })),
  };
}
