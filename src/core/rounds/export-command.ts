import { z } from 'zod';
import { localDate } from '../attendance/forum-days.js';
import type { Attachment } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { slugify } from '../editions/slugify.js';
import { exportAttachments } from '../figures/export-file.js';
import {
  exportedInputs,
  inputsSheet,
  rankingSheet,
  remissSheet,
  tagsSheet,
} from './export-tables.js';
import { idArg, managedRound } from './round-access.js';
import { writeMarkdown } from './write-markdown.js';

export const markdownType = 'text/markdown; charset=utf-8';

/**
 * A round's inputs as files for analysis: an Excel workbook (inputs, tags, ranking, a
 * remiss's organisations), CSV files for Swedish Excel (UTF-8 with a byte-order mark), or one
 * Markdown document. Personal: only the facilitator who asked gets them.
 */
export const exportRoundCommand = defineCommand({
  id: 'rounds.export',
  args: z.object({ round: idArg, format: z.enum(['xlsx', 'csv', 'md']).default('xlsx') }),
  personal: true,
  run(ctx, args) {
    const { t } = ctx;
    const round = managedRound(ctx, args.round);
    const base = `${slugify(round.title) || 'runda'}-${localDate(ctx.now, ctx.timeZone)}`;
    let attachments: Attachment[];
    if (args.format === 'md') {
      attachments = [
        {
          name: `${base}.md`,
          mediaType: markdownType,
          content: new TextEncoder().encode(writeMarkdown(ctx, round)),
          label: t('rounds.export.label.markdown'),
        },
      ];
    } else {
      // Read once for every sheet: a workshop can hold 10,000 inputs.
      const inputs = exportedInputs(ctx, round);
      const sheets = [inputsSheet(ctx, round, inputs), tagsSheet(ctx, round, inputs)];
      if (round.votingStartedAt !== null) sheets.push(rankingSheet(ctx, round, inputs));
      if (round.kind === 'remiss') sheets.push(remissSheet(ctx, round));
      attachments = exportAttachments(
        args.format,
        sheets.map((sheet) => ({
          sheet,
          fileName: `${base}-${slugify(sheet.name)}`,
          label: t('rounds.export.label.csv', { sheet: sheet.name }),
        })),
        { fileName: base, label: t('rounds.export.label.xlsx') },
      );
    }
    return {
      ...message({ kind: 'text', text: t('rounds.export.done', { title: round.title }) }),
      attachments,
    };
  },
});
