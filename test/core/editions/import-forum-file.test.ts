import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForumFileError, importForumFile } from '../../../src/core/editions/index.js';
import { UserError } from '../../../src/core/errors.js';
import { forumToFile, parseForumFile } from '../../../src/core/forum/forum-file.js';
import { translator } from '../../../src/core/i18n/translate.js';
import { testApp, timeZone } from '../../helpers/test-store.js';

const file = {
  slug: 'forum-for-genomforande-2027-1',
  title: 'Forum för genomförande',
  venue: 'Örebro',
  startsAt: '2027-03-29T10:00',
  endsAt: '2027-03-29T15:00',
  registrationClosesAt: '2027-03-20T23:59',
  capacity: 40,
  offers: ['lunchDay1'],
  agenda: [
    { at: '2027-03-29T12:00', sv: 'Lunch', en: 'Lunch' },
    { at: '2027-03-29T10:00', sv: 'Välkommen', en: 'Welcome' },
  ],
};

/** Every problem of a refused file, in Swedish, as the import tool prints them. */
function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ForumFileError)) throw error;
    const t = translator('sv');
    return error.problems.map((p) => t(p.messageKey, p.params));
  }
  throw new Error('the file was accepted');
}

describe('importing a forum file', () => {
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());
  const importIt = (json: unknown) => importForumFile(app.store, json, app.clock.now(), timeZone);

  it('creates the forum with its local times as instants, then updates the same one', () => {
    const first = importIt(file);
    expect(first.created).toBe(true);
    expect(first.forum).toMatchObject({
      startsAt: '2027-03-29T08:00:00.000Z', // summer time: UTC+2
      registrationClosesAt: '2027-03-20T22:59:00.000Z', // still winter time: UTC+1
      feeSek: 0,
      offers: ['lunchDay1'],
      registrationOpensAt: null,
    });
    expect(first.forum.agenda.map((i) => i.sv)).toEqual(['Välkommen', 'Lunch']);
    const second = importIt({ ...file, venue: 'Karlskoga', capacity: 45 });
    expect(second.created).toBe(false);
    expect(second.forum).toMatchObject({ id: first.forum.id, venue: 'Karlskoga', capacity: 45 });
    expect(app.store.forums.count()).toBe(2); // the demo and this one
  });

  it('names every field that is wrong, in plain words', () => {
    const { capacity: _, ...withoutCapacity } = file;
    expect(
      problems(() =>
        importIt({
          ...withoutCapacity,
          feeSEK: 3200,
          slug: 'Forum 2027',
          offers: ['lunch'],
          startsAt: '2027-03-29 10.00',
          agenda: [{ at: '2027-03-29T12:00', sv: 'Lunch' }],
        }),
      ),
    ).toEqual([
      'feeSEK: okänt fält. Är det felstavat?',
      'slug: bara små bokstäver a–z, siffror och bindestreck (nu ”Forum 2027”).',
      'startsAt: skriv lokal tid som datum, T och klockslag, till exempel 2027-03-09T12:00 (nu ”2027-03-29 10.00”).',
      'capacity: saknas.',
      'offers[0]: ”lunch” finns inte; välj bland lunchDay1, dinnerDay1, overnight, breakfastDay2, lunchDay2.',
      'agenda[0].en: saknas.',
    ]);
    expect(problems(() => importIt({ ...file, capacity: 0 }))).toEqual(['capacity: minst 1.']);
    expect(problems(() => importIt({ ...file, capacity: 12.5 }))).toEqual([
      'capacity: ska vara ett heltal.',
    ]);
    expect(problems(() => importIt({ ...file, capacity: '40' }))).toEqual([
      'capacity: ska vara ett tal.',
    ]);
    expect(problems(() => importIt({ ...file, title: ' ' }))).toEqual([
      'title: får inte vara tomt.',
    ]);
    expect(problems(() => importIt([file]))).toEqual([
      'Filen ska innehålla ett forum: ett JSON-objekt med {…}.',
    ]);
    expect(app.store.forums.count()).toBe(1);
  });

  it('applies the same rules as the form', () => {
    expect(problems(() => importIt({ ...file, startsAt: '2027-02-30T10:00' }))).toEqual([
      'startsAt: 2027-02-30T10:00 finns inte i kalendern.',
    ]);
    expect(
      problems(() =>
        importIt({
          ...file,
          endsAt: '2027-03-29T09:00',
          registrationOpensAt: '2027-03-21T00:00',
          registrationClosesAt: '2027-03-30T12:00',
        }),
      ),
    ).toEqual([
      'endsAt: måste vara efter startsAt.',
      'registrationClosesAt: kan inte vara efter startsAt.',
    ]);
    expect(problems(() => importIt({ ...file, registrationOpensAt: '2027-03-21T00:00' }))).toEqual([
      'registrationOpensAt: måste vara före registrationClosesAt.',
    ]);
    expect(problems(() => importIt({ ...file, slug: '2027' }))).toEqual([
      'slug: behöver minst en bokstav.',
    ]);
  });

  it('refuses fewer seats than are taken, and a forum that has ended', async () => {
    const { forum } = importIt(file);
    for (const userId of ['a', 'b']) {
      await app.dispatcher.run({ platform: 'shell', userId, locale: 'sv' }, 'forum.signup.submit', {
        forum: String(forum.id),
        organisation: 'Nora kommun',
        roleTitle: 'Chef',
      });
    }
    expect(problems(() => importIt({ ...file, capacity: 1 }))).toEqual([
      'capacity: 2 platser är redan bokade, så antalet kan inte vara lägre än 2.',
    ]);
    app.clock.set('2027-03-29T14:00:00Z');
    expect(problems(() => importIt(file))).toEqual([
      'slug: Forum för genomförande har redan ägt rum och kan inte ändras.',
    ]);
  });

  it('is a UserError, so the chat shows the first problem in the person’s language', () => {
    try {
      importIt({ ...file, capacity: undefined });
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      const { messageKey, params } = error as UserError;
      expect(translator('en')(messageKey, params)).toBe('capacity: missing.');
    }
    expect.assertions(2);
  });
});

describe('a stored forum written back as a file', () => {
  it('reads back to the same forum, in local time', () => {
    const app = testApp();
    const demo = app.demoForum();
    const file = forumToFile(demo, timeZone);
    expect(file).toMatchObject({
      startsAt: '2027-03-09T12:00',
      registrationClosesAt: '2027-02-16T23:59',
    });
    expect(file.agenda[0]).toEqual({ at: '2027-03-09T12:00', sv: 'Lunch', en: 'Lunch' });
    const { id: _, ...again } = { ...demo, ...parseForumFile(file, timeZone) };
    const { id: __, ...original } = demo;
    expect(again).toEqual(original);
    app.close();
  });
});
