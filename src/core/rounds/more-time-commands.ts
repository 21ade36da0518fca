import { z } from 'zod';
import type { FormValue, Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { formatDateTime } from '../time/format-date.js';
import { organisationArgs, ownOrganisation } from './answer-commands.js';
import { cleanLine } from './clean-text.js';
import { readInstant } from './read-instant.js';
import type { Round, RoundOrganisation } from './round.js';
import { limits } from './round.js';
import { closedTime, deadlineOf, idArg, phaseOf } from './round-access.js';

function moreTimeForm(
  ctx: CommandContext,
  round: Round,
  organisation: RoundOrganisation,
  values: Record<string, FormValue>,
  errors?: Record<string, string>,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('rounds.moreTime.title'),
    intro: t('rounds.moreTime.intro', {
      organisation: organisation.name,
      deadline: formatDateTime(deadlineOf(round, organisation), ctx.locale, ctx.timeZone),
    }),
    submitLabel: t('rounds.moreTime.submit'),
    submitCommand: 'rounds.moretime.submit',
    args: { round: String(round.id), org: String(organisation.id) },
    inputs: [
      { kind: 'date', name: 'date', label: t('rounds.moreTime.date'), required: true },
      {
        kind: 'text',
        name: 'reason',
        label: t('rounds.moreTime.reason'),
        required: false,
        maxLength: limits.reason,
        multiline: true,
      },
    ],
    values,
    ...(errors ? { errors } : {}),
  });
}

/** "Be om mer tid": the organisation's contact asks the facilitators for a later deadline. */
export const moreTimeCommand = defineCommand({
  id: 'rounds.moretime',
  args: organisationArgs,
  run(ctx, args) {
    const found = ownOrganisation(ctx, args, 'rounds.moretime');
    if ('choose' in found) return found.choose;
    const { round, organisation } = found;
    if (phaseOf(ctx.store, round, ctx.now) === 'closed') {
      throw new UserError('rounds.error.closed', {
        title: round.title,
        when: formatDateTime(
          closedTime(ctx.store, round, deadlineOf(round, organisation)),
          ctx.locale,
          ctx.timeZone,
        ),
      });
    }
    return moreTimeForm(ctx, round, organisation, { date: '', reason: '' });
  },
});

export const submitMoreTimeCommand = defineCommand({
  id: 'rounds.moretime.submit',
  args: z.object({
    round: idArg,
    org: idArg,
    date: z.string().max(40).default(''),
    reason: z.string().max(20_000).default(''),
  }),
  run(ctx, args) {
    const { t, store } = ctx;
    const found = ownOrganisation(ctx, args, 'rounds.moretime');
    if ('choose' in found) throw new UserError('error.invalidInput');
    const { round, organisation } = found;
    const values = { date: args.date, reason: args.reason };
    const read = readInstant(ctx, args.date, '23:59');
    const reason = cleanLine(args.reason);
    const errors: Record<string, string> = {};
    if ('error' in read) errors.date = read.error;
    else if (read.at <= deadlineOf(round, organisation))
      errors.date = t('rounds.moreTime.notLater');
    if (reason.length > limits.reason) {
      errors.reason = t('field.tooLong', { max: limits.reason, length: reason.length });
    }
    if (phaseOf(store, round, ctx.now) === 'closed') errors.date = t('rounds.moreTime.closed');
    if (!('at' in read) || Object.keys(errors).length > 0) {
      return moreTimeForm(ctx, round, organisation, values, errors);
    }
    const at = ctx.now.toISOString();
    store.transaction(() => {
      store.roundOrganisations.askMoreTime(organisation.id, read.at, reason, at);
      // The facilitator who opened the round hears of it in their personal chat.
      if (round.createdBy !== null) {
        const locale = store.people.get(round.createdBy)?.locale ?? round.locale;
        const ft = translator(locale);
        sendLater(
          store,
          {
            key: `round:${round.id}:org:${organisation.id}:moretime:${at}`,
            purpose: 'remiss-more-time',
            to: { personId: round.createdBy },
            view: {
              blocks: [
                {
                  kind: 'text',
                  text: ft('rounds.moreTime.notice', {
                    organisation: organisation.name,
                    title: round.title,
                    until: formatDateTime(read.at, locale, ctx.timeZone),
                    reason: reason || '–',
                  }),
                },
                {
                  kind: 'actions',
                  buttons: [
                    {
                      label: ft('rounds.button.extend'),
                      command: 'rounds.extend',
                      args: { round: String(round.id), org: String(organisation.id) },
                      style: 'primary',
                    },
                  ],
                },
              ],
            },
            locale,
          },
          ctx.now,
        );
      }
    });
    ctx.wakeCourier();
    return message({
      kind: 'text',
      text: t('rounds.moreTime.asked', {
        until: formatDateTime(read.at, ctx.locale, ctx.timeZone),
      }),
    });
  },
});
