import { z } from 'zod';
import type { Block, Button, Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import type { MessageKey } from '../i18n/translate.js';
import { isEmailAddress } from '../people/email-address.js';
import type { Person } from '../people/person.js';
import { type Role, roles } from './role.js';

const roleName = (ctx: CommandContext, role: Role) => ctx.t(`roles.role.${role}` as MessageKey);
const nameOf = (p: Person) => p.displayName ?? p.email ?? `#${p.id}`;

/** Who holds which role, with a button to take each away, and one to grant a new one. */
export const listRolesCommand = defineCommand({
  id: 'roles.list',
  words: ['roller', 'roles'],
  args: z.object({}),
  run(ctx) {
    const { t, store } = ctx;
    const held = store.roles.all();
    const blocks: Block[] = [{ kind: 'heading', text: t('roles.title') }];
    if (held.length === 0) blocks.push({ kind: 'text', text: t('roles.none') });
    const lines: string[] = [];
    const buttons: Button[] = [];
    for (const { personId, role } of held) {
      const person = store.people.get(personId);
      if (!person) continue;
      lines.push(t('roles.line', { name: nameOf(person), role: roleName(ctx, role) }));
      buttons.push({
        label: t('button.revokeRole', { role: roleName(ctx, role), name: nameOf(person) }),
        command: 'roles.revoke',
        args: { person: String(personId), role },
      });
    }
    if (lines.length > 0) blocks.push({ kind: 'text', text: lines.join('\n') });
    if (ctx.settings.admins.length > 0) {
      blocks.push({
        kind: 'text',
        text: t('roles.configured', { emails: ctx.settings.admins.join(', ') }),
        muted: true,
      });
    }
    // Slack allows 25 buttons in a row of actions; a long list keeps the grant button first.
    const grant: Button = {
      label: t('button.grantRole'),
      command: 'roles.grant',
      style: 'primary',
    };
    blocks.push({ kind: 'actions', buttons: [grant, ...buttons].slice(0, 25) });
    return message(...blocks);
  },
});

function grantForm(
  ctx: CommandContext,
  values: Record<string, string>,
  errors?: Record<string, string>,
): Reply {
  const { t } = ctx;
  return formReply({
    title: t('roles.form.title'),
    intro: t('roles.form.intro'),
    submitLabel: t('roles.form.submit'),
    submitCommand: 'roles.grant.submit',
    args: {},
    inputs: [
      {
        kind: 'text',
        name: 'email',
        label: t('roles.form.email'),
        required: true,
        maxLength: 254,
      },
      {
        kind: 'choice',
        name: 'role',
        label: t('roles.form.role'),
        required: true,
        options: roles.map((r) => ({ value: r, label: roleName(ctx, r) })),
      },
    ],
    values,
    ...(errors ? { errors } : {}),
  });
}

export const grantRoleCommand = defineCommand({
  id: 'roles.grant',
  args: z.object({}),
  run: (ctx) => grantForm(ctx, { email: '', role: 'coordinator' }),
});

export const submitGrantRoleCommand = defineCommand({
  id: 'roles.grant.submit',
  args: z.object({
    email: z.string().max(20_000).default(''),
    role: z.string().max(50).default(''),
  }),
  run(ctx, args) {
    const { t, store } = ctx;
    const email = args.email.trim().toLowerCase();
    const role = roles.find((r) => r === args.role);
    const errors: Record<string, string> = {};
    if (!email) errors.email = t('field.required');
    else if (!isEmailAddress(email)) errors.email = t('roles.form.badEmail');
    if (!role) errors.role = t('field.required');
    if (!role || Object.keys(errors).length > 0)
      return grantForm(ctx, { email: args.email, role: args.role }, errors);
    const { person, added } = store.transaction(() => {
      const now = ctx.now.toISOString();
      // Granting ahead of someone's first message is fine: their e-mail links them later.
      const person =
        store.people.findByEmail(email) ??
        store.people.create({ email, displayName: null, locale: 'sv' }, now);
      return { person, added: store.roles.grant(person.id, role, ctx.person.id, now) };
    });
    const params = { name: nameOf(person), role: roleName(ctx, role) };
    return message({ kind: 'text', text: t(added ? 'roles.granted' : 'roles.alreadyHas', params) });
  },
});

export const revokeRoleCommand = defineCommand({
  id: 'roles.revoke',
  args: z.object({ person: z.string().regex(/^\d+$/).max(12), role: z.enum(roles) }),
  run(ctx, args) {
    const { t, store } = ctx;
    const person = store.people.get(Number(args.person));
    if (!person) throw new UserError('error.invalidInput');
    if (person.id === ctx.person.id && args.role === 'admin')
      throw new UserError('roles.notOwnAdmin');
    store.transaction(() => store.roles.revoke(person.id, args.role));
    return message({
      kind: 'text',
      text: t('roles.revoked', { name: nameOf(person), role: roleName(ctx, args.role) }),
    });
  },
});
