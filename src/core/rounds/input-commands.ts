import { z } from 'zod';
import type { FormValue } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanText } from './clean-text.js';
import { inputForm, submitInputId, tagValues } from './input-form.js';
import { inputSavedReply } from './input-saved-reply.js';
import type { Prompt, Round } from './round.js';
import {
  assertTakesInputs,
  closedReason,
  deadlineOf,
  findRound,
  idArg,
  inputArgs,
  ownInput,
  roundArgs,
} from './round-access.js';
import { queueLiveEdit } from './round-message.js';
import { addInput, textProblem } from './save-input.js';
import { tickedTags } from './tags.js';

/** A remiss is answered per organisation, through its own button and form. */
function assertNotRemiss(round: Round): void {
  if (round.kind === 'remiss') throw new UserError('rounds.remiss.useAnswer');
}

/** "Lämna synpunkt" on the round's message: the empty form. */
export const giveInputCommand = defineCommand({
  id: 'rounds.input',
  args: roundArgs,
  run(ctx, args) {
    const round = findRound(ctx.store, args.round);
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
    assertTakesInputs(ctx, round);
    if (input.status === 'hidden') throw new UserError('rounds.input.hiddenNoEdit');
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
  .object({ round: idArg, input: idArg.optional() })
  .catchall(z.union([z.string().max(20_000), z.boolean()]));

/**
 * Saves the form: a new input, or the author's change to one of theirs. A refusal (empty,
 * too long, the round closed meanwhile) brings the form back with the text as typed.
 */
export const submitInputCommand = defineCommand({
  id: submitInputId,
  args: submission,
  run(ctx, args) {
    const { t, store } = ctx;
    const round = findRound(store, args.round);
    assertNotRemiss(round);
    const own = args.input ? ownInput(ctx, args.input) : undefined;
    if (own && own.round.id !== round.id) throw new UserError('rounds.error.notYours');
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
    if (closed) {
      errors.text = t(`${closed.key}Form`, { title: round.title, when: closed.when });
    }
    if (own?.input.status === 'hidden') errors.text = t('rounds.input.hiddenNoEdit');
    const options = { ...(own ? { inputId: own.input.id } : {}), errors };
    if (Object.keys(errors).length > 0) return inputForm(ctx, round, prompts, values, options);

    const draft = { promptId: promptId ?? null, text, tags, source: 'form' as const };
    if (own) {
      store.transaction(() =>
        store.roundInputs.update(
          own.input.id,
          { ...draft, documentUrl: null },
          tags,
          ctx.now.toISOString(),
        ),
      );
      const saved = store.roundInputs.get(own.input.id);
      return inputSavedReply(ctx, round, saved ?? own.input, 'rounds.input.changed');
    }
    try {
      return inputSavedReply(ctx, round, addInput(ctx, round, draft));
    } catch (error) {
      // Closed between the check and the lock: the form comes back, nothing typed is lost.
      if (!(error instanceof UserError)) throw error;
      errors.text = t(error.messageKey, error.params);
      return inputForm(ctx, round, prompts, values, { errors });
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
 * others do not shift, and the live count drops.
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
      const at = ctx.now.toISOString();
      store.roundInputs.update(
        input.id,
        { promptId: input.promptId, text: '', documentUrl: null },
        [],
        at,
      );
      store.roundInputs.withdraw(input.id, at);
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
