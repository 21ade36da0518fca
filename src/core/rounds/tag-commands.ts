import { z } from 'zod';
import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { tagInputs, tagValues } from './input-form.js';
import { done, inputOf, inputPageArgs } from './sort-input.js';
import { tagLabel, tickedTags } from './tags.js';

/** "Taggar": the round's tags as toggles, ticked as the input stands. */
export const retagInputCommand = defineCommand({
  id: 'rounds.retag',
  args: inputPageArgs,
  run(ctx, args) {
    const { t } = ctx;
    const { input, round } = inputOf(ctx, args.input);
    if (round.tags.length === 0) throw new UserError('rounds.retag.noTags');
    return {
      kind: 'form',
      form: {
        title: t('rounds.retag.title'),
        intro: t('rounds.retag.intro', { number: input.number }),
        submitLabel: t('rounds.retag.submit'),
        submitCommand: 'rounds.retag.submit',
        args: { input: String(input.id), page: args.page },
        inputs: tagInputs(ctx, round.tags),
        values: tagValues(round.tags, input.tags),
      },
    };
  },
});

export const submitRetagInputCommand = defineCommand({
  id: 'rounds.retag.submit',
  args: inputPageArgs.catchall(z.union([z.string().max(200), z.boolean()])),
  run(ctx, args) {
    const { t, store } = ctx;
    const { input, round } = inputOf(ctx, args.input);
    const tags = tickedTags(args as Record<string, unknown>, round.tags);
    const at = ctx.now.toISOString();
    store.transaction(() => {
      store.roundInputs.setTags(input.id, tags, at);
      store.roundActions.record(
        {
          roundId: round.id,
          inputId: input.id,
          action: 'retag',
          detail: { from: input.tags, to: tags },
          personId: ctx.person.id,
        },
        at,
      );
    });
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

/** "Ta ur tema": the input stands on its own again. */
export const unmergeInputCommand = defineCommand({
  id: 'rounds.unmerge',
  args: inputPageArgs,
  run(ctx, args) {
    const { t, store } = ctx;
    const { input, round } = inputOf(ctx, args.input);
    if (input.themeId === null)
      throw new UserError('rounds.unmerge.notMerged', { number: input.number });
    const theme = store.roundInputs.theme(input.themeId);
    const at = ctx.now.toISOString();
    store.transaction(() => {
      store.roundInputs.setTheme(input.id, null, at);
      store.roundActions.record(
        {
          roundId: round.id,
          inputId: input.id,
          action: 'unmerge',
          detail: { themeId: input.themeId, theme: theme?.title ?? '' },
          personId: ctx.person.id,
        },
        at,
      );
    });
    return done(
      ctx,
      t('rounds.unmerge.done', { number: input.number, theme: theme?.title ?? '' }),
      round,
      args.page,
    );
  },
});
