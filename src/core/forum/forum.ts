/** The lunch-to-lunch options a forum can offer and a participant can choose. */
export const registrationOptions = [
  'lunchDay1',
  'dinnerDay1',
  'overnight',
  'breakfastDay2',
  'lunchDay2',
] as const;
export type RegistrationOption = (typeof registrationOptions)[number];

/** One line of the programme; the text in both languages. */
export interface AgendaItem {
  at: string;
  sv: string;
  en: string;
}

/** A forum edition (for example Framtidsforum 2027). Times are ISO instants in UTC. */
export interface Forum {
  id: number;
  slug: string;
  title: string;
  venue: string;
  startsAt: string;
  endsAt: string;
  registrationClosesAt: string;
  capacity: number;
  feeSek: number;
  offers: RegistrationOption[];
  agenda: AgendaItem[];
  /** Null: open from the moment the forum is published. */
  registrationOpensAt: string | null;
  /** The short code shown at the venue for self check-in. */
  checkinCode: string | null;
  /** Travel, parking and what to bring: sent a few days before. */
  practicalInfo: string;
}

export type NewForum = Omit<Forum, 'id'>;

/** What a participant tells us when signing up. */
export interface RegistrationDetails extends Record<RegistrationOption, boolean> {
  organisation: string;
  roleTitle: string;
  diet: string;
  accessibility: string;
  invoiceReference: string;
}

/**
 * - registered: holds a seat.
 * - waitlisted: in line for one, ordered by `queuedAt`.
 * - offered: a freed seat is held for them until `offeredUntil`.
 * - cancelled: by them, by a coordinator, or an offer that lapsed (`cancelReason`).
 */
export type RegistrationStatus = 'registered' | 'waitlisted' | 'offered' | 'cancelled';
export type CancelReason = 'self' | 'declined' | 'lapsed' | 'coordinator';

export interface Registration extends RegistrationDetails {
  id: number;
  forumId: number;
  personId: number;
  status: RegistrationStatus;
  queuedAt: string;
  offeredUntil: string | null;
  cancelReason: CancelReason | null;
  /** Raised on every change, so a calendar entry sent again replaces the one before. */
  calendarSequence: number;
  attendance: 'attended' | 'no_show' | null;
  createdAt: string;
  updatedAt: string;
}
