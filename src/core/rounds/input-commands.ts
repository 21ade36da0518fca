import { z } from 'zod';
import type { FormValue } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { inputForm, submitInputId, tagValues } from './input-form.js';
import { inputSavedReply } from './input-saved-reply.js';
import { dropDeadVotes } from './ranking.js';
import type { Prompt, Round, RoundInput } from './round.js';
import {
  assertTakesInputs,
  canSee,
  closedReason,
  deadlineOf,
  findRound,
  idArg,
  inputArgs,
  ownInput,
  passArg,
  roundPassArgs,
  visibleRound,
  votingUnderWay,
} from './round-access.js';
import { queueLiveEdit } from './round-message.js';
import { addInput, formRefusal, type InputDraft, textProblem } from './save-input.js';
import { tickedTags } from './tags.js';

/** A remiss is answered per organisation, through its own button and form. */
function assertNotRemiss(round: Round): void {
  if (round.kind === 'remiss') throw new UserError('rounds.remiss.useAnswer');
}

/**
 * Why the author cannot change their input now, or undefined when they can: the round does
 * not take inputs, the facilitators hid it, or the prioritisation is under way (everyone
 * votes on the same words; withdrawing stays possible).
 */
function editRefusal(
  ctx: CommandContext,
  round: Round,
  input: RoundInput | undefined,
): UserError | undefined {
  if (!input || input.status === 'withdrawn') return new UserError('rounds.error.notYours');
  const closed = closedReason(ctx, round);
  if (closed) return new UserError(closed.key, { title: round.title, when: closed.when });
  if (input.status === 'hidden') return new UserError('rounds.input.hiddenNoEdit');
  if (votingUnderWay(round)) return new UserError('rounds.input.votingNoEdit');
  return undefined;
}

/** "Lämna synpunkt" on the round's message: the empty form. */
export const giveInputCommand = defineCommand({
  id: 'rounds.input',
  args: roundPassArgs,
  run(ctx, args) {
    const round = visibleRound(ctx, args.round, args.pass);
    assertNotRemiss(round);
    assertTakesInputs(ctx, round);
    const prompts = ctx.store.rounds.prompts(round.id);
    const values: Record<string, FormValue> = { text: '', ...tagValues(round.tags, []) };
    if (prompts.length > 1) values.prompt = String((prompts[0] as Prompt).id);
    return inputForm(ctx, round, prompts, values);
  },
});

/** "Ändra": the form again, filled in with the input as it stands. */
export const editInputCommand = defineCommand({
  id: 'rounds.input.edit',
  args: inputArgs,
  run(ctx, args) {
    const { input, round } = ownInput(ctx, args.input);
    if (round.kind === 'remiss') throw new UserError('rounds.remiss.useAnswer');
    const refusal = editRefusal(ctx, round, input);
    if (refusal) throw refusal;
    const prompts = ctx.store.rounds.prompts(round.id);
    const values: Record<string, FormValue> = {
      text: input.text,
      ...tagValues(round.tags, input.tags),
    };
    if (prompts.length > 1) values.prompt = String(input.promptId ?? prompts[0]?.id ?? '');
    return inputForm(ctx, round, prompts, values, { inputId: input.id });
  },
});

/** Form values arrive as strings or booleans; the bound only refuses absurd payloads. */
const submission = z
  .object({ round: idArg, input: idArg.optional(), pass: passArg })
  .catchall(z.union([z.string().max(20_000), z.boolean()]));

/**
 * The author's change, with the round and the input read again under the write lock: a
 * change racing the close, a hiding or the start of voting is refused, not saved.
 */
function saveChange(ctx: CommandContext, roundId: number, inputId: number, draft: InputDraft) {
  const { store } = ctx;
  return store.transaction(() => {
    const refusal = editRefusal(
      ctx,
      store.rounds.get(roundId) as Round,
      store.roundInputs.get(inputId),
    );
    if (refusal) throw refusal;
    store.roundInputs.update(
      inputId,
      { promptId: draft.promptId, text: draft.text, documentUrl: null },
      draft.tags,
      ctx.now.toISOString(),
    );
    return store.roundInputs.get(inputId) as RoundInput;
  });
}

/**
 * Saves the form: a new input, or the author's change to one of theirs. A refusal (empty,
 * too long, the round closed meanwhile) brings the form back with the text as typed. A new
 * input goes only to a round the person can see, or whose form they were given.
 */
