import { z } from 'zod';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { Forum } from '../forum/forum.js';
import { assertRegistrationOpen } from '../forum/forum-rules.js';
import { initialValues, signupForm } from '../forum/signup-form.js';
import type { Invitee } from '../guests/invitee.js';
import { recordAnswer } from '../guests/record-answer.js';
import { withWaitlistNote } from '../waitlist/with-waitlist-note.js';

export const invitationArgs = z.object({ invitee: z.string().regex(/^\d+$/).max(12) });

/**
 * The invitation a button refers to, if it is the presser's own. Buttons carry only the
 * invitee's number; a forged or forwarded one names someone else and changes nothing.
 */
export function ownInvitation(ctx: CommandContext, id: string): { invitee: Invitee; forum: Forum } {
  const invitee = ctx.store.invitees.get(Number(id));
  if (!invitee || invitee.personId !== ctx.person.id) throw new UserError('invitation.notYours');
  return { invitee, forum: ctx.store.forums.get(invitee.forumId) as Forum };
}

const hasRegistration = (ctx: CommandContext, forum: Forum) => {
  const status = ctx.store.registrations.find(forum.id, ctx.person.id)?.status;
  return status !== undefined && status !== 'cancelled';
};

/**
 * "Yes": the sign-up form, filled in from the guest list. Pressing it twice opens the form
 * twice; submitting saves one registration however often it is sent.
 */
export const acceptInvitationCommand = defineCommand({
  id: 'invitation.yes',
  args: invitationArgs,
  personal: true,
  run(ctx, args) {
    const { invitee, forum } = ownInvitation(ctx, args.invitee);
    assertRegistrationOpen(ctx, forum);
    const values = initialValues(ctx, forum);
    if (!hasRegistration(ctx, forum)) {
      values.organisation ||= invitee.organisation;
      values.roleTitle ||= invitee.roleTitle;
    }
    return { kind: 'form', form: withWaitlistNote(ctx, forum, signupForm(ctx, forum, values)) };
  },
});

export const declineInvitationCommand = defineCommand({
  id: 'invitation.no',
  args: invitationArgs,
  personal: true,
  run(ctx, args) {
    const { t } = ctx;
    const { forum } = ownInvitation(ctx, args.invitee);
    if (hasRegistration(ctx, forum)) {
      return message(
        { kind: 'text', text: t('invitation.alreadyRegistered', { forum: forum.title }) },
        {
          kind: 'actions',
          buttons: [
            {
              label: t('button.cancel'),
              command: 'forum.cancel',
              args: { forum: String(forum.id) },
              style: 'danger',
            },
            { label: t('button.my'), command: 'forum.my', args: { forum: String(forum.id) } },
          ],
        },
      );
    }
    ctx.store.transaction(() => recordAnswer(ctx.store, forum.id, ctx.person.id, 'no', ctx.now));
    return message({ kind: 'text', text: t('invitation.thanksNo') });
  },
});
