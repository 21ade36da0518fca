import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { testApp } from '../../helpers/test-store.js';

const admin: Actor = {
  platform: 'slack',
  userId: 'U-ADMIN',
  email: 'admin@regionorebrolan.se',
  locale: 'sv',
};
const anna: Actor = {
  platform: 'teams',
  userId: '29:anna',
  email: 'anna@kumla.se',
  displayName: 'Anna',
  locale: 'en',
};
const texts = (r: Reply) =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])) : [];

describe('roles', () => {
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    app = testApp({ settings: { admins: ['admin@regionorebrolan.se'] } });
  });
  afterEach(() => app.close());

  it('lets the configured admin grant a role by e-mail, before the person has ever written', async () => {
    const form = await app.dispatcher.run(admin, 'roles.grant', {});
    if (form.kind !== 'form') throw new Error('expected a form');
    expect(form.form.inputs.find((i) => i.name === 'role')).toMatchObject({ kind: 'choice' });
    const granted = await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: ' Anna@Kumla.se ',
      role: 'coordinator',
    });
    expect(texts(granted)[0]).toBe('anna@kumla.se är nu samordnare.');
    // Anna writes for the first time from Teams: her e-mail links her, and she is a coordinator.
    const list = await app.dispatcher.run(anna, 'guests.list', {});
    expect(list.outcome).toBeUndefined();
    const again = await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: 'anna@kumla.se',
      role: 'coordinator',
    });
    expect(texts(again)[0]).toBe('Anna är redan samordnare.');
  });

  it('refuses a bad address or role with the values kept, and non-admins altogether', async () => {
    const bad = await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: 'anna',
      role: 'overlord',
    });
    expect(bad.kind === 'form' && bad.form.errors).toEqual({
      email: 'Skriv en e-postadress, till exempel namn@regionorebrolan.se.',
      role: 'Fyll i det här fältet.',
    });
    expect(bad.kind === 'form' && bad.form.values.email).toBe('anna');
    const refused = await app.dispatcher.run(anna, 'roles.grant.submit', {
      email: 'anna@kumla.se',
      role: 'admin',
    });
    expect(texts(refused)[0]).toBe(
      'This is for coordinators and admins. Ask an admin for access if you need it.',
    );
    expect(app.store.roles.all()).toEqual([]);
  });

  it('takes a role away, but not an admin’s own', async () => {
    await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: 'anna@kumla.se',
      role: 'facilitator',
    });
    await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: 'admin@regionorebrolan.se',
      role: 'admin',
    });
    const list = await app.dispatcher.runText(admin, 'roller');
    const revoke =
      list.kind === 'message'
        ? list.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : []))
        : [];
    const annas = revoke.find((b) => b.label === 'Ta bort processledare från anna@kumla.se')!;
    expect(texts(await app.dispatcher.run(admin, annas.command, annas.args))[0]).toBe(
      'anna@kumla.se är inte längre processledare.',
    );
    const own = revoke.find((b) => b.args?.role === 'admin')!;
    const refused = await app.dispatcher.run(admin, own.command, own.args);
    expect(refused.outcome).toBe('refused');
    expect(app.store.roles.all()).toHaveLength(1);
  });
});
