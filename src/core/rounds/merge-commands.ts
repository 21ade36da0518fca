import { z } from 'zod';
import type { FormValue, Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { cleanLine } from './clean-text.js';
import { dropDeadVotes } from './ranking.js';
import type { Round } from './round.js';
import { limits } from './round.js';
import { managedRound, roundArgs } from './round-access.js';

const newTheme = 'new';

function mergeForm(
  ctx: CommandContext,
  round: Round,
  values: Record<string, FormValue>,
  errors?: Record<string, string>,
): Reply {
  const { t, store } = ctx;
  const themes = store.roundInputs.themes(round.id);
  return formReply({
    title: t('rounds.merge.title'),
    intro: t('rounds.merge.intro'),
    submitLabel: t('rounds.merge.submit'),
    submitCommand: 'rounds.merge.submit',
    args: { round: String(round.id) },
    inputs: [
      {
        kind: 'choice',
        name: 'theme',
        label: t('rounds.merge.theme'),
        required: true,
        options: [
          { value: newTheme, label: t('rounds.merge.newTheme') },
          ...themes.slice(-99).map((th) => ({ value: String(th.id), label: th.title })),
        ],
      },
      {
        kind: 'text',
        name: 'title',
        label: t('rounds.merge.themeTitle'),
        required: false,
        maxLength: limits.themeTitle,
        hint: t('rounds.merge.themeTitleHint'),
      },
      {
        kind: 'text',
        name: 'numbers',
        label: t('rounds.merge.numbers'),
        required: true,
        maxLength: 500,
        hint: t('rounds.merge.numbersHint'),
      },
    ],
    values,
    ...(errors ? { errors } : {}),
  });
}

/** "Slå ihop": duplicates become one theme, which stands for them in prioritisation. */
export const mergeCommand = defineCommand({
  id: 'rounds.merge',
  args: roundArgs,
  run(ctx, args) {
    const round = managedRound(ctx, args.round);
    if (round.kind === 'remiss') throw new UserError('rounds.merge.notRemiss');
    return mergeForm(ctx, round, { theme: newTheme, title: '', numbers: '' });
  },
});

export const submitMergeCommand = defineCommand({
  id: 'rounds.merge.submit',
  args: roundArgs.extend({
    theme: z.string().max(20).default(newTheme),
    title: z.string().max(20_000).default(''),
    numbers: z.string().max(20_000).default(''),
  }),
  run(ctx, args) {
    const { t, store } = ctx;
    const round = managedRound(ctx, args.round);
    if (round.kind === 'remiss') throw new UserError('rounds.merge.notRemiss');
    const values = { theme: args.theme, title: args.title, numbers: args.numbers };
    const errors: Record<string, string> = {};
    const existing =
      args.theme === newTheme
        ? undefined
        : store.roundInputs.themes(round.id).find((th) => String(th.id) === args.theme);
    if (args.theme !== newTheme && !existing) errors.theme = t('field.required');
    const title = cleanLine(args.title);
    if (!existing && title === '') errors.title = t('rounds.merge.titleNeeded');
    else if (title.length > limits.themeTitle) {
      errors.title = t('field.tooLong', { max: limits.themeTitle, length: title.length });
    }
    const words = args.numbers.split(/[\s,;]+/).filter(Boolean);
    const bad = words.filter((w) => !/^#?\d{1,9}$/.test(w));
    const numbers = [
      ...new Set(words.filter((w) => !bad.includes(w)).map((w) => Number(w.replace('#', '')))),
    ];
    const inputs = store.roundInputs.listForRound(round.id).filter((i) => i.status !== 'withdrawn');
    const chosen = inputs.filter((i) => numbers.includes(i.number));
    const unknown = numbers.filter((n) => !chosen.some((i) => i.number === n));
    if (bad.length > 0 || unknown.length > 0) {
      const listed = [...bad, ...unknown.map((n) => `#${n}`)].slice(0, 10).join(', ');
      errors.numbers = t('rounds.merge.unknownNumbers', { numbers: listed });
    } else if (chosen.length < (existing ? 1 : 2)) {
      errors.numbers = t(existing ? 'rounds.merge.oneNeeded' : 'rounds.merge.twoNeeded');
    }
    if (Object.keys(errors).length > 0) return mergeForm(ctx, round, values, errors);

    const at = ctx.now.toISOString();
    const theme = store.transaction(() => {
      const theme = existing ?? store.roundInputs.addTheme(round.id, title, ctx.person.id, at);
      for (const input of chosen) {
        store.roundInputs.setTheme(input.id, theme.id, at);
        store.roundActions.record(
          {
            roundId: round.id,
            inputId: input.id,
            action: 'merge',
            detail: { themeId: theme.id, theme: theme.title, from: input.themeId },
            personId: ctx.person.id,
          },
          at,
        );
      }
      // An input moved out of another theme can leave that one with no visible input.
      dropDeadVotes(store, round.id);
      return theme;
    });
    const list = chosen.map((i) => `#${i.number}`).join(', ');
    return message(
      { kind: 'text', text: t('rounds.merge.done', { theme: theme.title, numbers: list }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('rounds.button.backToInputs'),
            command: 'rounds.inputs',
            args: { round: String(round.id) },
          },
          {
            label: t('rounds.button.merge'),
            command: 'rounds.merge',
            args: { round: String(round.id) },
          },
        ],
      },
    );
  },
});
