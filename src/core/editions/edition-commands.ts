import { z } from 'zod';
import { defineCommand } from '../command.js';
import { findForum } from '../forum/find-forum.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { editionForm, editionValues, newEditionValues, saveEditionId } from './edition-form.js';
import { assertEditable } from './edition-rules.js';
import { editionSavedView } from './edition-saved-view.js';
import { formField, readEditionForm, ruleMessage } from './read-edition-form.js';
import { saveEdition } from './save-edition.js';

/** "nytt forum": the empty form, set up lunch to lunch. */
export const newEditionCommand = defineCommand({
  id: 'editions.new',
  words: ['nytt', 'new'],
  args: z.object({}),
  run: (ctx) => ({ kind: 'form', form: editionForm(ctx, undefined, newEditionValues()) }),
});

/** "redigera framtidsforum-2027": the same form, filled in from the stored forum. */
export const editEditionCommand = defineCommand({
  id: 'editions.edit',
  words: ['redigera'],
  fromText: forumFromText,
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const forum = findForum(ctx.store, ref, ctx.now);
    assertEditable(forum, ctx.now);
    return { kind: 'form', form: editionForm(ctx, forum, editionValues(ctx, forum)) };
  },
});

/**
 * Form values arrive as strings or booleans. The bound here only refuses absurd payloads;
 * the coordinator-facing limits (and their messages) are in `readEditionForm`.
 */
const submission = z
  .object({ forum: z.string().regex(/^\d+$/).optional() })
  .catchall(z.union([z.string().max(20_000), z.boolean()]));

/** Saves the form: a new forum, or the changes to the one it was opened for. */
export const saveEditionCommand = defineCommand({
  id: saveEditionId,
  args: submission,
  run(ctx, raw) {
    const existing = raw.forum ? findForum(ctx.store, raw.forum, ctx.now) : undefined;
    if (existing) assertEditable(existing, ctx.now);
    const read = readEditionForm(ctx, raw, existing);
    if ('errors' in read) {
      return { kind: 'form', form: editionForm(ctx, existing, read.values, read.errors) };
    }
    const saved = saveEdition(ctx.store, read.draft, existing?.id, ctx);
    if ('problems' in saved) {
      const oneDay = read.values.startDate === read.values.endDate;
      const errors = Object.fromEntries(
        saved.problems.map((p) => [formField(p, oneDay), ctx.t(ruleMessage[p.rule], p.params)]),
      );
      return { kind: 'form', form: editionForm(ctx, existing, read.values, errors) };
    }
    if (saved.offered > 0) ctx.wakeCourier();
    return editionSavedView(ctx, saved.forum, saved);
  },
});
