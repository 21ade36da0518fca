import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Button, Reply } from '../../../src/core/chat.js';
import { testApp, testNow } from '../../helpers/test-store.js';

const admin: Actor = {
  platform: 'slack',
  userId: 'U-ADMIN',
  email: 'admin@regionorebrolan.se',
  displayName: 'Adam Admin',
  locale: 'sv',
};
const coordinator: Actor = {
  platform: 'teams',
  userId: '29:sara',
  email: 'sara@regionorebrolan.se',
  displayName: 'Sara Samordnare',
  locale: 'sv',
};
const participant: Actor = {
  platform: 'slack',
  userId: 'U-PELLE',
  email: 'pelle@kumla.se',
  displayName: 'Pelle',
  locale: 'sv',
};
const diet = 'Glutenfri, svår nötallergi';

const textOf = (r: Reply) =>
  r.kind === 'message'
    ? r.view.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')
    : JSON.stringify(r.form);
const buttonsOf = (r: Reply): Button[] =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : [])) : [];

describe('the audit log', () => {
  let app: ReturnType<typeof testApp>;
  let forum: string;
  let saraId: number;
  beforeEach(async () => {
    app = testApp({ settings: { admins: [admin.email as string] } });
    const at = app.clock.now().toISOString();
    const sara = app.store.people.create(
      { email: coordinator.email as string, displayName: 'Sara Samordnare', locale: 'sv' },
      at,
    );
    app.store.people.addIdentity('teams', coordinator.userId, sara.id);
    app.store.roles.grant(sara.id, 'coordinator', null, at);
    saraId = sara.id;
    forum = String(app.demoForum().id);
    // Someone with a diet on the list, which the coordinators' commands show.
    const olle = app.store.people.create(
      { email: 'olle@lekeberg.se', displayName: 'Olle', locale: 'sv' },
      at,
    );
    app.store.registrations.save(
      Number(forum),
      olle.id,
      {
        organisation: 'Lekebergs kommun',
        roleTitle: 'Kommunchef',
        lunchDay1: true,
        dinnerDay1: true,
        overnight: false,
        breakfastDay2: true,
        lunchDay2: true,
        diet,
        accessibility: 'Rullstol',
        invoiceReference: 'LK-1',
      },
      at,
      'registered',
    );
  });
  afterEach(() => app.close());

  it('records who looked at or exported personal data, what and when, with ids and never the data', async () => {
    const list = await app.dispatcher.run(coordinator, 'guests.list', { forum });
    const exported = await app.dispatcher.run(coordinator, 'figures.export', {
      forum,
      format: 'csv',
    });
    // The catering list shows Olle's diet; typed with the forum's title, not its number.
    const catering = await app.dispatcher.runText(coordinator, 'catering Framtidsforum 2027');
    expect([list.outcome, exported.outcome, catering.outcome]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
    expect(JSON.stringify(catering)).toContain('nötallergi');
    expect(app.store.audit.latest(10)).toEqual([
      {
        id: 3,
        at: testNow.replace('Z', '.000Z'),
        personId: saraId,
        command: 'figures.catering',
        subject: 'forum=…',
      },
      {
        id: 2,
        at: testNow.replace('Z', '.000Z'),
        personId: saraId,
        command: 'figures.export',
        subject: `forum=${forum} format=csv`,
      },
      {
        id: 1,
        at: testNow.replace('Z', '.000Z'),
        personId: saraId,
        command: 'guests.list',
        subject: `forum=${forum} page=1`,
      },
    ]);
    const everything = JSON.stringify(app.db.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toMatch(/nöt|Gluten|Rullstol|Olle|Framtidsforum/i);
  });

  it('records nothing for a refusal, a form sent back, aggregate figures or one’s own data', async () => {
    const refused = await app.dispatcher.run(participant, 'figures.export', { forum });
    expect(refused.outcome).toBe('refused');
    const notAdmin = await app.dispatcher.run(coordinator, 'roles.list', {});
    expect(notAdmin.outcome).toBe('refused');
    const badEmail = await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: 'inte en adress',
      role: 'coordinator',
    });
    expect(badEmail.kind === 'form' && badEmail.form.errors).toBeTruthy();
    await app.dispatcher.run(coordinator, 'figures.tally', { forum });
    await app.dispatcher.run(coordinator, 'forum.my', { forum });
    await app.dispatcher.run(participant, 'forum.my', { forum });
    expect(app.store.audit.count()).toBe(0);
  });

  it('records to whom an admin gave a role and from whom it was taken, by person id', async () => {
    await app.dispatcher.run(admin, 'roles.grant.submit', {
      email: 'Anna@Kumla.se',
      role: 'facilitator',
    });
    const anna = app.store.people.findByEmail('anna@kumla.se');
    expect(anna).toBeDefined();
    await app.dispatcher.run(admin, 'roles.revoke', {
      person: String(anna?.id),
      role: 'facilitator',
    });
    const adminId = app.store.people.findByEmail(admin.email as string)?.id;
    expect(app.store.audit.latest(10).map((e) => [e.personId, e.command, e.subject])).toEqual([
      [adminId, 'roles.revoke', `person=${anna?.id} role=facilitator`],
      [adminId, 'roles.grant.submit', `person=${anna?.id} role=facilitator`],
    ]);
  });

  it('shows admins the log, newest first and twenty to a page, and gives it as a CSV file', async () => {
    for (let page = 1; page <= 25; page++) {
      await app.dispatcher.run(coordinator, 'guests.list', { forum, page: String(page) });
    }
    const first = await app.dispatcher.runText(admin, 'granskningslogg');
    const lines = (r: Reply) =>
      textOf(r)
        .split('\n')
        .filter((l) => l.includes(' · '));
    expect(textOf(first)).toContain('Granskningslogg');
    expect(textOf(first)).toContain('Sida 1 av 2 (25 händelser)');
    expect(lines(first)).toHaveLength(20);
    expect(lines(first)[0]).toBe(
      `söndag 22 november 2026 kl. 10.00 · Sara Samordnare · guests.list forum=${forum} page=25`,
    );
    const older = buttonsOf(first).find((b) => b.command === 'audit.log');
    expect(older?.label).toBe('Äldre');
    const second = await app.dispatcher.run(admin, 'audit.log', older?.args ?? {});
    // The admin's first look is in the log too, so page 2 holds the oldest six of 26.
    expect(lines(second)).toHaveLength(6);
    expect(lines(second).at(-1)).toContain('page=1');
    expect(buttonsOf(second).map((b) => b.label)).toEqual(['Nyare', 'Exportera CSV']);

    const file = await app.dispatcher.run(admin, 'audit.export', {});
    expect(file.personal).toBe(true);
    expect(textOf(file)).toBe('Granskningsloggen: 27 händelser i en CSV-fil.');
    const [attachment] = file.attachments ?? [];
    expect(attachment?.name).toBe('granskningslogg-2026-11-22.csv');
    const csv = new TextDecoder().decode(attachment?.content).replace(/^\uFEFF/, '');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('Tid (UTC);Person-id;Namn;E-post;Kommando;Gällde');
    expect(rows).toHaveLength(28);
    expect(rows[1]).toMatch(/;Adam Admin;admin@regionorebrolan\.se;audit\.log;page=2$/);
    expect(rows.at(-1)).toBe(
      `2026-11-22T09:00:00.000Z;${saraId};Sara Samordnare;sara@regionorebrolan.se;guests.list;forum=${forum} page=1`,
    );
  });

  it('is for admins only, in either language', async () => {
    await app.dispatcher.run(coordinator, 'guests.list', { forum });
    const refused = await app.dispatcher.runText(coordinator, 'granskningslogg');
    expect(refused.outcome).toBe('refused');
    const refusedFile = await app.dispatcher.run(participant, 'audit.export', {});
    expect(refusedFile.outcome).toBe('refused');
    expect(refusedFile.attachments).toBeUndefined();
    const english = await app.dispatcher.runText({ ...admin, locale: 'en' }, 'audit log');
    expect(textOf(english)).toContain('Audit log');
    expect(textOf(english)).toContain('Sara Samordnare · guests.list');
  });
});
