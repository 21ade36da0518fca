import type { Block, Button } from '../chat.js';
import type { CommandContext } from '../command.js';
import { formatDateTime } from '../time/format-date.js';
import { registrationStatusLine } from '../waitlist/registration-status-line.js';
import { registrationNotYetOpen, registrationOpen } from './forum-rules.js';
import { forumSummary } from './forum-summary.js';
import { isRegistered } from './is-registered.js';
import { registrationActions } from './registration-actions.js';
import { registrationSummary } from './registration-summary.js';

/** At most this many forums in one list: Slack allows 50 blocks a message. */
const maxForums = 10;

/**
 * The upcoming forums, each with what this person can do about it: sign up while there is
 * a seat and time, otherwise read the programme. With `details`, the person's own
 * registration is shown in full (their Home page); a list in a channel shows only a line.
 */
export function forumListBlocks(ctx: CommandContext, options: { details: boolean }): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [];
  for (const forum of ctx.store.forums.listUpcoming(ctx.now.toISOString()).slice(0, maxForums)) {
    const args = { forum: String(forum.id) };
    const program: Button = { label: t('button.program'), command: 'forum.program', args };
    blocks.push(...forumSummary(ctx, forum));
    const registration = ctx.store.registrations.find(forum.id, ctx.person.id);
    if (registration && isRegistered(ctx, forum)) {
      blocks.push(registrationStatusLine(ctx, forum, registration));
      if (options.details) {
        blocks.push(
          registrationSummary(ctx, forum, registration),
          registrationActions(ctx, forum, registration),
        );
      } else {
        blocks.push({
          kind: 'actions',
          buttons: [{ label: t('button.my'), command: 'forum.my', args }, program],
        });
      }
      continue;
    }
    const full = ctx.store.registrations.countHeld(forum.id) >= forum.capacity;
    const notYet = registrationNotYetOpen(forum, ctx.now);
    const open = registrationOpen(forum, ctx.now) && !notYet;
    if (notYet) {
      const opens = formatDateTime(forum.registrationOpensAt as string, ctx.locale, ctx.timeZone);
      blocks.push({ kind: 'text', text: t('forum.opensForSignup', { opens }) });
    } else if (!open) {
      blocks.push({ kind: 'text', text: t('forum.closedForSignup') });
    }
    blocks.push({
      kind: 'actions',
      buttons: open
        ? [
            {
              label: t(full ? 'button.joinWaitlist' : 'button.signup'),
              command: 'forum.signup',
              args,
              style: 'primary',
            },
            program,
          ]
        : [program],
    });
  }
  return blocks;
}
