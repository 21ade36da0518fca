import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { testApp } from '../../helpers/test-store.js';

const anna: Actor = { platform: 'shell', userId: 'anna', displayName: 'Anna', locale: 'sv' };
const validForm = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  lunchDay1: true,
  dinnerDay1: true,
  overnight: 'true',
  breakfastDay2: 'false',
  lunchDay2: true,
  diet: 'Vegetarisk',
  accessibility: '',
  invoiceReference: 'KK-123',
};

const texts = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.flatMap((b) =>
        b.kind === 'fields'
          ? b.fields.map((f) => `${f.label}: ${f.value}`)
          : 'text' in b
            ? [b.text]
            : [],
      )
    : [];

describe('signing up for a forum', () => {
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  it('opens a form, stores the registration and confirms in Swedish', async () => {
    const open = await app.dispatcher.runText(anna, 'anmäl');
    expect(open.kind).toBe('form');
    // The form asks for diet and allergies: doors must keep it out of shared conversations.
    expect(open.personal).toBe(true);
    expect((await app.dispatcher.runText(anna, 'forum')).personal).toBeUndefined();
    if (open.kind !== 'form') return;
    expect(open.form.inputs.map((i) => i.name)).toContain('organisation');
    const done = await app.dispatcher.run(anna, open.form.submitCommand, {
      ...open.form.args,
      ...validForm,
    });
    expect(texts(done)[0]).toBe('Klart! Du är anmäld till Framtidsforum 2027.');
    const forum = app.demoForum();
    expect(app.store.registrations.countActive(forum.id)).toBe(1);
    const person = app.store.people.findByIdentity('shell', 'anna')!;
    const saved = app.store.registrations.find(forum.id, person.id)!;
    expect(saved).toMatchObject({
      organisation: 'Kumla kommun',
      overnight: true,
      breakfastDay2: false,
    });
  });

  it('changes the first registration when someone signs up twice', async () => {
    const forum = app.demoForum();
    await app.dispatcher.run(anna, 'forum.signup.submit', {
      forum: String(forum.id),
      ...validForm,
    });
    const again = await app.dispatcher.run(anna, 'forum.signup.submit', {
      forum: String(forum.id),
      ...validForm,
      diet: 'Vegan',
    });
    expect(texts(again)[0]).toBe('Klart! Din anmälan till Framtidsforum 2027 är ändrad.');
    expect(app.store.registrations.countActive(forum.id)).toBe(1);
    const count = app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('refuses a 5,000-character diet with a field message and keeps what was written', async () => {
    const forum = app.demoForum();
    const diet = 'x'.repeat(5000);
    const reply = await app.dispatcher.run(anna, 'forum.signup.submit', {
      forum: String(forum.id),
      ...validForm,
      diet,
      organisation: '  ',
    });
    expect(reply.kind).toBe('form');
    if (reply.kind !== 'form') return;
    expect(reply.form.errors).toEqual({
      diet: 'Högst 1000 tecken (nu 5000).',
      organisation: 'Fyll i det här fältet.',
    });
    expect(reply.form.values.diet).toBe(diet);
    expect(reply.form.values.roleTitle).toBe('Kommundirektör');
    expect(app.store.registrations.countActive(forum.id)).toBe(0);
  });
});
