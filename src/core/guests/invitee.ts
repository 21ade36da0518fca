export const genders = ['woman', 'man', 'other'] as const;
export type Gender = (typeof genders)[number];

/** An invitation's answer. `substituted`: the invitee sent a colleague instead. */
export type InviteeAnswer = 'yes' | 'no' | 'substituted';

/** What a guest-list row says about an invitee. */
export interface InviteeDetails {
  name: string;
  organisation: string;
  organisationType: string;
  municipality: string;
  roleTitle: string;
  /** Self-reported and optional; only ever shown as counts of five or more. */
  gender: Gender | null;
}

/** One person on one forum's guest list. */
export interface Invitee extends InviteeDetails {
  id: number;
  forumId: number;
  personId: number;
  email: string;
  answer: InviteeAnswer | null;
  answeredAt: string | null;
  /** Set on a colleague named as substitute: whose invitation they took over. */
  substituteFor: number | null;
  importedAt: string;
  updatedAt: string;
}
