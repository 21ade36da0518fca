import { z } from 'zod';
import type { Block } from '../chat.js';
import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { findForum } from './find-forum.js';
import { assertRegistrationOpen } from './forum-rules.js';
import { registrationActions } from './registration-actions.js';
import { registrationCalendar } from './registration-calendar.js';
import { registrationSummary } from './registration-summary.js';
import { saveRegistration } from './save-registration.js';
import { readSignup, signupForm, submitSignupId } from './signup-form.js';

/**
 * Form values arrive as strings or booleans. The bound here only refuses absurd payloads;
 * the person-facing limits (and their messages) are in `readSignup`.
 */
const submission = z
  .object({ forum: z.string().regex(/^\d+$/) })
  .catchall(z.union([z.string().max(20_000), z.boolean()]));

export const submitSignupCommand = defineCommand({
  id: submitSignupId,
  args: submission,
  personal: true,
  run(ctx, raw) {
    const { t } = ctx;
    const forum = findForum(ctx.store, raw.forum, ctx.now);
    assertRegistrationOpen(ctx, forum);
    const read = readSignup(ctx, forum, raw);
    if ('errors' in read) {
      return { kind: 'form', form: signupForm(ctx, forum, read.values, read.errors) };
    }
    const { registration, outcome } = saveRegistration(
      ctx.store,
      forum,
      ctx.person.id,
      read.details,
      ctx.now,
    );
    const place = () => ctx.store.registrations.placeInLine(registration);
    const headline: Record<typeof outcome, string> = {
      registered: t('signup.done', { forum: forum.title }),
      changed: t('signup.changed', { forum: forum.title }),
      waitlisted: t('waitlist.joined', {
        forum: forum.title,
        place: place(),
        hours: ctx.settings.offerHoldHours,
      }),
      'waitlist-changed': t('waitlist.changed', { place: place() }),
    };
    const blocks: Block[] = [
      { kind: 'text', text: headline[outcome] },
      registrationSummary(ctx, forum, registration),
      registrationActions(ctx, forum, registration),
    ];
    const seat = registration.status === 'registered';
    // A seat comes with a calendar entry; a place in line does not (yet).
    return {
      ...message(...blocks),
      ...(seat ? { attachments: [registrationCalendar(ctx, forum, registration)] } : {}),
    };
  },
});
