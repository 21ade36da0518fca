import { z } from 'zod';
import { forumEnded } from '../attendance/forum-days.js';
import { personAttended } from '../attendance/participants.js';
import type { Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { Forum } from '../forum/forum.js';
import { rateId, ratings } from './evaluation-view.js';

export const commentId = 'evaluation.comment';
export const maxCommentLength = 2000;

const forumArg = z.string().regex(/^\d+$/).max(12);

/** Only those who came answer, and only once the forum is over. */
function answerableForum(ctx: CommandContext, id: string): Forum {
  const forum = ctx.store.forums.get(Number(id));
  if (!forum) throw new UserError('error.invalidInput');
  if (!forumEnded(forum, ctx.now)) {
    throw new UserError('evaluation.error.notEnded', { forum: forum.title });
  }
  if (!personAttended(ctx.store, forum.id, ctx.person.id)) {
    throw new UserError('evaluation.error.notAttended', { forum: forum.title });
  }
  return forum;
}

function commentForm(
  ctx: CommandContext,
  forum: Forum,
  rating: number,
  comment: string,
  error?: string,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('evaluation.form.title'),
    intro: t('evaluation.form.intro', { forum: forum.title, rating }),
    submitLabel: t('evaluation.form.submit'),
    submitCommand: commentId,
    args: { forum: String(forum.id) },
    inputs: [
      {
        kind: 'text',
        name: 'comment',
        label: t('evaluation.form.comment'),
        required: false,
        maxLength: maxCommentLength,
        multiline: true,
      },
    ],
    values: { comment },
    ...(error ? { errors: { comment: error } } : {}),
  });
}

/**
 * A rating button: the answer is stored at once (pressing another rating changes it), then
 * a form offers room for a comment, filled in with the one given before.
 */
export const rateCommand = defineCommand({
  id: rateId,
  args: z.object({ forum: forumArg, rating: z.enum(ratings) }),
  personal: true,
  run(ctx, args) {
    const { store, now, person } = ctx;
    const rating = Number(args.rating);
    const { forum, comment } = store.transaction(() => {
      const forum = answerableForum(ctx, args.forum);
      store.evaluations.rate(forum.id, person.id, rating, now.toISOString());
      return { forum, comment: store.evaluations.find(forum.id, person.id)?.comment ?? '' };
    });
    return commentForm(ctx, forum, rating, comment);
  },
});

/** Trims, unifies line breaks and drops control characters no comment should carry. */
const cleanText = (value: string): string =>
  value
    .replace(/\r\n?/g, '\n')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .trim();

/** The comment form's submit. An empty comment is fine: it is optional. */
export const commentCommand = defineCommand({
  id: commentId,
  args: z.object({ forum: forumArg, comment: z.string().max(20_000).default('') }),
  personal: true,
  run(ctx, args) {
    const { store, now, person, t } = ctx;
    const forum = answerableForum(ctx, args.forum);
    const text = cleanText(args.comment);
    const answer = store.evaluations.find(forum.id, person.id);
    if (!answer) throw new UserError('evaluation.error.noRating', { forum: forum.title });
    if (text.length > maxCommentLength) {
      return commentForm(
        ctx,
        forum,
        answer.rating,
        args.comment,
        t('field.tooLong', { max: maxCommentLength, length: text.length }),
      );
    }
    store.transaction(() => {
      if (!store.evaluations.comment(forum.id, person.id, text, now.toISOString())) {
        throw new UserError('evaluation.error.noRating', { forum: forum.title });
      }
    });
    return message({ kind: 'text', text: t('evaluation.thanks', { forum: forum.title }) });
  },
});
