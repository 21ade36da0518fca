import type { Form } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum } from '../forum/forum.js';

/** Whether sending the sign-up form now would put this person on the waitlist. */
function wouldWait(ctx: CommandContext, forum: Forum): boolean {
  const { registrations } = ctx.store;
  const status = registrations.find(forum.id, ctx.person.id)?.status;
  if (status === 'registered' || status === 'offered') return false;
  return (
    status === 'waitlisted' ||
    registrations.countHeld(forum.id) >= forum.capacity ||
    registrations.countWaiting(forum.id) > 0
  );
}

/**
 * Says "you will be on the waitlist" in the sign-up form's intro when that is so: before the
 * form is filled in, not after. Every way into the form (typed, a button, an invitation's
 * "yes") goes through here.
 */
export function withWaitlistNote(ctx: CommandContext, forum: Forum, form: Form): Form {
  if (!wouldWait(ctx, forum)) return form;
  return { ...form, intro: `${form.intro ?? ''}\n\n${ctx.t('waitlist.formNote')}` };
}
