import { z } from 'zod';
import type { Block, Button } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { formatDate, formatDateTime } from '../time/format-date.js';
import { authorText, personName } from './author-text.js';
import { excerpt } from './clean-text.js';
import { roundName } from './list-commands.js';
import type { Round, RoundInput } from './round.js';
import { idArg, managedRound } from './round-access.js';
import { tagLabel } from './tags.js';

/** Inputs per page: three blocks each keeps a page under Slack's 50 blocks. */
export const pageSize = 10;

/**
 * One input as a facilitator sees it, with the buttons to sort it. In an anonymous round
 * the author is "Anonym" and the time only the day it came.
 */
function inputBlocks(ctx: CommandContext, round: Round, input: RoundInput, page: number): Block[] {
  const { t, store } = ctx;
  // Which question it answers, when the round asks more than one.
  const prompts = store.rounds.prompts(round.id);
  const prompt = prompts.length > 1 ? prompts.find((p) => p.id === input.promptId) : undefined;
  const head = [
    `*#${input.number}*`,
    ...(prompt ? [t('rounds.inputs.prompt', { position: prompt.position })] : []),
    authorText(t, store, round, input),
    (round.anonymity === 'anonymous' ? formatDate : formatDateTime)(
      input.createdAt,
      ctx.locale,
      ctx.timeZone,
    ),
  ].join(' · ');
  const lines = [head, excerpt(input.text, 700)];
  if (input.documentUrl) lines.push(t('rounds.inputs.document', { url: input.documentUrl }));
  const theme = input.themeId !== null ? store.roundInputs.theme(input.themeId) : undefined;
  const tags = input.tags.map((id) => tagLabel(id, ctx.locale)).join(', ');
  lines.push(
    [
      t('rounds.inputs.tags', { tags: tags || t('rounds.inputs.noTags') }),
      ...(theme ? [t('rounds.inputs.theme', { theme: theme.title })] : []),
    ].join(' · '),
  );
  if (input.status === 'hidden') {
    lines.push(
      t('rounds.inputs.hidden', {
        by: personName(store, input.hiddenBy),
        when: formatDateTime(input.hiddenAt ?? input.updatedAt, ctx.locale, ctx.timeZone),
        reason: input.hiddenReason ?? '',
      }),
    );
  }
  const a = { input: String(input.id), page: String(page) };
  const buttons: Button[] = [
    input.status === 'hidden'
      ? { label: t('rounds.button.unhide'), command: 'rounds.unhide', args: a }
      : { label: t('rounds.button.hide'), command: 'rounds.hide', args: a, style: 'danger' },
    { label: t('rounds.button.retag'), command: 'rounds.retag', args: a },
  ];
  if (theme)
    buttons.push({ label: t('rounds.button.unmerge'), command: 'rounds.unmerge', args: a });
  return [
    { kind: 'text', text: lines.join('\n'), ...(input.status === 'hidden' ? { muted: true } : {}) },
    { kind: 'actions', buttons },
  ];
}

/**
 * "Synpunkter" on the facilitator's view: every input that was not withdrawn, hidden ones
 * marked, ten a page, each with hide/show, tags and theme buttons. Who wrote what is shown
 * as the round's anonymity allows; the reply is personal, as it can name people.
 */
export const listInputsCommand = defineCommand({
  id: 'rounds.inputs',
  args: z.object({ round: idArg, page: idArg.default('1') }),
  personal: true,
  run(ctx, args) {
    const { t, store } = ctx;
    const round = managedRound(ctx, args.round);
    const inputs = store.roundInputs.listForRound(round.id).filter((i) => i.status !== 'withdrawn');
    const pages = Math.max(1, Math.ceil(inputs.length / pageSize));
    const page = Math.min(Math.max(1, Number(args.page)), pages);
    const blocks: Block[] = [
      { kind: 'heading', text: roundName(ctx, round) },
      {
        kind: 'text',
        text:
          inputs.length === 0
            ? t('rounds.inputs.none')
            : t('rounds.inputs.page', { page, pages, count: inputs.length }),
      },
    ];
    for (const input of inputs.slice((page - 1) * pageSize, page * pageSize)) {
      blocks.push(...inputBlocks(ctx, round, input, page));
    }
    const a = { round: String(round.id) };
    const nav: Button[] = [];
    if (page > 1) {
      nav.push({
        label: t('rounds.button.previous'),
        command: 'rounds.inputs',
        args: { ...a, page: String(page - 1) },
      });
    }
    if (page < pages) {
      nav.push({
        label: t('rounds.button.next'),
        command: 'rounds.inputs',
        args: { ...a, page: String(page + 1) },
      });
    }
    if (round.kind !== 'remiss')
      nav.push({ label: t('rounds.button.merge'), command: 'rounds.merge', args: a });
    nav.push({ label: t('rounds.button.manage'), command: 'rounds.manage', args: a });
    blocks.push({ kind: 'actions', buttons: nav });
    return message(...blocks);
  },
});
