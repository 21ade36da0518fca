import { z } from 'zod';
import { formReply } from '../chat.js';
import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { tagInputs, tagValues } from './input-form.js';
import { done, inputOf, inputPageArgs, recordChange } from './sort-input.js';
import { tagLabel, tickedTags } from './tags.js';

/** "Taggar": the round's tags as toggles, ticked as the input stands. */
export const retagInputCommand = defineCommand({
  id: 'rounds.retag',
  args: inputPageArgs,
  run(ctx, args) {
    const { t } = ctx;
    const { input, round } = inputOf(ctx, args.input);
    if (round.tags.length === 0) throw new UserError('rounds.retag.noTags');
    return formReply({
      title: t('rounds.retag.title'),
      intro: t('rounds.retag.intro', { number: input.number }),
      submitLabel: t('rounds.retag.submit'),
      submitCommand: 'rounds.retag.submit',
      args: { input: String(input.id), page: args.page },
      inputs: tagInputs(ctx, round.tags),
      values: tagValues(round.tags, input.tags),
    });
  },
});

export const submitRetagInputCommand = defineCommand({
  id: 'rounds.retag.submit',
  args: inputPageArgs.catchall(z.union([z.string().max(200), z.boolean()])),
  run(ctx, args) {
    const { t, store } = ctx;
    const found = inputOf(ctx, args.input);
    const { input, round } = found;
    const tags = tickedTags(args as Record<string, unknown>, round.tags);
    recordChange(ctx, found, 'retag', { from: input.tags, to: tags }, (at) =>
      store.roundInputs.setTags(input.id, tags, at),
    );
    const names =
      tags.map((id) => tagLabel(id, ctx.locale)).join(', ') || t('rounds.inputs.noTags');
    return done(
      ctx,
      t('rounds.retag.done', { number: input.number, tags: names }),
      round,
      args.page,
    );
  },
});

/**
 * "Ta ur tema": the input stands on its own again. A theme left with no visible input is off
 * the ballot, and its dots go back to their voters.
 */
export const unmergeInputCommand = defineCommand({
  id: 'rounds.unmerge',
  args: inputPageArgs,
  run(ctx, args) {
    const { t, store } = ctx;
    const found = inputOf(ctx, args.input);
    const { input, round } = found;
    if (input.themeId === null)
      throw new UserError('rounds.unmerge.notMerged', { number: input.number });
    const theme = store.roundInputs.theme(input.themeId);
    recordChange(
      ctx,
      found,
      'unmerge',
      { themeId: input.themeId, theme: theme?.title ?? '' },
      (at) => store.roundInputs.setTheme(input.id, null, at),
    );
    return done(
      ctx,
      t('rounds.unmerge.done', { number: input.number, theme: theme?.title ?? '' }),
      round,
      args.page,
    );
  },
});