export const submitInputCommand = defineCommand({
  id: submitInputId,
  args: submission,
  run(ctx, args) {
    const { t, store } = ctx;
    const round = findRound(store, args.round);
    const own = args.input ? ownInput(ctx, args.input) : undefined;
    if (own && own.round.id !== round.id) throw new UserError('rounds.error.notYours');
    if (!own && !canSee(ctx, round, args.pass)) {
      throw new UserError('rounds.error.notFound');
    }
    assertNotRemiss(round);
    const prompts = store.rounds.prompts(round.id);
    const raw = args as Record<string, unknown>;
    const text = cleanText(typeof raw.text === 'string' ? raw.text : '');
    const tags = tickedTags(raw, round.tags);
    const values: Record<string, FormValue> = {
      text: typeof raw.text === 'string' ? raw.text : '',
      ...tagValues(round.tags, tags),
    };
    const errors: Record<string, string> = {};
    const promptId = readPrompt(raw.prompt, prompts);
    if (prompts.length > 1) {
      values.prompt = typeof raw.prompt === 'string' ? raw.prompt : '';
      if (promptId === undefined) errors.prompt = t('field.required');
    }
    const problem = textProblem(t, text);
    if (problem) errors.text = problem;
    const closed = closedReason(ctx, round);
    const refusal = own
      ? editRefusal(ctx, round, own.input)
      : closed && new UserError(closed.key, { title: round.title, when: closed.when });
    if (refusal) errors.text = formRefusal(t, refusal);
    const options = own ? { inputId: own.input.id } : {};
    if (Object.keys(errors).length > 0) {
      return inputForm(ctx, round, prompts, values, { ...options, errors });
    }

    const draft = { promptId: promptId ?? null, text, tags, source: 'form' as const };
    try {
      if (own) {
        const saved = saveChange(ctx, round.id, own.input.id, draft);
        return inputSavedReply(ctx, round, saved, 'rounds.input.changed');
      }
      return inputSavedReply(ctx, round, addInput(ctx, round, draft));
    } catch (error) {
      // Changed between the check and the lock: the form comes back, nothing typed is lost.
      if (!(error instanceof UserError)) throw error;
      return inputForm(ctx, round, prompts, values, {
        ...options,
        errors: { text: formRefusal(t, error) },
      });
    }
  },
});

function readPrompt(value: unknown, prompts: readonly Prompt[]): number | null | undefined {
  if (prompts.length === 0) return null;
  if (prompts.length === 1) return (prompts[0] as Prompt).id;
  return prompts.find((p) => String(p.id) === value)?.id;
}

/** "Dra tillbaka": asks first. */
export const withdrawInputCommand = defineCommand({
  id: 'rounds.input.withdraw',
  args: inputArgs,
  personal: true,
  run(ctx, args) {
    const { input, round } = ownInput(ctx, args.input);
    assertTakesInputs(ctx, round, untilFor(ctx, round, input.organisationId));
    const a = { input: String(input.id) };
    return message(
      { kind: 'text', text: ctx.t('rounds.withdraw.confirm', { number: input.number }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: ctx.t('rounds.button.withdrawConfirm'),
            command: 'rounds.input.withdraw.confirm',
            args: a,
            style: 'danger',
          },
          { label: ctx.t('rounds.button.keep'), command: 'rounds.input.keep', args: a },
        ],
      },
    );
  },
});

/** An organisation's own deadline for its answer; inputs follow the round's. */
function untilFor(ctx: CommandContext, round: Round, organisationId: number | null) {
  if (organisationId === null) return undefined;
  const organisation = ctx.store.roundOrganisations.get(organisationId);
  return organisation ? deadlineOf(round, organisation) : round.closesAt;
}

/**
 * Withdrawn means gone: the text and tags are removed, the row stays so the numbers of the
 * others do not shift, and the live count drops. Dots on it go back to their voters. The
 * round and the input are read again under the lock, so a withdrawal racing the close (or a
 * second press) changes nothing.
 */
export const confirmWithdrawInputCommand = defineCommand({
  id: 'rounds.input.withdraw.confirm',
  args: inputArgs,
  personal: true,
  run(ctx, args) {
    const { store } = ctx;
    const { input, round } = ownInput(ctx, args.input);
    assertTakesInputs(ctx, round, untilFor(ctx, round, input.organisationId));
    store.transaction(() => {
      const fresh = store.rounds.get(round.id) as Round;
      if (store.roundInputs.get(input.id)?.status === 'withdrawn') {
        throw new UserError('rounds.error.notYours');
      }
      assertTakesInputs(ctx, fresh, untilFor(ctx, fresh, input.organisationId));
      const at = ctx.now.toISOString();
      store.roundInputs.update(
        input.id,
        { promptId: input.promptId, text: '', documentUrl: null },
        [],
        at,
      );
      store.roundInputs.withdraw(input.id, at);
      dropDeadVotes(store, round.id);
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
    });
    return message({
      kind: 'text',
      text: ctx.t('rounds.withdraw.done', { number: input.number, title: round.title }),
    });
  },
});

export const keepInputCommand = defineCommand({
  id: 'rounds.input.keep',
  args: inputArgs,
  personal: true,
  run(ctx, args) {
    const { input } = ownInput(ctx, args.input);
    return message({ kind: 'text', text: ctx.t('rounds.withdraw.kept', { number: input.number }) });
  },
});
