import { z } from 'zod';
import { localDate } from '../attendance/forum-days.js';
import type { FormValue, Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { formatDateTime } from '../time/format-date.js';
import { organisationArgs } from './answer-commands.js';
import { personName } from './author-text.js';
import { readInstant } from './read-instant.js';
import type { Round } from './round.js';
import { deadlineOf, idArg, managedRound, phaseOf } from './round-access.js';
import { queueLiveEdit } from './round-message.js';

function extendForm(
  ctx: CommandContext,
  round: Round,
  values: Record<string, FormValue>,
  errors?: Record<string, string>,
): Reply {
  const { t, store } = ctx;
  const organisations = store.roundOrganisations.listForRound(round.id);
  return formReply({
    title: t('rounds.extend.title'),
    intro: t('rounds.extend.intro', {
      title: round.title,
      deadline: formatDateTime(round.closesAt, ctx.locale, ctx.timeZone),
    }),
    submitLabel: t('rounds.extend.submit'),
    submitCommand: 'rounds.extend.submit',
    args: { round: String(round.id) },
    inputs: [
      {
        kind: 'choice',
        name: 'org',
        label: t('rounds.extend.organisation'),
        required: true,
        // Slack's select holds 100 options; a remiss goes to about 50 organisations.
        options: organisations.slice(0, 100).map((o) => ({ value: String(o.id), label: o.name })),
      },
      { kind: 'date', name: 'date', label: t('rounds.extend.date'), required: true },
      { kind: 'time', name: 'time', label: t('rounds.extend.time'), required: false },
    ],
    values,
    ...(errors ? { errors } : {}),
  });
}

/** A remiss still open, whose organisations can be given more time. */
function extendable(ctx: CommandContext, round: Round): Round {
  if (round.kind !== 'remiss') throw new UserError('rounds.orgs.notRemiss');
  if (phaseOf(ctx.store, round, ctx.now) === 'closed') throw new UserError('rounds.orgs.closed');
  return round;
}

/** "Förläng": a facilitator gives one organisation a later deadline than the round's. */
export const extendCommand = defineCommand({
  id: 'rounds.extend',
  args: organisationArgs,
  run(ctx, args) {
    const round = extendable(ctx, managedRound(ctx, args.round));
    const organisation = args.org ? ctx.store.roundOrganisations.get(Number(args.org)) : undefined;
    const asked = organisation?.moreTimeUntil;
    return extendForm(ctx, round, {
      org: organisation?.roundId === round.id ? String(organisation.id) : '',
      date: asked ? localDate(asked, ctx.timeZone) : '',
      time: '23:59',
    });
  },
});

export const submitExtendCommand = defineCommand({
  id: 'rounds.extend.submit',
  args: z.object({
    round: idArg,
    org: z.string().max(20).default(''),
    date: z.string().max(40).default(''),
    time: z.string().max(40).default(''),
  }),
  run(ctx, args) {
    const { t, store } = ctx;
    const round = extendable(ctx, managedRound(ctx, args.round));
    const values = { org: args.org, date: args.date, time: args.time };
    const organisation = store.roundOrganisations.get(Number(args.org));
    const errors: Record<string, string> = {};
    if (!organisation || organisation.roundId !== round.id) errors.org = t('field.required');
    const read = readInstant(ctx, args.date, args.time);
    if ('error' in read) errors[read.field] = read.error;
    else if (read.at <= round.closesAt) errors.date = t('rounds.extend.notLater');
    else if (read.at <= ctx.now.toISOString()) errors.date = t('rounds.form.closesPast');
    if (!organisation || !('at' in read) || Object.keys(errors).length > 0) {
      return extendForm(ctx, round, values, errors);
    }
    const at = ctx.now.toISOString();
    store.transaction(() => {
      // The round closed (by hand or the clock) since the check: nothing is extended.
      const fresh = extendable(ctx, store.rounds.get(round.id) as Round);
      const before = store.roundOrganisations.get(organisation.id) ?? organisation;
      store.roundOrganisations.extend(organisation.id, read.at, ctx.person.id, at);
      store.roundActions.record(
        {
          roundId: round.id,
          organisationId: organisation.id,
          action: 'extend',
          detail: { from: deadlineOf(fresh, before), to: read.at },
          personId: ctx.person.id,
        },
        at,
      );
      if (organisation.contactPersonId !== null) {
        const locale = store.people.get(organisation.contactPersonId)?.locale ?? round.locale;
        sendLater(
          store,
          {
            key: `round:${round.id}:org:${organisation.id}:extended:${read.at}`,
            purpose: 'remiss-extended',
            to: { personId: organisation.contactPersonId },
            view: {
              blocks: [
                {
                  kind: 'text',
                  text: translator(locale)('rounds.extend.notice', {
                    organisation: organisation.name,
                    title: round.title,
                    until: formatDateTime(read.at, locale, ctx.timeZone),
                  }),
                },
              ],
            },
            locale,
          },
          ctx.now,
        );
      }
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
    });
    ctx.wakeCourier();
    return message({
      kind: 'text',
      text: t('rounds.extend.done', {
        organisation: organisation.name,
        until: formatDateTime(read.at, ctx.locale, ctx.timeZone),
        by: personName(store, ctx.person.id),
      }),
    });
  },
});
