import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import { allJobs } from '../../../src/core/jobs.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { createScheduler } from '../../../src/core/schedule/create-scheduler.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { base64, guestListCsv } from '../../helpers/guest-list-csv.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp, timeZone } from '../../helpers/test-store.js';

const coordinator: Actor = {
  platform: 'teams',
  userId: '29:coordinator',
  email: 'samordnare@regionorebrolan.se',
  locale: 'sv',
};
const settings = { ...defaultSettings, admins: ['samordnare@regionorebrolan.se'] };

/** The demo forum's deadline is tuesday 16 February 2027 23:59; it starts 9 March 12:00. */
describe('reminders the clock starts', () => {
  let app: ReturnType<typeof testApp>;
  let slack: ReturnType<typeof memoryOutlet>;
  let tick: () => Promise<void>;
  const keys = (prefix: string) => app.store.outbox.listByPrefix(prefix).map((r) => r.key);
  const forumId = () => app.demoForum().id;

  beforeEach(async () => {
    slack = memoryOutlet();
    app = testApp({ settings });
    const scheduler = createScheduler({
      store: app.store,
      clock: app.clock,
      timeZone,
      settings,
      logger: silentLogger,
      jobs: allJobs,
    });
    const courier = createCourier({
      store: app.store,
      outlets: [slack.outlet],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    tick = async () => {
      await scheduler.tick();
      await courier.drain();
    };
    await app.dispatcher.run(coordinator, 'file.received', {
      name: 'g.csv',
      mediaType: 'text/csv',
      base64: base64(guestListCsv(3)),
      caption: '',
    });
    for (let n = 1; n <= 3; n++) slack.addUser(`guest${n}@example.se`, `U-G${n}`);
    await app.dispatcher.run(coordinator, 'invitations.send.confirm', {});
    await courier.drain();
    // Guest 1 answers yes by signing up; guests 2 and 3 stay silent.
    await app.dispatcher.run(
      { platform: 'slack', userId: 'U-G1', email: 'guest1@example.se', locale: 'sv' },
      'forum.signup.submit',
      { forum: String(forumId()), organisation: 'X', roleTitle: 'Y', invoiceReference: 'Z' },
    );
  });
  afterEach(() => app.close());

  it('reminds those who have not answered 14 and 7 days before the deadline, once each', async () => {
    app.clock.set('2027-02-02T07:59:00Z'); // 08:59 in Stockholm, the morning of day -14
    await tick();
    expect(keys('reminder.unanswered:')).toEqual([]);
    app.clock.set('2027-02-02T08:00:00Z');
    await tick();
    await tick();
    const first = keys('reminder.unanswered:');
    expect(first).toHaveLength(2);
    expect(first.every((k) => k.endsWith(':14'))).toBe(true);
    expect(slack.textsTo('U-G2').at(-1)).toContain('Vi har inte fått något svar på inbjudan');
    expect(slack.textsTo('U-G1')).toHaveLength(1); // the invitation only
    app.clock.set('2027-02-09T08:00:00Z');
    await tick();
    expect(keys('reminder.unanswered:').filter((k) => k.endsWith(':7'))).toHaveLength(2);
    app.clock.set('2027-02-17T08:00:00Z'); // registration has closed
    await tick();
    expect(keys('reminder.unanswered:')).toHaveLength(4);
  });

  it('after downtime sends only the latest reminder due, not a heap of them', async () => {
    app.clock.set('2027-02-10T12:00:00Z'); // down from before day -14 until after day -7
    await tick();
    expect(keys('reminder.unanswered:').map((k) => k.split(':').at(-1))).toEqual(['7', '7']);
  });

  it('sends practical information to the registered three days before', async () => {
    app.clock.set('2027-03-06T07:59:00Z');
    await tick();
    expect(keys('reminder.practical:')).toEqual([]);
    app.clock.set('2027-03-06T08:00:00Z');
    await tick();
    await tick();
    expect(keys('reminder.practical:')).toHaveLength(1);
    expect(slack.textsTo('U-G1').at(-1)).toContain('Välkommen till Framtidsforum 2027');
  });

  it('gives the coordinators one digest a day while registration is open', async () => {
    app.clock.set('2026-11-23T06:59:00Z'); // 07:59 local
    await tick();
    expect(keys('digest:')).toEqual([]);
    app.clock.set('2026-11-23T07:00:00Z');
    await tick();
    app.clock.set('2026-11-23T15:00:00Z');
    await tick();
    expect(keys('digest:')).toEqual([
      `digest:${forumId()}:2026-11-23:to:${app.store.people.findByEmail('samordnare@regionorebrolan.se')!.id}`,
    ]);
    const digest = app.store.outbox.listByPrefix('digest:')[0]!.message;
    expect(digest).toContain('1 av 110 platser bokade, 0 på väntelistan, 0 erbjudna.');
    expect(digest).toContain('Inbjudna: 3. Ja 1, nej 0, kollega 0, inget svar 2.');
    app.clock.set('2027-02-17T07:00:00Z');
    await tick();
    expect(keys('digest:').some((k) => k.includes('2027-02-17'))).toBe(false);
  });
});
