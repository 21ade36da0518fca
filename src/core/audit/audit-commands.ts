import { z } from 'zod';
import { localDate } from '../attendance/forum-days.js';
import type { Block, Button } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { writeCsv } from '../export/write-csv.js';
import { csvType } from '../figures/export-file.js';
import type { Person } from '../people/person.js';
import { formatDateTime } from '../time/format-date.js';

export const auditLogId = 'audit.log';
export const auditExportId = 'audit.export';

/** Twenty lines fit one chat message on every platform. */
const pageSize = 20;
/** More than years of a region's use; a bound so one export cannot exhaust memory. */
const exportMax = 100_000;

const nameOf = (person: Person | undefined, id: number) =>
  person?.displayName ?? person?.email ?? `#${id}`;

/**
 * "granskningslogg": the audit log, newest first, a page at a time, with the whole log as a
 * CSV file a button away. For admins: it says who looked at whose data.
 */
export const auditLogCommand = defineCommand({
  id: auditLogId,
  words: ['granskningslogg', 'granskning', 'auditlogg', 'audit'],
  fromText: (rest) => {
    const page = /\b(\d{1,5})\b/.exec(rest)?.[1];
    return page ? { page } : {};
  },
  args: z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) }),
  run(ctx, args) {
    const { t, store } = ctx;
    const count = store.audit.count();
    const blocks: Block[] = [
      { kind: 'heading', text: t('audit.title') },
      { kind: 'text', text: t('audit.intro'), muted: true },
    ];
    if (count === 0) {
      blocks.push({ kind: 'text', text: t('audit.none') });
      return message(...blocks);
    }
    const pages = Math.ceil(count / pageSize);
    const page = Math.min(args.page, pages);
    const lines = store.audit.latest(pageSize, (page - 1) * pageSize).map((entry) =>
      t('audit.line', {
        when: formatDateTime(entry.at, ctx.locale, ctx.timeZone),
        name: nameOf(store.people.get(entry.personId), entry.personId),
        command: entry.command,
        subject: entry.subject,
      }).trimEnd(),
    );
    blocks.push({ kind: 'text', text: lines.join('\n') });
    if (pages > 1) {
      blocks.push({ kind: 'text', text: t('audit.page', { page, pages, count }), muted: true });
    }
    const buttons: Button[] = [];
    if (page > 1) {
      buttons.push({
        label: t('audit.button.newer'),
        command: auditLogId,
        args: { page: String(page - 1) },
      });
    }
    if (page < pages) {
      buttons.push({
        label: t('audit.button.older'),
        command: auditLogId,
        args: { page: String(page + 1) },
      });
    }
    buttons.push({ label: t('audit.button.export'), command: auditExportId });
    blocks.push({ kind: 'actions', buttons });
    return message(...blocks);
  },
});

/** The whole log as a CSV file for Excel, to the admin's own chat only (it names people). */
export const auditExportCommand = defineCommand({
  id: auditExportId,
  args: z.object({}),
  personal: true,
  run(ctx) {
    const { t, store } = ctx;
    const entries = store.audit.latest(exportMax);
    const people = new Map<number, Person | undefined>();
    const personOf = (id: number) => {
      if (!people.has(id)) people.set(id, store.people.get(id));
      return people.get(id);
    };
    const rows = entries.map((entry) => {
      const person = personOf(entry.personId);
      return [
        entry.at,
        entry.personId,
        person?.displayName ?? '',
        person?.email ?? '',
        entry.command,
        entry.subject,
      ];
    });
    const header = ['at', 'person', 'name', 'email', 'command', 'subject'].map((c) =>
      t(`audit.column.${c}` as 'audit.column.at'),
    );
    return {
      ...message({ kind: 'text', text: t('audit.export.done', { count: entries.length }) }),
      attachments: [
        {
          name: `${t('audit.file')}-${localDate(ctx.now, ctx.timeZone)}.csv`,
          mediaType: csvType,
          content: writeCsv(header, rows),
          label: t('audit.export.label'),
        },
      ],
    };
  },
});
