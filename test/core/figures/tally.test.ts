import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { figuresButtons } from '../../../src/core/figures/index.js';
import { translator } from '../../../src/core/i18n/translate.js';
import { testApp } from '../../helpers/test-store.js';
import {
  type App,
  blockCount,
  buttons,
  coordinator,
  day1,
  invite,
  person,
  texts,
} from '../attendance/season-fixture.js';
import { seedSeason } from './guest-list-fixture.js';

describe('the live tally', () => {
  let app: App;
  let sara: ReturnType<typeof coordinator>;
  beforeEach(() => {
    app = testApp();
    sara = coordinator(app);
    const forum = app.demoForum();
    const { seats } = seedSeason(app, forum);
    app.store.attendance.checkIn(seats[1]!.id, 1, day1, null);
  });
  afterEach(() => app.close());

  it('counts the guest list’s answers, seats, waitlist and check-ins', async () => {
    const reply = await app.dispatcher.runText(sara.actor, 'siffror');
    expect(reply.outcome).toBeUndefined();
    expect(texts(reply).slice(0, 11)).toEqual([
      'Siffror: Framtidsforum 2027',
      'Läget söndag 22 november 2026 kl. 10.00.',
      'Inbjudna: 10',
      'Ja: 4',
      'Nej: 2',
      'Inget svar: 3',
      'Skickar ersättare: 1',
      'Anmälda: 4 av 110 platser',
      'Väntelista: 1',
      'Erbjuden plats: 1',
      'Incheckade: 1 (dag 1: 1, dag 2: 0)',
    ]);
  });

  it('breaks them down by organisation type and municipality, the uninvited as not stated', async () => {
    const reply = await app.dispatcher.runText(sara.actor, 'siffror');
    const [types, municipalities] = texts(reply).slice(11);
    expect(types).toBe(
      [
        '*Per organisationstyp*',
        'Kommun: 7 inbjudna · 3 ja · 1 nej · 2 utan svar · 2 anmälda · 1 på väntelistan · 1 incheckade · 1 skickar ersättare',
        'Region: 2 inbjudna · 1 ja · 1 nej · 0 utan svar · 1 anmälda · 0 på väntelistan · 0 incheckade',
        'Akademi: 1 inbjudna · 0 ja · 0 nej · 1 utan svar · 0 anmälda · 0 på väntelistan · 0 incheckade',
        'Ej angivet: 0 inbjudna · 0 ja · 0 nej · 0 utan svar · 1 anmälda · 0 på väntelistan · 0 incheckade',
      ].join('\n'),
    );
    expect(municipalities).toBe(
      [
        '*Per kommun*',
        'Örebro: 6 inbjudna · 2 ja · 1 nej · 2 utan svar · 1 anmälda · 1 på väntelistan · 0 incheckade · 1 skickar ersättare',
        'Kumla: 4 inbjudna · 2 ja · 1 nej · 1 utan svar · 2 anmälda · 0 på väntelistan · 1 incheckade',
        'Ej angivet: 0 inbjudna · 0 ja · 0 nej · 0 utan svar · 1 anmälda · 0 på väntelistan · 0 incheckade',
      ].join('\n'),
    );
  });

  it('is the coordinators’ overview, with buttons to the rest, in few blocks', async () => {
    const reply = await app.dispatcher.runText(sara.actor, 'siffror');
    const forum = String(app.demoForum().id);
    expect(buttons(reply).map((b) => [b.label, b.command, b.args?.forum])).toEqual([
      ['Catering', 'figures.catering', forum],
      ['Deltagande', 'figures.participation', forum],
      ['Exportera', 'figures.export', forum],
      ['Närvarolista', 'attendance.list', forum],
      ['Incheckningskod', 'attendance.code', forum],
    ]);
    expect(blockCount(reply)).toBeLessThanOrEqual(10);
    expect(figuresButtons(translator('sv'), 7).map((b) => b.label)).toEqual([
      'Siffror',
      'Catering',
      'Exportera',
    ]);
  });

  it('merges the smallest of many categories into one line', async () => {
    const forum = app.demoForum();
    for (let i = 0; i < 20; i++) {
      const p = person(app, `UM${i}`, `Person ${i}`);
      invite(app, forum, p.id, {
        name: `Person ${i}`,
        municipality: `Ort ${String(i).padStart(2, '0')}`,
      });
    }
    const [, municipalities] = texts(await app.dispatcher.runText(sara.actor, 'siffror')).slice(11);
    const lines = (municipalities as string).split('\n').slice(1);
    // Örebro, Kumla and 20 places: 13 shown, the other 9 added up, and "not stated" last.
    expect(lines).toHaveLength(15);
    expect(lines.at(-2)).toMatch(/^Övriga \(9 grupper\): 9 inbjudna/);
    expect(lines.at(-1)).toMatch(/^Ej angivet:/);
  });

  it('speaks English', async () => {
    const eve = coordinator(app, 'en');
    const reply = await app.dispatcher.runText(eve.actor, 'figures');
    expect(texts(reply).slice(2, 5)).toEqual(['Invited: 10', 'Yes: 4', 'No: 2']);
  });
});
