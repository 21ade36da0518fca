import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { changeRequestForm } from '../waitlist/change-request.js';
import { withWaitlistNote } from '../waitlist/with-waitlist-note.js';
import { findForum } from './find-forum.js';
import { forumFromText, forumRefArgs } from './forum-ref.js';
import { assertNotStarted, assertRegistrationOpen, registrationOpen } from './forum-rules.js';
import { isRegistered } from './is-registered.js';
import { initialValues, signupForm } from './signup-form.js';

/**
 * Opens the sign-up form. Someone already registered gets the same form filled in with
 * their answers: signing up twice changes the first registration, it never adds a second.
 */
export const signupCommand = defineCommand({
  id: 'forum.signup',
  words: ['anmäl', 'anmal', 'anmälan', 'signup', 'register'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const forum = findForum(ctx.store, ref, ctx.now);
    assertRegistrationOpen(ctx, forum);
    const form = signupForm(ctx, forum, initialValues(ctx, forum));
    return { kind: 'form', form: withWaitlistNote(ctx, forum, form) };
  },
});

/** "ändra": the same form, for someone who has a registration to change. */
export const changeCommand = defineCommand({
  id: 'forum.change',
  words: ['ändra', 'andra', 'change', 'edit'],
  fromText: forumFromText,
  args: forumRefArgs,
  personal: true,
  run(ctx, { forum: ref }) {
    const forum = findForum(ctx.store, ref, ctx.now);
    if (!isRegistered(ctx, forum)) {
      throw new UserError('error.notRegistered', { forum: forum.title });
    }
    assertNotStarted(ctx, forum);
    // After the deadline catering and rooms are ordered: changes go through a coordinator.
    if (!registrationOpen(forum, ctx.now)) return changeRequestForm(ctx, forum, '');
    return { kind: 'form', form: signupForm(ctx, forum, initialValues(ctx, forum)) };
  },
});
