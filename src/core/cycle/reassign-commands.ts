import { z } from 'zod';
import { formReply, message, type Reply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { isEmailAddress } from '../people/email-address.js';
import type { CycleItem } from './cycle-file.js';
import { assertMayAct, findValidItem, itemArg } from './find-item.js';

function reassignForm(
  ctx: CommandContext,
  item: CycleItem,
  values: Record<string, string>,
  errors?: Record<string, string>,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('cycle.reassign.title'),
    intro: t('cycle.reassign.intro', { item: item.title[ctx.locale] }),
    submitLabel: t('cycle.reassign.submit'),
    submitCommand: 'cycle.reassign.save',
    args: { item: item.id },
    inputs: [
      {
        kind: 'text',
        name: 'email',
        label: t('cycle.reassign.email'),
        required: true,
        maxLength: 254,
      },
    ],
    values,
    ...(errors ? { errors } : {}),
  });
}

/** "Byt ansvarig": a form asking for the new owner's e-mail address. */
export const reassignCommand = defineCommand({
  id: 'cycle.reassign',
  args: z.object({ item: itemArg }),
  run(ctx, args) {
    const { item } = findValidItem(ctx, args.item);
    assertMayAct(ctx, item);
    return reassignForm(ctx, item, { email: '' });
  },
});

/**
 * Hands the item to one person from now on: every later nudge goes to them. They are told
 * at once, in their own language, unless they made the change themselves.
 */
export const saveReassignCommand = defineCommand({
  id: 'cycle.reassign.save',
  args: z.object({ item: itemArg, email: z.string().max(20_000).default('') }),
  run(ctx, args) {
    const { t, store } = ctx;
    const { item, stored } = findValidItem(ctx, args.item);
    assertMayAct(ctx, item);
    const email = args.email.trim().toLowerCase();
    if (!email) return reassignForm(ctx, item, args, { email: t('field.required') });
    if (!isEmailAddress(email) || email.length > 254) {
      return reassignForm(ctx, item, args, { email: t('cycle.reassign.badEmail') });
    }
    const at = ctx.now.toISOString();
    const owner = store.transaction(() => {
      const definition = { ...(stored.definition as object), owner: { email } };
      store.cycle.saveItem({ ...stored, definition }, ctx.person.id, at);
      const person =
        store.people.findByEmail(email) ??
        store.people.create({ email, displayName: null, locale: ctx.locale }, at);
      if (person.id !== ctx.person.id) {
        const theirs = translator(person.locale);
        sendLater(
          store,
          {
            key: `cycle-owner:${item.id}:${person.id}:${at}`,
            purpose: 'cycle-reassigned',
            to: { personId: person.id },
            locale: person.locale,
            view: {
              blocks: [
                { kind: 'heading', text: item.title[person.locale] },
                {
                  kind: 'text',
                  text: theirs('cycle.reassign.toYou', {
                    name: ctx.person.displayName ?? ctx.person.email ?? '–',
                    item: item.title[person.locale],
                  }),
                },
                {
                  kind: 'actions',
                  buttons: [{ label: theirs('cycle.button.show'), command: 'cycle.show' }],
                },
              ],
            },
          },
          ctx.now,
        );
      }
      return person;
    });
    ctx.wakeCourier();
    return message({
      kind: 'text',
      text: t('cycle.reassign.done', {
        item: item.title[ctx.locale],
        name: owner.displayName ?? owner.email ?? email,
      }),
    });
  },
});
