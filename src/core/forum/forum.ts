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

export interface Registration extends RegistrationDetails {
  id: number;
  forumId: number;
  personId: number;
  status: 'registered' | 'cancelled';
  createdAt: string;
  updatedAt: string;
}
