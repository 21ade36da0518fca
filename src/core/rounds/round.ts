import type { Locale, Platform } from '../chat.js';

/**
 * The three kinds of consultation round: a live workshop (minutes to hours, many short
 * inputs), a dialogue (days, often per sub-area of the county) and a remiss (months, one
 * answer per invited organisation).
 */
export const roundKinds = ['workshop', 'dialogue', 'remiss'] as const;
export type RoundKind = (typeof roundKinds)[number];

/**
 * Who sees who wrote an input: everyone (`named`), only facilitators (`facilitators`), or
 * nobody (`anonymous`: the input row holds no person at all).
 */
export const anonymities = ['named', 'facilitators', 'anonymous'] as const;
export type Anonymity = (typeof anonymities)[number];

export interface Round {
  id: number;
  kind: RoundKind;
  title: string;
  audience: string;
  area: string;
  anonymity: Anonymity;
  tags: string[];
  platform: Platform;
  conversationId: string;
  locale: Locale;
  opensAt: string;
  closesAt: string;
  closedAt: string | null;
  closedBy: number | null;
  votesPerPerson: number | null;
  votingStartedAt: string | null;
  votingEndedAt: string | null;
  createdBy: number | null;
  createdAt: string;
}

export interface Prompt {
  id: number;
  position: number;
  text: string;
}

export type InputStatus = 'active' | 'withdrawn' | 'hidden';

export interface RoundInput {
  id: number;
  roundId: number;
  number: number;
  promptId: number | null;
  /** Null in an anonymous round, always. */
  personId: number | null;
  authorKey: string;
  organisationId: number | null;
  text: string;
  documentUrl: string | null;
  organisation: string;
  organisationType: string;
  municipality: string;
  source: 'form' | 'reply';
  themeId: number | null;
  status: InputStatus;
  hiddenReason: string | null;
  hiddenBy: number | null;
  hiddenAt: string | null;
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export interface Theme {
  id: number;
  roundId: number;
  title: string;
}

/** An organisation invited to answer a remiss, and where its answer stands. */
export interface RoundOrganisation {
  id: number;
  roundId: number;
  name: string;
  organisationType: string;
  municipality: string;
  contactName: string;
  contactPersonId: number | null;
  contactEmail: string | null;
  /** An extension a facilitator granted; otherwise the round's own closing time applies. */
  deadline: string | null;
  /** When the latest extension was granted. */
  extendedAt: string | null;
  moreTimeUntil: string | null;
  moreTimeReason: string | null;
  moreTimeAskedAt: string | null;
  addedAt: string;
}

/** What a person may write: Slack's text inputs hold 3,000 characters. */
export const limits = {
  title: 150,
  prompt: 500,
  promptCount: 10,
  audience: 300,
  area: 100,
  text: 3000,
  reason: 500,
  themeTitle: 150,
  url: 500,
} as const;

/** The most votes a facilitator may give each participant. */
export const maxVotesPerPerson = 10;

/** The days before a remiss closes when organisations that have not answered are reminded. */
export const remissReminderDays = [14, 3] as const;
