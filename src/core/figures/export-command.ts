import { z } from 'zod';
import { findAnyForum } from '../attendance/find-any-forum.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { cateringOf } from './catering.js';
import { exportAttachments, exportFormats, exportFromText, exportName } from './export-file.js';
import { cateringSheet, participantSheet } from './export-tables.js';
import { exportId } from './figures-buttons.js';
import { forumPeople } from './forum-people.js';

/**
 * The participant list and the catering summary as files: one Excel workbook with a sheet
 * each, or two CSV files. They hold personal data, so only coordinators get them, and only
 * where nobody else sees the reply.
 */
export const exportCommand = defineCommand({
  id: exportId,
  words: ['exportera', 'export'],
  fromText: exportFromText,
  args: z.object({
    forum: z.string().max(200).optional(),
    format: z.enum(exportFormats).default('xlsx'),
  }),
  personal: true,
  run(ctx, args) {
    const { t, store, now, timeZone } = ctx;
    const forum = findAnyForum(store, args.forum, now);
    const people = forumPeople(store, forum.id);
    const name = (what: string) => exportName(forum, what, now, timeZone);
    const attachments = exportAttachments(
      args.format,
      [
        {
          sheet: participantSheet(ctx, forum, people),
          fileName: name(t('figures.file.participants')),
          label: t('figures.label.participants'),
        },
        {
          sheet: cateringSheet(ctx, cateringOf(forum, people)),
          fileName: name(t('figures.file.catering')),
          label: t('figures.label.catering'),
        },
      ],
      { fileName: name(t('figures.file.participants')), label: t('figures.label.workbook') },
    );
    const other = args.format === 'xlsx' ? 'csv' : 'xlsx';
    return {
      ...message(
        { kind: 'text', text: t('figures.export.done', { forum: forum.title }) },
        {
          kind: 'actions',
          buttons: [
            {
              label: t(other === 'csv' ? 'figures.button.asCsv' : 'figures.button.asXlsx'),
              command: exportId,
              args: { forum: String(forum.id), format: other },
            },
          ],
        },
      ),
      attachments,
    };
  },
});
