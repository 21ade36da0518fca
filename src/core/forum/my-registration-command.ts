import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { registrationStatusLine } from '../waitlist/registration-status-line.js';
import { findForum } from './find-forum.js';
import { forumFromText, forumRefArgs } from './forum-ref.js';
import { registrationActions } from './registration-actions.js';
import { registrationSummary } from './registration-summary.js';

export const myRegistrationCommand = defineCommand({
  id: 'forum.my',
  words: ['min', 'mina', 'my', 'mine', 'status'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const { t } = ctx;
    const forum = findForum(ctx.store, ref, ctx.now);
    const registration = ctx.store.registrations.find(forum.id, ctx.person.id);
    const args = { forum: String(forum.id) };
    if (!registration || registration.status === 'cancelled') {
      return message(
        { kind: 'text', text: t('my.none', { forum: forum.title }) },
        {
          kind: 'actions',
          buttons: [{ label: t('button.signup'), command: 'forum.signup', args, style: 'primary' }],
        },
      );
    }
    return message(
      { kind: 'heading', text: t('my.title', { forum: forum.title }) },
      registrationStatusLine(ctx, forum, registration),
      registrationSummary(ctx, forum, registration),
      registrationActions(ctx, forum, registration),
    );
  },
});
