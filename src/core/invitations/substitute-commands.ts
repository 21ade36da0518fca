import { z } from 'zod';
import type { Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { Forum } from '../forum/forum.js';
import { assertRegistrationOpen } from '../forum/forum-rules.js';
import type { Invitee } from '../guests/invitee.js';
import { recordAnswer } from '../guests/record-answer.js';
import { isEmailAddress } from '../people/email-address.js';
import { invitationArgs, ownInvitation } from './answer-invitation-commands.js';
import { queueInvitation } from './queue-invitation.js';

const limits = { name: 150, email: 254, roleTitle: 200 } as const;
export const substituteSubmitId = 'invitation.substitute.submit';

function assertOpenToHandOver(ctx: CommandContext, invitee: Invitee, forum: Forum) {
  assertRegistrationOpen(ctx, forum);
  const registered = ctx.store.registrations.find(forum.id, invitee.personId);
  if (invitee.answer !== null || (registered && registered.status !== 'cancelled')) {
    throw new UserError('invitation.substitute.closed');
  }
}

function substituteForm(
  ctx: CommandContext,
  invitee: Invitee,
  values: Record<string, string>,
  errors?: Record<string, string>,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('invitation.substitute.title'),
    intro: t('invitation.substitute.intro', { organisation: invitee.organisation }),
    submitLabel: t('invitation.substitute.submit'),
    submitCommand: substituteSubmitId,
    args: { invitee: String(invitee.id) },
    inputs: [
      {
        kind: 'text',
        name: 'name',
        label: t('invitation.substitute.name'),
        required: true,
        maxLength: limits.name,
      },
      {
        kind: 'text',
        name: 'email',
        label: t('invitation.substitute.email'),
        required: true,
        maxLength: limits.email,
      },
      {
        kind: 'text',
        name: 'roleTitle',
        label: t('invitation.substitute.role'),
        required: false,
        maxLength: limits.roleTitle,
      },
    ],
    values,
    ...(errors ? { errors } : {}),
  });
}

/** "Send a colleague": a form for who; the colleague takes over the organisation's invitation. */
export const substituteCommand = defineCommand({
  id: 'invitation.substitute',
  args: invitationArgs,
  personal: true,
  run(ctx, args) {
    const { invitee, forum } = ownInvitation(ctx, args.invitee);
    assertOpenToHandOver(ctx, invitee, forum);
    return substituteForm(ctx, invitee, { name: '', email: '', roleTitle: '' });
  },
});

export const submitSubstituteCommand = defineCommand({
  id: substituteSubmitId,
  args: invitationArgs.extend({
    name: z.string().max(20_000).default(''),
    email: z.string().max(20_000).default(''),
    roleTitle: z.string().max(20_000).default(''),
  }),
  personal: true,
  run(ctx, args) {
    const { t, store } = ctx;
    const { invitee, forum } = ownInvitation(ctx, args.invitee);
    assertOpenToHandOver(ctx, invitee, forum);
    const values = { name: args.name, email: args.email, roleTitle: args.roleTitle };
    const name = args.name.trim();
    const email = args.email.trim().toLowerCase();
    const roleTitle = args.roleTitle.trim();
    const errors: Record<string, string> = {};
    for (const field of ['name', 'email', 'roleTitle'] as const) {
      const length = values[field].trim().length;
      if (length > limits[field])
        errors[field] = t('field.tooLong', { max: limits[field], length });
    }
    if (!name) errors.name = t('field.required');
    if (!email) errors.email = t('field.required');
    else if (!errors.email && !isEmailAddress(email))
      errors.email = t('invitation.substitute.badEmail');
    else if (email === invitee.email) errors.email = t('invitation.substitute.self');
    if (Object.keys(errors).length > 0) return substituteForm(ctx, invitee, values, errors);

    const outcome = store.transaction(() => {
      // Read again under the write lock: a second submit (another tab, another process) finds
      // the invitation handed over already.
      const current = store.invitees.get(invitee.id);
      if (current?.answer !== null) throw new UserError('invitation.substitute.closed');
      const now = ctx.now.toISOString();
      const colleague =
        store.people.findByEmail(email) ??
        store.people.create({ email, displayName: name, locale: 'sv' }, now);
      const existing = store.invitees.find(forum.id, colleague.id);
      if (existing) return { taken: existing };
      const { invitee: added } = store.invitees.save(
        forum.id,
        colleague.id,
        {
          name,
          roleTitle,
          organisation: invitee.organisation,
          organisationType: invitee.organisationType,
          municipality: invitee.municipality,
          gender: null,
          substituteFor: invitee.id,
        },
        now,
      );
      recordAnswer(store, forum.id, invitee.personId, 'substituted', ctx.now);
      queueInvitation(store, forum, added, ctx.timeZone, ctx.now);
      return { added };
    });
    if ('taken' in outcome) {
      // Neutral on purpose: the guest list is the coordinators', and an invitee typing
      // addresses must not learn who is on it.
      return substituteForm(ctx, invitee, values, {
        email: t('invitation.substitute.alreadyInvited'),
      });
    }
    ctx.wakeCourier();
    return message({ kind: 'text', text: t('invitation.substitute.done', { name }) });
  },
});
