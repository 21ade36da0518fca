import type { Store } from '../../store/store.js';
import type { View } from '../chat.js';
import { type Translate, translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { formatDateTime } from '../time/format-date.js';
import type { OrganisationRow } from './read-organisation-list.js';
import type { Round, RoundOrganisation } from './round.js';
import { deadlineOf } from './round-access.js';

const organisationArgs = (o: RoundOrganisation) => ({
  round: String(o.roundId),
  org: String(o.id),
});

/** The personal message asking an organisation's contact to answer the remiss. */
export function remissInvitationView(
  store: Store,
  t: Translate,
  locale: 'sv' | 'en',
  timeZone: string,
  round: Round,
  organisation: RoundOrganisation,
  kind: 'invitation' | 'reminder',
): View {
  const prompts = store.rounds.prompts(round.id);
  const deadline = formatDateTime(deadlineOf(round, organisation), locale, timeZone);
  const params = { organisation: organisation.name, title: round.title, deadline };
  return {
    blocks: [
      { kind: 'heading', text: t('rounds.remiss.heading', { title: round.title }) },
      {
        kind: 'text',
        text: t(
          kind === 'invitation' ? 'rounds.remiss.invitation' : 'rounds.remiss.reminder',
          params,
        ),
      },
      { kind: 'text', text: prompts.map((p) => `${p.position}. ${p.text}`).join('\n') },
      { kind: 'text', text: t('rounds.remiss.howToAnswer', params), muted: true },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('rounds.button.answerFor', { organisation: organisation.name }),
            command: 'rounds.answer',
            args: organisationArgs(organisation),
            style: 'primary',
          },
          {
            label: t('rounds.button.moreTime'),
            command: 'rounds.moretime',
            args: organisationArgs(organisation),
          },
        ],
      },
    ],
  };
}

/** Queues the invitation to one organisation's contact: once per organisation and contact. */
export function queueRemissInvitation(
  store: Store,
  round: Round,
  organisation: RoundOrganisation,
  timeZone: string,
  now: Date,
): boolean {
  if (organisation.contactPersonId === null) return false;
  const locale = store.people.get(organisation.contactPersonId)?.locale ?? round.locale;
  return sendLater(
    store,
    {
      key: `round:${round.id}:org:${organisation.id}:invite:${organisation.contactPersonId}`,
      purpose: 'remiss-invitation',
      to: { personId: organisation.contactPersonId },
      view: remissInvitationView(
        store,
        translator(locale),
        locale,
        timeZone,
        round,
        organisation,
        'invitation',
      ),
      locale,
      notBefore: new Date(Math.max(now.getTime(), Date.parse(round.opensAt))),
    },
    now,
  );
}

/**
 * Stores the listed organisations (a name listed again updates it), finds or makes each
 * contact's person by e-mail, and queues their invitations. Call inside a transaction.
 */
export function addOrganisations(
  store: Store,
  round: Round,
  rows: readonly OrganisationRow[],
  timeZone: string,
  now: Date,
): { added: number; updated: number } {
  const at = now.toISOString();
  let added = 0;
  for (const row of rows) {
    const person =
      store.people.findByEmail(row.email) ??
      store.people.create(
        { email: row.email, displayName: row.contactName || null, locale: round.locale },
        at,
      );
    const { organisation, created } = store.roundOrganisations.save(
      round.id,
      {
        name: row.name,
        organisationType: row.organisationType,
        municipality: row.municipality,
        contactName: row.contactName,
        contactPersonId: person.id,
      },
      at,
    );
    if (created) added++;
    queueRemissInvitation(store, round, organisation, timeZone, now);
  }
  return { added, updated: rows.length - added };
}
