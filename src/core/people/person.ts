import type { Locale } from '../chat.js';

/** A participant, coordinator or admin: one row however many platforms they use. */
export interface Person {
  id: number;
  email: string | null;
  displayName: string | null;
  locale: Locale;
}
