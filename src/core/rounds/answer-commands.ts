import { z } from 'zod';
import type { FormValue, Reply } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { formatDateTime } from '../time/format-date.js';
import { cleanText } from './clean-text.js';
import { tagInputs, tagValues } from './input-form.js';
import { inputSavedReply } from './input-saved-reply.js';
import type { Round, RoundOrganisation } from './round.js';
import { limits } from './round.js';
import { closedReason, deadlineOf, findRound, idArg } from './round-access.js';
import { queueLiveEdit } from './round-message.js';
import { addInput, textProblem } from './save-input.js';
import { tickedTags } from './tags.js';

export const organisationArgs = z.object({ round: idArg, org: idArg.optional() });

/**
 * The organisation the presser answers for. Only its contact may: a forged button naming
 * another organisation changes nothing. With no organisation named, the presser's only one.
 */
export function ownOrganisation(
  ctx: CommandContext,
  args: { round: string; org?: string | undefined },
):
  | { round: Round; organisation: RoundOrganisation }
  | { round: Round; choices: RoundOrganisation[] } {
  const round = findRound(ctx.store, args.round);
  if (round.kind !== 'remiss') throw new UserError('rounds.remiss.notRemiss');
  const mine = ctx.store.roundOrganisations.listForContact(round.id, ctx.person.id);
  if (args.org) {
    const organisation = mine.find((o) => String(o.id) === args.org);
    if (!organisation) throw new UserError('rounds.remiss.notContact', { title: round.title });
    return { round, organisation };
  }
  if (mine.length === 0) throw new UserError('rounds.remiss.notContact', { title: round.title });
  if (mine.length === 1) return { round, organisation: mine[0] as RoundOrganisation };
  return { round, choices: mine };
}

/** A contact of several organisations picks which one they answer for. */
export function chooseOrganisation(
  ctx: CommandContext,
  round: Round,
  choices: RoundOrganisation[],
  command: string,
): Reply {
  return message(
    { kind: 'text', text: ctx.t('rounds.remiss.choose', { title: round.title }) },
    {
      kind: 'actions',
      buttons: choices.slice(0, 25).map((o) => ({
        label: o.name,
        command,
        args: { round: String(round.id), org: String(o.id) },
      })),
    },
  );
}

function answerForm(
  ctx: CommandContext,
  round: Round,
  organisation: RoundOrganisation,
  values: Record<string, FormValue>,
  errors?: Record<string, string>,
): Reply {
  const { t } = ctx;
  const prompts = ctx.store.rounds.prompts(round.id);
  return {
    kind: 'form',
    form: {
      title: t('rounds.answer.title'),
      intro: [
        t('rounds.answer.intro', {
          organisation: organisation.name,
          title: round.title,
          deadline: formatDateTime(deadlineOf(round, organisation), ctx.locale, ctx.timeZone),
        }),
        ...prompts.map((p) => `${p.position}. ${p.text}`),
      ].join('\n'),
      submitLabel: t('rounds.answer.submit'),
      submitCommand: 'rounds.answer.submit',
      args: { round: String(round.id), org: String(organisation.id) },
      inputs: [
        {
          kind: 'text',
          name: 'text',
          label: t('rounds.answer.text'),
          required: true,
          maxLength: limits.text,
          multiline: true,
          hint: t('rounds.input.hint', { max: limits.text }),
        },
        {
          kind: 'text',
          name: 'link',
          label: t('rounds.answer.link'),
          required: false,
          maxLength: limits.url,
          hint: t('rounds.answer.linkHint'),
        },
        ...tagInputs(ctx, round.tags),
      ],
      values,
      ...(errors ? { errors } : {}),
    },
    ...(errors ? { outcome: 'refused' as const } : {}),
  };
}

/** "Svara för organisationen": the form, filled in with the answer so far. */
export const answerCommand = defineCommand({
  id: 'rounds.answer',
  args: organisationArgs,
  run(ctx, args) {
    const found = ownOrganisation(ctx, args);
    if ('choices' in found)
      return chooseOrganisation(ctx, found.round, found.choices, 'rounds.answer');
    const { round, organisation } = found;
    const closed = closedReason(ctx, round, deadlineOf(round, organisation));
    if (closed) throw new UserError(closed.key, { title: round.title, when: closed.when });
    const answer = ctx.store.roundInputs.findForOrganisation(organisation.id);
    const current = answer?.status === 'withdrawn' ? undefined : answer;
    return answerForm(ctx, round, organisation, {
      text: current?.text ?? '',
      link: current?.documentUrl ?? '',
      ...tagValues(round.tags, current?.tags ?? []),
    });
  },
});

/** A web address to a document: http(s) only, so no other scheme hides behind a link. */
const urlPattern = /^https?:\/\/[^\s<>"'`]+$/i;

/**
 * Saves the organisation's answer: the first one, a change, or one given again after it was
 * withdrawn. Until the organisation's deadline; after it the form comes back, text intact.
 */
export const submitAnswerCommand = defineCommand({
  id: 'rounds.answer.submit',
  args: z
    .object({ round: idArg, org: idArg })
    .catchall(z.union([z.string().max(20_000), z.boolean()])),
  run(ctx, args) {
    const { t, store } = ctx;
    const found = ownOrganisation(ctx, args);
    if ('choices' in found) throw new UserError('error.invalidInput');
    const { round, organisation } = found;
    const raw = args as Record<string, unknown>;
    const rawText = typeof raw.text === 'string' ? raw.text : '';
    const rawLink = typeof raw.link === 'string' ? raw.link : '';
    const text = cleanText(rawText);
    const link = cleanText(rawLink);
    const tags = tickedTags(raw, round.tags);
    const values = { text: rawText, link: rawLink, ...tagValues(round.tags, tags) };
    const errors: Record<string, string> = {};
    const problem = textProblem(t, text);
    if (problem) errors.text = problem;
    if (link !== '' && (!urlPattern.test(link) || link.length > limits.url)) {
      errors.link = t('rounds.answer.badLink');
    }
    const closed = closedReason(ctx, round, deadlineOf(round, organisation));
    if (closed) errors.text = t(`${closed.key}Form`, { title: round.title, when: closed.when });
    if (Object.keys(errors).length > 0) return answerForm(ctx, round, organisation, values, errors);

    const existing = store.roundInputs.findForOrganisation(organisation.id);
    const documentUrl = link === '' ? null : link;
    if (!existing) {
      const input = addInput(
        ctx,
        round,
        { promptId: null, text, tags, source: 'form', documentUrl },
        organisation,
      );
      return inputSavedReply(ctx, round, input, 'rounds.answer.saved');
    }
    const at = ctx.now.toISOString();
    store.transaction(() => {
      store.roundInputs.update(existing.id, { promptId: null, text, documentUrl }, tags, at);
      if (existing.status === 'withdrawn') {
        store.roundInputs.activate(existing.id, at);
        queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
      }
    });
    const saved = store.roundInputs.get(existing.id) ?? existing;
    return inputSavedReply(ctx, round, saved, 'rounds.answer.changed');
  },
});
