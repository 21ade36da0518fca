import { z } from 'zod';
import { message, type Reply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { erasePerson } from './erase-person.js';
import { personalData } from './personal-data.js';
import { countsText } from './personal-data-files.js';

const personArg = z.object({ person: z.string().regex(/^\d{1,12}$/) });

const confirmation = (ctx: CommandContext, text: string, command: string, person: number): Reply =>
  message(
    { kind: 'text', text },
    {
      kind: 'actions',
      buttons: [
        {
          label: ctx.t('privacy.button.erase'),
          command,
          args: { person: String(person) },
          style: 'danger',
        },
        { label: ctx.t('privacy.button.keep'), command: 'privacy.erase.keep' },
      ],
    },
  );

/** "radera mig" / "erase me": what erasure does, and a button to do it (GDPR art. 17). */
export const eraseMeCommand = defineCommand({
  id: 'privacy.erase',
  words: ['radera mig', 'erase me', 'glöm mig', 'forget me'],
  args: z.object({}),
  personal: true,
  run: (ctx) =>
    confirmation(ctx, ctx.t('privacy.erase.confirm'), 'privacy.erase.confirm', ctx.person.id),
});

/**
 * Erases the asker. The button carries the person it was shown to: pressed twice, the second
 * press comes from the new, empty person the first one left behind, and erases nothing.
 */
export const confirmEraseMeCommand = defineCommand({
  id: 'privacy.erase.confirm',
  args: personArg,
  personal: true,
  run(ctx, { person }) {
    if (Number(person) !== ctx.person.id)
      return message({ kind: 'text', text: ctx.t('privacy.erase.already') });
    erasePerson(ctx.store, ctx.settings, ctx.timeZone, ctx.person.id, ctx.now);
    ctx.wakeCourier();
    return { ...message({ kind: 'text', text: ctx.t('privacy.erase.done') }), forgotten: true };
  },
});

export const keepDataCommand = defineCommand({
  id: 'privacy.erase.keep',
  args: z.object({}),
  personal: true,
  run: (ctx) => message({ kind: 'text', text: ctx.t('privacy.erase.kept') }),
});

const emailArg = z.string().trim().toLowerCase().max(254);

/**
 * "radera person <e-post>": an admin erases someone who asked by e-mail or letter. Shows who
 * it is and what is held before the button.
 */
export const eraseOtherCommand = defineCommand({
  id: 'privacy.eraseOther',
  words: ['radera person', 'erase person'],
  fromText: (rest) => ({ email: rest }),
  args: z.object({ email: emailArg.default('') }),
  personal: true,
  run(ctx, { email }) {
    const { t } = ctx;
    if (!email) throw new UserError('privacy.eraseOther.which');
    const id = ctx.store.privacy.findByEmail(email);
    if (id === undefined) throw new UserError('privacy.eraseOther.notFound', { email });
    if (id === ctx.person.id) throw new UserError('privacy.eraseOther.self');
    const person = ctx.store.people.get(id);
    const data = personalData(ctx.store, id, ctx.now);
    const text = t('privacy.eraseOther.confirm', {
      name: person?.displayName ?? email,
      email,
      counts: countsText(t, data) || '–',
    });
    return confirmation(ctx, text, 'privacy.eraseOther.confirm', id);
  },
});

export const confirmEraseOtherCommand = defineCommand({
  id: 'privacy.eraseOther.confirm',
  args: personArg,
  personal: true,
  run(ctx, { person }) {
    const id = Number(person);
    const row = ctx.store.people.get(id);
    const erased = ctx.store.privacy.person(id)?.erasedAt;
    if (!row || erased) return message({ kind: 'text', text: ctx.t('privacy.erase.already') });
    if (id === ctx.person.id) throw new UserError('privacy.eraseOther.self');
    const email = row.email ?? `#${id}`;
    erasePerson(ctx.store, ctx.settings, ctx.timeZone, id, ctx.now);
    ctx.wakeCourier();
    return message({ kind: 'text', text: ctx.t('privacy.eraseOther.done', { email }) });
  },
});
