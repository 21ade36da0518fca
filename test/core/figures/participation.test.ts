import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Forum, Registration } from '../../../src/core/forum/forum.js';
import { testApp } from '../../helpers/test-store.js';
import {
  type App,
  afterForum,
  coordinator,
  day1,
  invite,
  person,
  register,
  texts,
} from '../attendance/season-fixture.js';

/**
 * 14 registered: 7 women, 4 men, 3 not stated; 10 from municipalities, 4 from the region;
 * 6 from Örebro, 5 from Kumla, 3 from Nora.
 */
function seed(app: App, forum: Forum): Registration[] {
  return Array.from({ length: 14 }, (_, i) => {
    const p = person(app, `UP${i}`, `Person ${i}`);
    invite(app, forum, p.id, {
      name: `Person ${i}`,
      gender: i < 7 ? 'woman' : i < 11 ? 'man' : null,
      organisationType: i < 10 ? 'Kommun' : 'Region',
      municipality: i < 6 ? 'Örebro' : i < 11 ? 'Kumla' : 'Nora',
      answer: 'yes',
    });
    return register(app, forum, p.id);
  });
}

describe('participation by gender, organisation type and municipality', () => {
  let app: App;
  let sara: ReturnType<typeof coordinator>;
  let seats: Registration[];
  beforeEach(() => {
    app = testApp();
    sara = coordinator(app);
    seats = seed(app, app.demoForum());
  });
  afterEach(() => app.close());

  it('counts the registered before the forum, withholding groups of 3 and 4', async () => {
    const reply = await app.dispatcher.runText(sara.actor, 'deltagande');
    expect(reply.personal).toBeUndefined();
    const [, basis, rule, gender, type, municipality] = texts(reply);
    expect(basis).toBe('Bland de anmälda (14). När forumet är slut räknas de som kom.');
    expect(rule).toMatch(/^Grupper med färre än 5 personer visas som ”färre än 5”/);
    expect(gender).toBe('*Per kön*\nKvinnor: 7\nEj angivet: färre än 5\nMän: färre än 5');
    // One small group: the other one is withheld too, or 14 − 10 would give it away.
    expect(type).toBe('*Per organisationstyp*\nKommun: visas inte\nRegion: färre än 5');
    expect(municipality).toBe('*Per kommun*\nÖrebro: 6\nKumla: visas inte\nNora: färre än 5');
  });

  it('counts those who came once the forum is over', async () => {
    for (const seat of seats.slice(0, 6)) app.store.attendance.checkIn(seat.id, 1, day1, null);
    app.clock.set(afterForum);
    const [, basis, , gender, type, municipality] = texts(
      await app.dispatcher.runText(sara.actor, 'deltagande framtidsforum-2027'),
    );
    expect(basis).toBe('Bland dem som kom, alltså checkade in minst en dag (6).');
    expect(gender).toBe('*Per kön*\nKvinnor: 6');
    expect(type).toBe('*Per organisationstyp*\nKommun: 6');
    expect(municipality).toBe('*Per kommun*\nÖrebro: 6');
  });

  it('withholds even the total when fewer than 5 came', async () => {
    for (const seat of seats.slice(0, 3)) app.store.attendance.checkIn(seat.id, 1, day1, null);
    app.clock.set(afterForum);
    const [, basis, , gender] = texts(await app.dispatcher.runText(sara.actor, 'deltagande'));
    expect(basis).toBe('Bland dem som kom, alltså checkade in minst en dag (färre än 5).');
    expect(gender).toBe('*Per kön*\nKvinnor: färre än 5');
  });

  it('speaks English', async () => {
    const eve = coordinator(app, 'en');
    const [, , , gender, type] = texts(await app.dispatcher.runText(eve.actor, 'participation'));
    expect(gender).toBe('*By gender*\nWomen: 7\nMen: fewer than 5\nNot stated: fewer than 5');
    expect(type).toBe('*By organisation type*\nKommun: not shown\nRegion: fewer than 5');
  });
});
