import type { Actor, Block, Locale, Reply } from '../../../src/core/chat.js';
import type { Forum, RegistrationDetails } from '../../../src/core/forum/forum.js';
import type { Gender, InviteeAnswer } from '../../../src/core/guests/invitee.js';
import type { testApp } from '../../helpers/test-store.js';

export type App = ReturnType<typeof testApp>;

/** Day 1 of the demo forum (9 March 2027), mid-morning in Stockholm. */
export const day1 = '2027-03-09T09:30:00Z';
/** Day 2 (10 March 2027), early morning. */
export const day2 = '2027-03-10T06:30:00Z';
/** The day after the forum ended (10 March 2027, 13.00). */
export const afterForum = '2027-03-11T09:00:00Z';

export const details = (over: Partial<RegistrationDetails> = {}): RegistrationDetails => ({
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  lunchDay1: true,
  dinnerDay1: true,
  overnight: false,
  breakfastDay2: true,
  lunchDay2: true,
  diet: '',
  accessibility: '',
  invoiceReference: 'KK-1',
  ...over,
});

/** A person known on Slack by `userId`, with the actor that speaks for them. */
export function person(
  app: App,
  userId: string,
  name: string,
  locale: Locale = 'sv',
): { id: number; actor: Actor } {
  const email = `${userId.toLowerCase()}@example.se`;
  const now = app.clock.now().toISOString();
  const created = app.store.people.create({ email, displayName: name, locale }, now);
  app.store.people.addIdentity('slack', userId, created.id);
  return { id: created.id, actor: { platform: 'slack', userId, displayName: name, email, locale } };
}

/** A coordinator on Slack (not the terminal, which is always an admin). */
export function coordinator(app: App, locale: Locale = 'sv') {
  const c = person(app, `UCOORD${locale}`, 'Sara Samordnare', locale);
  app.store.roles.grant(c.id, 'coordinator', null, app.clock.now().toISOString());
  return c;
}

export function register(
  app: App,
  forum: Forum,
  personId: number,
  over: Partial<RegistrationDetails> = {},
  status: 'registered' | 'waitlisted' = 'registered',
) {
  return app.store.registrations.save(
    forum.id,
    personId,
    details(over),
    app.clock.now().toISOString(),
    status,
  );
}

export function invite(
  app: App,
  forum: Forum,
  personId: number,
  row: {
    name: string;
    organisation?: string;
    organisationType?: string;
    municipality?: string;
    gender?: Gender | null;
    answer?: InviteeAnswer | null;
  },
) {
  const now = app.clock.now().toISOString();
  const { invitee } = app.store.invitees.save(
    forum.id,
    personId,
    {
      name: row.name,
      organisation: row.organisation ?? 'Kumla kommun',
      organisationType: row.organisationType ?? 'Kommun',
      municipality: row.municipality ?? 'Kumla',
      roleTitle: 'Chef',
      gender: row.gender ?? null,
    },
    now,
  );
  if (row.answer) app.store.invitees.answer(invitee.id, row.answer, now);
  return invitee;
}

/** The texts a reply shows, fields as "label: value", in order. */
export function texts(reply: Reply): string[] {
  if (reply.kind !== 'message') return [];
  return reply.view.blocks.flatMap((b: Block) =>
    b.kind === 'fields'
      ? b.fields.map((f) => `${f.label}: ${f.value}`)
      : b.kind === 'actions'
        ? []
        : [b.text],
  );
}

/** Every button a reply offers, in order. */
export function buttons(reply: Reply) {
  if (reply.kind !== 'message') return [];
  return reply.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : []));
}

export const blockCount = (reply: Reply) =>
  reply.kind === 'message' ? reply.view.blocks.length : 0;
