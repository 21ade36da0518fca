import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import type { Actor } from '../../../src/core/chat.js';
import type { Forum } from '../../../src/core/forum/forum.js';
import { readGuestList } from '../../../src/core/guests/read-guest-list.js';
import { silentLogger } from '../../../src/core/logger.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { privacyJobs } from '../../../src/core/privacy/index.js';
import { defaultSettings, type Settings } from '../../../src/core/settings.js';
import { testApp, timeZone } from '../../helpers/test-store.js';
import { details, person, register } from '../attendance/season-fixture.js';

const day = 86_400_000;
type App = ReturnType<typeof testApp>;

describe('diet, allergy and accessibility details expire after the forum', () => {
  let app: App;
  let forum: Forum;
  let coordinatorId: number;
  const at = (daysAfterEnd: number) =>
    new Date(Date.parse(forum.endsAt) + daysAfterEnd * day).toISOString();
  const tick = (settings: Partial<Settings> = {}) =>
    Promise.all(
      privacyJobs.map((job) =>
        job.run({
          store: app.store,
          now: app.clock.now(),
          timeZone,
          settings: { ...defaultSettings, ...settings },
          logger: silentLogger,
        }),
      ),
    );
  const stored = () =>
    app.db
      .prepare('SELECT diet, accessibility, organisation FROM registrations ORDER BY id')
      .all() as { diet: string; accessibility: string; organisation: string }[];

  beforeEach(() => {
    app = testApp();
    forum = app.demoForum();
    register(app, forum, person(app, 'UANNA', 'Anna').id, {
      diet: 'Celiaki, strikt glutenfri',
      accessibility: 'Rullstol, behöver ramp',
    });
    register(app, forum, person(app, 'UBO', 'Bo').id, { diet: 'Vegetarisk' });
    coordinatorId = person(app, 'USARA', 'Sara').id;
    // A late change told to a coordinator carries the diet too.
    sendLater(
      app.store,
      {
        key: `change-request:${forum.id}:1:2027-03-01T10:00:00.000Z`,
        purpose: 'change-request',
        to: { personId: coordinatorId },
        view: { blocks: [{ kind: 'text', text: 'Anna: kost Celiaki, strikt glutenfri' }] },
        locale: 'sv',
      },
      app.clock.now(),
    );
    sendLater(
      app.store,
      {
        key: 'invitation:other',
        purpose: 'invitation',
        to: { personId: coordinatorId },
        view: { blocks: [{ kind: 'text', text: 'Vegetarisk lunch serveras' }] },
        locale: 'sv',
      },
      app.clock.now(),
    );
  });
  const lateChange = () => `change-request:${forum.id}:1:2027-03-01T10:00:00.000Z`;
  afterEach(() => app.close());

  it('keeps them for 30 days by default, then clears them once and records when', async () => {
    app.clock.set(at(29.9));
    await tick();
    expect(stored().map((r) => r.diet)).toEqual(['Celiaki, strikt glutenfri', 'Vegetarisk']);
    expect(app.store.privacy.detailsClearedAt(forum.id)).toBeNull();

    app.clock.set(at(30.1));
    await tick();
    expect(stored()).toEqual([
      { diet: '', accessibility: '', organisation: 'Kumla kommun' },
      { diet: '', accessibility: '', organisation: 'Kumla kommun' },
    ]);
    expect(app.store.privacy.detailsClearedAt(forum.id)).toBe(at(30.1));
    expect(app.store.outbox.find(lateChange())?.message).not.toContain('Celiaki');
    // A message that merely contains a diet's words is left alone: Bo's "Vegetarisk" is no
    // reason to touch an invitation that offers vegetarian lunch.
    expect(app.store.outbox.find('invitation:other')?.message).toContain('Vegetarisk lunch');

    // Idempotent: a later run changes nothing, and the date stays the first one.
    app.clock.set(at(45));
    await tick();
    expect(app.store.privacy.detailsClearedAt(forum.id)).toBe(at(30.1));
  });

  it('follows PERSONAL_DETAILS_RETENTION_DAYS', async () => {
    app.clock.set(at(4));
    await tick({ personalDetailsRetentionDays: 5 });
    expect(stored()[0]?.diet).toBe('Celiaki, strikt glutenfri');
    app.clock.set(at(5.5));
    await tick({ personalDetailsRetentionDays: 5 });
    expect(stored()[0]?.diet).toBe('');
  });

  it('reads the setting from the environment, 30 unless given', () => {
    expect(loadConfig({}).settings.personalDetailsRetentionDays).toBe(30);
    expect(
      loadConfig({ PERSONAL_DETAILS_RETENTION_DAYS: '90' }).settings.personalDetailsRetentionDays,
    ).toBe(90);
    expect(() => loadConfig({ PERSONAL_DETAILS_RETENTION_DAYS: '0' })).toThrow(
      /PERSONAL_DETAILS_RETENTION_DAYS/,
    );
  });
});

describe('self-reported gender is optional', () => {
  let app: App;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  it('is never asked for as required in the sign-up form, and signing up without it works', async () => {
    const anna: Actor = { platform: 'shell', userId: 'anna', displayName: 'Anna', locale: 'sv' };
    const open = await app.dispatcher.runText(anna, 'anmäl');
    if (open.kind !== 'form') throw new Error('no form');
    const gender = open.form.inputs.filter((i) => /gender|kön/i.test(`${i.name} ${i.label}`));
    // Should the form ever ask, it must be optional and offer an empty choice.
    for (const input of gender) {
      expect('required' in input && input.required).toBe(false);
    }
    const { diet, accessibility, invoiceReference, ...rest } = details();
    const done = await app.dispatcher.run(anna, open.form.submitCommand, {
      ...open.form.args,
      ...rest,
      diet,
      accessibility,
      invoiceReference: invoiceReference || 'KK-1',
    });
    expect(done.outcome).toBeUndefined();
    const me = app.store.people.findByIdentity('shell', 'anna')!;
    expect(app.store.registrations.find(app.demoForum().id, me.id)?.status).toBe('registered');
  });

  it('may be left out of a guest list, or left empty on a row', () => {
    const csv = (text: string) => new TextEncoder().encode(text);
    const without = readGuestList(
      csv('namn;e-post;organisation;organisationstyp\nAnna;anna@example.se;Kumla kommun;Kommun\n'),
    );
    expect(without).toMatchObject({ rows: [{ gender: null }], problems: [] });
    const empty = readGuestList(
      csv(
        'namn;e-post;organisation;organisationstyp;kön\nAnna;anna@example.se;Kumla kommun;Kommun;\nBo;bo@example.se;Nora kommun;Kommun;man\n',
      ),
    );
    expect(empty).toMatchObject({
      rows: [{ gender: null }, { gender: 'man' }],
      problems: [],
    });
  });
});
