import type { Forum } from '../../../src/core/forum/forum.js';
import { type App, invite, person, register } from '../attendance/season-fixture.js';

/**
 * A small season: ten invited (four yes, two no, one sending a substitute, three without an
 * answer), four with a seat (one of them not invited), one waiting, one holding an offer.
 */
export function seedSeason(app: App, forum: Forum) {
  const p = (id: string, name: string) => person(app, id, name);
  const kumla1 = p('UK1', 'Karin Kumla');
  const kumla2 = p('UK2', 'Kalle Kumla');
  const kumla3 = p('UK3', 'Kerstin Kumla');
  const kumla4 = p('UK4', 'Klas Kumla');
  const orebro1 = p('UO1', 'Olle Örebro');
  const orebro2 = p('UO2', 'Olga Örebro');
  const orebro3 = p('UO3', 'Oskar Örebro');
  const region1 = p('UR1', 'Rut Region');
  const region2 = p('UR2', 'Rolf Region');
  const uni = p('UU1', 'Ulla Universitet');
  const walkIn = p('UX1', 'Xena Oinbjuden');

  const kommunKumla = { organisationType: 'Kommun', municipality: 'Kumla' };
  const kommunOrebro = { organisationType: 'Kommun', municipality: 'Örebro' };
  const region = { organisationType: 'Region', municipality: 'Örebro' };
  invite(app, forum, kumla1.id, { name: 'Karin Kumla', ...kommunKumla, answer: 'yes' });
  invite(app, forum, kumla2.id, { name: 'Kalle Kumla', ...kommunKumla, answer: 'yes' });
  invite(app, forum, kumla3.id, { name: 'Kerstin Kumla', ...kommunKumla, answer: 'no' });
  invite(app, forum, kumla4.id, { name: 'Klas Kumla', ...kommunKumla });
  invite(app, forum, orebro1.id, { name: 'Olle Örebro', ...kommunOrebro, answer: 'yes' });
  invite(app, forum, orebro2.id, { name: 'Olga Örebro', ...kommunOrebro });
  invite(app, forum, orebro3.id, { name: 'Oskar Örebro', ...kommunOrebro, answer: 'substituted' });
  invite(app, forum, region1.id, { name: 'Rut Region', ...region, answer: 'yes' });
  invite(app, forum, region2.id, { name: 'Rolf Region', ...region, answer: 'no' });
  invite(app, forum, uni.id, {
    name: 'Ulla Universitet',
    organisationType: 'Akademi',
    municipality: 'Örebro',
  });

  const seat1 = register(app, forum, kumla1.id, {
    diet: 'Vegetarisk, nötallergi',
    overnight: true,
  });
  const seat2 = register(app, forum, kumla2.id, { dinnerDay1: false, accessibility: 'Rullstol' });
  register(app, forum, orebro1.id, { organisation: 'Örebro kommun' }, 'waitlisted');
  const offered = register(app, forum, orebro2.id, { organisation: 'Örebro kommun' }, 'waitlisted');
  app.store.registrations.setStatus(
    offered.id,
    'offered',
    '2026-11-24T09:00:00.000Z',
    app.clock.now().toISOString(),
  );
  const seat3 = register(app, forum, region1.id, {
    organisation: 'Region Örebro län',
    overnight: true,
    lunchDay2: false,
  });
  const seat4 = register(app, forum, walkIn.id, {
    organisation: 'Företaget AB',
    breakfastDay2: false,
    diet: 'Glutenfri',
  });
  return { seats: [seat1, seat2, seat3, seat4], people: { kumla1, kumla2, region1, walkIn } };
}
