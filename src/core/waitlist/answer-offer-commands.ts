import { z } from 'zod';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { Forum, Registration } from '../forum/forum.js';
import { registrationActions } from '../forum/registration-actions.js';
import { registrationCalendar } from '../forum/registration-calendar.js';
import { registrationSummary } from '../forum/registration-summary.js';
import { offerNextSeats } from './offer-next-seats.js';

const offerArgs = z.object({ registration: z.string().regex(/^\d+$/).max(12) });

/**
 * The offer this person holds now. A button from an old message (the offer lapsed, was
 * answered, or belongs to someone else) changes nothing and says so.
 */
function standingOffer(ctx: CommandContext, id: string): { offer: Registration; forum: Forum } {
  const offer = ctx.store.registrations.get(Number(id));
  if (!offer || offer.personId !== ctx.person.id) throw new UserError('error.invalidInput');
  const forum = ctx.store.forums.get(offer.forumId) as Forum;
  const stands =
    offer.status === 'offered' &&
    offer.offeredUntil !== null &&
    ctx.now < new Date(offer.offeredUntil) &&
    ctx.now < new Date(forum.startsAt);
  if (!stands) throw new UserError('waitlist.offerGone', { forum: forum.title });
  return { offer, forum };
}

export const acceptSeatCommand = defineCommand({
  id: 'waitlist.accept',
  args: offerArgs,
  personal: true,
  run(ctx, args) {
    const { t, store } = ctx;
    const { forum, registration } = store.transaction(() => {
      const { offer, forum } = standingOffer(ctx, args.registration);
      store.registrations.setStatus(offer.id, 'registered', null, ctx.now.toISOString());
      return { forum, registration: store.registrations.get(offer.id) as Registration };
    });
    return {
      ...message(
        { kind: 'text', text: t('waitlist.accepted', { forum: forum.title }) },
        registrationSummary(ctx, forum, registration),
        registrationActions(ctx, forum, registration),
      ),
      attachments: [registrationCalendar(ctx, forum, registration)],
    };
  },
});

export const declineSeatCommand = defineCommand({
  id: 'waitlist.decline',
  args: offerArgs,
  personal: true,
  run(ctx, args) {
    const { t, store } = ctx;
    const forum = store.transaction(() => {
      const { offer, forum } = standingOffer(ctx, args.registration);
      store.registrations.cancel(offer.id, ctx.now.toISOString(), 'declined');
      offerNextSeats(store, forum, ctx.settings, ctx.timeZone, ctx.now);
      return forum;
    });
    ctx.wakeCourier();
    return message({ kind: 'text', text: t('waitlist.declined', { forum: forum.title }) });
  },
});
