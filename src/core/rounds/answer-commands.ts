import { z } from 'zod';
import type { FormValue, Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { formatDateTime } from '../time/format-date.js';
import { cleanText } from './clean-text.js';
import { tagInputs, tagValues } from './input-form.js';
import { inputSavedReply } from './input-saved-reply.js';
import type { Round, RoundInput, RoundOrganisation } from './round.js';
import { limits } from './round.js';
import { assertTakesInputs, closedReason, deadlineOf, findRound, idArg } from './round-access.js';
import { queueLiveEdit } from './round-message.js';
import { addInput, formRefusal, type InputDraft, textProblem } from './save-input.js';
import { tickedTags } from './tags.js';

export const organisationArgs = z.object({ round: idArg, org: idArg.optional() });

/**
 * The organisation the presser answers for. Only its contact may: a forged button naming
 * another organisation changes nothing. With no organisation named, the presser's only one;
 * a contact of several is asked which, with buttons that run `command` again for each.
 */
export function ownOrganisation(
  ctx: CommandContext,
  args: { round: string; org?: string | undefined },
  command: string,
): { round: Round; organisation: RoundOrganisation } | { choose: Reply } {
  const round = findRound(ctx.store, args.round);
  if (round.kind !== 'remiss') throw new UserError('rounds.remiss.notRemiss');
  const mine = ctx.store.roundOrganisations.listForContact(round.id, ctx.person.id);
  const organisation = args.org ? mine.find((o) => String(o.id) === args.org) : mine[0];
  if (!organisation) throw new UserError('rounds.remiss.notContact', { title: round.title });
  if (args.org || mine.length === 1) return { round, organisation };
  return {
    choose: message(
      { kind: 'text', text: ctx.t('rounds.remiss.choose', { title: round.title }) },
      {
        kind: 'actions',
        buttons: mine.slice(0, 25).map((o) => ({
          label: o.name,
          command,
          args: { round: String(round.id), org: String(o.id) },
        })),
      },
    ),
  };
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
  return formReply({
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
  });
}

/** "Svara för organisationen": the form, filled in with the answer so far. */
export const answerCommand = defineCommand({
  id: 'rounds.answer',
  args: organisationArgs,
  run(ctx, args) {
    const found = ownOrganisation(ctx, args, 'rounds.answer');
    if ('choose' in found) return found.choose;
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

/**
 * Stores the organisation's answer: the first, a change, or one given again after it was
 * withdrawn. The round, the organisation (its deadline, its contact) and its answer so far
 * are read again under the write lock, so an answer racing the deadline, a change of
 * contact or a second submit is refused or becomes a change, never a second answer.
 */
function saveAnswer(
  ctx: CommandContext,
  roundId: number,
  organisationId: number,
  draft: InputDraft,
): { input: RoundInput; key: 'rounds.answer.saved' | 'rounds.answer.changed' } {
  const { store } = ctx;
  return store.transaction(() => {
    const round = store.rounds.get(roundId) as Round;
    const organisation = store.roundOrganisations.get(organisationId);
    if (organisation?.contactPersonId !== ctx.person.id) {
      throw new UserError('rounds.remiss.notContact', { title: round.title });
    }
    assertTakesInputs(ctx, round, deadlineOf(round, organisation));
    const existing = store.roundInputs.findForOrganisation(organisation.id);
    if (!existing) {
      return { input: addInput(ctx, round, draft, organisation), key: 'rounds.answer.saved' };
    }
    const at = ctx.now.toISOString();
    const change = { promptId: null, text: draft.text, documentUrl: draft.documentUrl ?? null };
    store.roundInputs.update(existing.id, change, draft.tags, at);
    if (existing.status === 'withdrawn') {
      store.roundInputs.activate(existing.id, at);
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
    }
    return {
      input: store.roundInputs.get(existing.id) as RoundInput,
      key: 'rounds.answer.changed',
    };
  });
}

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
    const { t } = ctx;
    const found = ownOrganisation(ctx, args, 'rounds.answer');
    // A submitted form names its organisation.
    if ('choose' in found) throw new UserError('error.invalidInput');
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

    const documentUrl = link === '' ? null : link;
    const draft = { promptId: null, text, tags, source: 'form' as const, documentUrl };
    try {
      const { input, key } = saveAnswer(ctx, round.id, organisation.id, draft);
      return inputSavedReply(ctx, round, input, key);
    } catch (error) {
      // Changed between the check and the lock: the form comes back, nothing typed is lost.
      if (!(error instanceof UserError)) throw error;
      return answerForm(ctx, round, organisation, values, { text: formRefusal(t, error) });
    }
  },
});
