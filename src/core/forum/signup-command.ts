import { defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { findForum } from './find-forum.js';
import { forumFromText, forumRefArgs } from './forum-ref.js';
import { assertRegistrationOpen, assertSeatFor } from './forum-rules.js';
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
    // Say "full" before the form, not after the person has filled it in.
    assertSeatFor(ctx.store, forum, ctx.person.id);
    return { kind: 'form', form: signupForm(ctx, forum, initialValues(ctx, forum)) };
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
    assertRegistrationOpen(ctx, forum);
    return { kind: 'form', form: signupForm(ctx, forum, initialValues(ctx, forum)) };
  },
});
