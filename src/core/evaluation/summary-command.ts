import { z } from 'zod';
import { findAnyForum } from '../attendance/find-any-forum.js';
import { forumEnded } from '../attendance/forum-days.js';
import type { Block, Button } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { Sheet } from '../export/write-xlsx.js';
import { exportAttachments, exportFormats, exportName } from '../figures/export-file.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { formatDate } from '../time/format-date.js';
import { type EvaluationSummary, minAnswers, summarise } from './evaluation-summary.js';

export const summaryId = 'evaluation.summary';
const exportId = 'evaluation.export';

/** Most comments in the message; the export has every one. */
export const maxCommentsShown = 15;
/** Characters of comments in one message, well within what Slack and Teams show. */
const commentBudget = 8000;

const decimal = (ctx: CommandContext, n: number) =>
  n.toLocaleString(ctx.locale === 'sv' ? 'sv-SE' : 'en-GB', {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });

function resultBlocks(ctx: CommandContext, summary: EvaluationSummary): Block[] {
  const { t } = ctx;
  const total = summary.answers.length;
  const lines = summary.distribution.map(({ rating, count }) =>
    t('evaluation.summary.distributionLine', {
      rating,
      count,
      percent: Math.round((count / total) * 100),
    }),
  );
  const blocks: Block[] = [
    {
      kind: 'fields',
      fields: [
        { label: t('evaluation.summary.average'), value: decimal(ctx, summary.average) },
        { label: t('evaluation.summary.distribution'), value: lines.join('\n') },
      ],
    },
  ];
  const comments = summary.answers.filter((a) => a.comment !== '');
  blocks.push({
    kind: 'text',
    text: `*${t('evaluation.summary.comments')}* (${comments.length})`,
  });
  if (comments.length === 0) {
    blocks.push({ kind: 'text', text: t('evaluation.summary.noComments') });
    return blocks;
  }
  const shown: typeof comments = [];
  let used = 0;
  for (const c of comments.slice(0, maxCommentsShown)) {
    if (shown.length > 0 && used + c.comment.length > commentBudget) break;
    shown.push(c);
    used += c.comment.length;
  }
  // Fields, not text: the comments are shown as plain text, exactly as written.
  blocks.push({
    kind: 'fields',
    fields: shown.map((c) => ({
      label: t('evaluation.summary.rating', { rating: c.rating }),
      value: c.comment,
    })),
  });
  if (shown.length < comments.length) {
    blocks.push({
      kind: 'text',
      text: t('evaluation.summary.more', { count: comments.length - shown.length }),
      muted: true,
    });
  }
  return blocks;
}

/**
 * What those who came thought: answers out of attended, the average, the distribution and
 * the comments, never with names. Under five answers only their number is shown.
 */
export const summaryCommand = defineCommand({
  id: summaryId,
  words: ['utvärdering', 'utvardering', 'utvärderingar', 'evaluation', 'evaluations'],
  fromText: forumFromText,
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t, store, now, locale, timeZone, settings } = ctx;
    const forum = findAnyForum(store, ref, now, 'ended');
    const summary = summarise(store, forum);
    const answers = summary.answers.length;
    const blocks: Block[] = [
      { kind: 'heading', text: t('evaluation.summary.title', { forum: forum.title }) },
    ];
    if (!forumEnded(forum, now)) {
      const sends = new Date(Date.parse(forum.endsAt) + settings.evaluationDelayDays * 86_400_000);
      blocks.push({
        kind: 'text',
        text: t('evaluation.summary.notYet', { when: formatDate(sends, locale, timeZone) }),
      });
    }
    blocks.push({
      kind: 'fields',
      fields: [
        {
          label: t('evaluation.summary.answers'),
          value: t('evaluation.summary.answersValue', { answers, attended: summary.attended }),
        },
      ],
    });
    const args = { forum: String(forum.id) };
    const buttons: Button[] = [];
    if (answers < minAnswers) {
      if (answers > 0 || forumEnded(forum, now)) {
        blocks.push({
          kind: 'text',
          text: t('evaluation.summary.tooFew', { answers, min: minAnswers }),
        });
      }
    } else {
      blocks.push(...resultBlocks(ctx, summary));
      buttons.push(
        { label: t('evaluation.button.exportXlsx'), command: exportId, args },
        {
          label: t('evaluation.button.exportCsv'),
          command: exportId,
          args: { ...args, format: 'csv' },
        },
      );
    }
    buttons.push({ label: t('figures.button.tally'), command: 'figures.tally', args });
    blocks.push({ kind: 'actions', buttons });
    return message(...blocks);
  },
});

/** The answers as a file, without names or times: ratings and comments only. */
export const exportEvaluationCommand = defineCommand({
  id: exportId,
  args: z.object({
    forum: z.string().max(200).optional(),
    format: z.enum(exportFormats).default('xlsx'),
  }),
  run(ctx, args) {
    const { t, store, now, timeZone } = ctx;
    const forum = findAnyForum(store, args.forum, now, 'ended');
    const { answers } = summarise(store, forum);
    if (answers.length < minAnswers) {
      throw new UserError('evaluation.error.tooFewToExport', {
        answers: answers.length,
        min: minAnswers,
      });
    }
    const sheet: Sheet = {
      name: t('evaluation.sheet'),
      header: [t('evaluation.column.rating'), t('evaluation.column.comment')],
      rows: answers.map((a) => [a.rating, a.comment]),
    };
    const fileName = exportName(forum, t('evaluation.file'), now, timeZone);
    return {
      ...message({ kind: 'text', text: t('evaluation.export.done', { forum: forum.title }) }),
      attachments: exportAttachments(
        args.format,
        [{ sheet, fileName, label: t('evaluation.label.csv') }],
        { fileName, label: t('evaluation.label.xlsx') },
      ),
    };
  },
});
