import { afterEach, describe, expect, it } from 'vitest';
import { parseForumFile } from '../../../src/core/forum/forum-file.js';
import { seedDemoForum } from '../../../src/core/forum/seed-demo-forum.js';
import { demoForumPath, testApp, timeZone } from '../../helpers/test-store.js';

describe('the demo forum', () => {
  const apps: ReturnType<typeof testApp>[] = [];
  afterEach(() => {
    for (const app of apps.splice(0)) app.close();
  });

  it('is loaded into an empty database as shipped: lunch to lunch, 110 seats', () => {
    const app = testApp();
    apps.push(app);
    const forum = app.demoForum();
    expect(forum).toMatchObject({
      slug: 'framtidsforum-2027',
      capacity: 110,
      startsAt: '2027-03-09T11:00:00.000Z',
      endsAt: '2027-03-10T12:00:00.000Z',
    });
    expect(forum.offers).toEqual([
      'lunchDay1',
      'dinnerDay1',
      'overnight',
      'breakfastDay2',
      'lunchDay2',
    ]);
    // Never twice.
    expect(seedDemoForum(app.store, demoForumPath, app.clock.now(), timeZone)).toBe(false);
    expect(app.store.forums.count()).toBe(1);
  });

  it('moves on by whole years of weeks once its dates have passed, keeping the weekday', () => {
    const app = testApp({ seed: false });
    apps.push(app);
    const later = new Date('2028-06-01T10:00:00Z');
    seedDemoForum(app.store, demoForumPath, later, timeZone);
    const [forum] = app.store.forums.listUpcoming(later.toISOString());
    expect(forum?.title).toBe('Framtidsforum 2029');
    expect(forum?.slug).toBe('framtidsforum-2029');
    const start = new Date(forum!.startsAt);
    expect(start.getUTCDay()).toBe(2); // a Tuesday, like the shipped one
    expect(start > later).toBe(true);
  });
});

describe('a forum file', () => {
  const valid = {
    slug: 'forum-for-genomforande-2027-1',
    title: 'Forum för genomförande',
    venue: 'Örebro',
    startsAt: '2027-04-20T09:00',
    endsAt: '2027-04-20T12:00',
    registrationClosesAt: '2027-04-10T23:59',
    capacity: 40,
  };

  it('reads local times in Europe/Stockholm and fills the defaults', () => {
    const forum = parseForumFile(valid, timeZone);
    expect(forum.startsAt).toBe('2027-04-20T07:00:00.000Z');
    expect(forum.feeSek).toBe(0);
    expect(forum.agenda).toEqual([]);
  });

  it('names the field that is wrong', () => {
    expect(() => parseForumFile({ ...valid, endsAt: '2027-04-19T12:00' }, timeZone)).toThrow(
      'endsAt: must be after startsAt',
    );
    expect(() => parseForumFile({ ...valid, startsAt: '2027-02-30T09:00' }, timeZone)).toThrow(
      'startsAt: 2027-02-30T09:00 is not a date',
    );
    expect(() => parseForumFile({ ...valid, capacity: -1 }, timeZone)).toThrow(/capacity/);
  });
});

describe('the demo forum on a fresh clone after its deadline', () => {
  it('is still open for sign-up', async () => {
    const app = testApp({ seed: false });
    // Between the shipped deadline (16 February 2027) and the forum (9 March 2027).
    app.clock.set('2027-02-20T10:00:00Z');
    seedDemoForum(app.store, demoForumPath, app.clock.now(), timeZone);
    const forum = app.demoForum();
    expect(forum.title).toBe('Framtidsforum 2028');
    expect(new Date(forum.registrationClosesAt) > app.clock.now()).toBe(true);
    const reply = await app.dispatcher.run(
      { platform: 'shell', userId: 'ny', locale: 'sv' },
      'forum.signup',
      {},
    );
    expect(reply.kind).toBe('form');
    app.close();
  });
});
