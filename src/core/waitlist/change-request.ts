import { z } from 'zod';
import type { Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { findForum } from '../forum/find-forum.js';
import type { Forum } from '../forum/forum.js';
import { assertNotStarted } from '../forum/forum-rules.js';
import { notifyCoordinators } from '../roles/coordinators.js';

const maxLength = 2000;
export const changeRequestId = 'forum.changeRequest.submit';

/** After the deadline, "change" becomes a note to the coordinators, who know what still can. */
export function changeRequestForm(
  ctx: CommandContext,
  forum: Forum,
  text: string,
  error?: string,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('changeRequest.title'),
    intro: t('changeRequest.intro', { forum: forum.title }),
    submitLabel: t('changeRequest.submit'),
    submitCommand: changeRequestId,
    args: { forum: String(forum.id) },
    inputs: [
      {
        kind: 'text',
        name: 'text',
        label: t('changeRequest.field'),
        required: true,
        maxLength,
        multiline: true,
      },
    ],
    values: { text },
    ...(error ? { errors: { text: error } } : {}),
  });
}

export const submitChangeRequestCommand = defineCommand({
  id: changeRequestId,
  args: z.object({ forum: z.string().regex(/^\d+$/), text: z.string().max(20_000).default('') }),
  personal: true,
  run(ctx, args) {
    const { t } = ctx;
    const forum = findForum(ctx.store, args.forum, ctx.now);
    assertNotStarted(ctx, forum);
    const text = args.text.trim();
    if (!text) return changeRequestForm(ctx, forum, args.text, t('field.required'));
    if (text.length > maxLength) {
      return changeRequestForm(
        ctx,
        forum,
        args.text,
        t('field.tooLong', { max: maxLength, length: text.length }),
      );
    }
    const registration = ctx.store.registrations.find(forum.id, ctx.person.id);
    const name = ctx.person.displayName ?? ctx.person.email ?? ctx.actor.userId;
    ctx.store.transaction(() =>
      notifyCoordinators(
        ctx.store,
        ctx.settings,
        {
          key: `change-request:${forum.id}:${ctx.person.id}:${ctx.now.toISOString()}`,
          purpose: 'change-request',
          view: (tc) => ({
            blocks: [
              { kind: 'heading', text: tc('changeRequest.notice.title', { forum: forum.title }) },
              {
                kind: 'text',
                text: tc('changeRequest.notice.text', {
                  name,
                  organisation: registration?.organisation ?? '–',
                }),
              },
              // A field's value is plain text in every door: their words, shown as written.
              { kind: 'fields', fields: [{ label: tc('changeRequest.field'), value: text }] },
            ],
          }),
        },
        ctx.now,
      ),
    );
    ctx.wakeCourier();
    return message({ kind: 'text', text: t('changeRequest.sent') });
  },
});
