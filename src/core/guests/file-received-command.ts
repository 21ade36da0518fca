import { z } from 'zod';
import type { Reply } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { editionSavedView } from '../editions/edition-saved-view.js';
import { ForumFileError, importForumFile } from '../editions/import-forum-file.js';
import { UserError } from '../errors.js';
import { findForum } from '../forum/find-forum.js';
import { importGuestList } from './import-guest-list.js';
import { importReply } from './import-reply.js';
import { readGuestList } from './read-guest-list.js';

const maxBytes = 2 * 1024 * 1024;

/**
 * A file someone sent the bot (a Slack upload, a Teams attachment, `fil` in the terminal).
 * Coordinators send guest lists this way; the caption may name the forum, otherwise the
 * next one is meant.
 */
export const fileReceivedCommand = defineCommand({
  id: 'file.received',
  args: z.object({
    name: z.string().max(300),
    mediaType: z.string().max(200).default(''),
    // Base64 of at most 2 MB, with room to say "too big" rather than "invalid".
    base64: z.string().max(4 * maxBytes),
    caption: z.string().max(2000).default(''),
  }),
  personal: true,
  run(ctx, args) {
    const bytes = new Uint8Array(Buffer.from(args.base64, 'base64'));
    if (bytes.length > maxBytes) {
      throw new UserError('guests.file.tooBig', { size: Math.round(bytes.length / 1024) });
    }
    if (/\.json$/i.test(args.name) || args.mediaType.startsWith('application/json')) {
      return importForum(ctx, bytes);
    }
    const isCsv =
      /\.csv$/i.test(args.name) || /^text\/(csv|comma-separated-values)/.test(args.mediaType);
    if (!isCsv) throw new UserError('guests.file.unknown', { name: args.name.slice(0, 100) });
    const forum = findForum(ctx.store, args.caption.trim() || undefined, ctx.now);
    const read = readGuestList(bytes);
    if ('refused' in read) {
      throw new UserError(read.refused.key, { line: read.refused.line, ...read.refused.params });
    }
    const result = importGuestList(ctx.store, forum, read.rows, ctx.now);
    return importReply(ctx, forum, result, read.problems);
  },
});

/** A forum in the data/ format: created, or updated when its short name exists. */
function importForum(ctx: CommandContext, bytes: Uint8Array): Reply {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    throw new UserError('guests.file.badJson');
  }
  try {
    const { forum, created } = importForumFile(
      ctx.store,
      json,
      ctx.now,
      ctx.timeZone,
      ctx.settings,
    );
    ctx.wakeCourier();
    return editionSavedView(ctx, forum, { created, offered: 0 });
  } catch (error) {
    if (!(error instanceof ForumFileError) || error.problems.length < 2) throw error;
    // Every problem at once, so the file is fixed in one go.
    const lines = error.problems.map((p) => `• ${ctx.t(p.messageKey, p.params)}`);
    return {
      ...message(
        { kind: 'text', text: ctx.t('guests.file.forumProblems') },
        { kind: 'text', text: lines.join('\n') },
      ),
      outcome: 'refused',
    };
  }
}
