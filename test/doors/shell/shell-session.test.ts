import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plain } from '../../../src/doors/shell/render-view.js';
import { createShellSession } from '../../../src/doors/shell/shell-session.js';
import { testApp } from '../../helpers/test-store.js';

describe('the terminal conversation', () => {
  let app: ReturnType<typeof testApp>;
  let out: string[];
  let session: ReturnType<typeof createShellSession>;
  const type = async (...lines: string[]) => {
    for (const line of lines) await session.handleLine(line);
  };
  const screen = () => out.join('\n');

  beforeEach(() => {
    app = testApp();
    out = [];
    session = createShellSession({
      dispatcher: app.dispatcher,
      actor: { platform: 'shell', userId: 'eva', displayName: 'Eva', locale: 'sv' },
      style: plain,
      write: (line) => out.push(line),
    });
  });
  afterEach(() => app.close());

  it('shows buttons as numbered choices and runs the number typed', async () => {
    await type('hjälp');
    expect(screen()).toContain('[1] Kommande forum   [2] Anmäl mig   [3] Min anmälan');
    out = [];
    await type('1');
    expect(screen()).toContain('Framtidsforum 2027');
    expect(screen()).toContain('0 av 110 bokade, 110 kvar');
  });

  it('signs up through prompts, asks again for what is refused, and stores one registration', async () => {
    await type('anmäl');
    expect(screen()).toContain('Organisation *');
    await type(
      '', // organisation left empty: asked again after submit
      'Regionstyrelsen',
      'j', // lunch day 1
      'j', // dinner
      'ja', // overnight
      'n', // breakfast
      'j', // lunch day 2
      'Laktosfri',
      '', // an empty line ends the multi-line answer
      '', // accessibility: nothing
      'RÖL-4711',
    );
    expect(screen()).toContain('Några fält behöver rättas');
    expect(screen()).toContain('! Fyll i det här fältet.');
    await type('Region Örebro län');
    expect(screen()).toContain('Klart! Du är anmäld till Framtidsforum 2027.');
    expect(screen()).toContain('Övernattning: Ja');
    const forum = app.demoForum();
    const person = app.store.people.findByIdentity('shell', 'eva')!;
    expect(app.store.registrations.find(forum.id, person.id)).toMatchObject({
      organisation: 'Region Örebro län',
      roleTitle: 'Regionstyrelsen',
      overnight: true,
      breakfastDay2: false,
      diet: 'Laktosfri',
      invoiceReference: 'RÖL-4711',
    });
  });

  it('keeps earlier answers when the form is opened again to change it', async () => {
    await type('anmäl', 'Nora kommun', 'Kommunchef', 'j', 'j', 'n', 'j', 'j', '', '', 'NK-1');
    out = [];
    await type('ändra');
    expect(screen()).toContain('Enter behåller ”Nora kommun”');
    await type('', '', '', '', 'j', '', '', 'Glutenfri', '', '', '');
    expect(screen()).toContain('Din anmälan till Framtidsforum 2027 är ändrad');
    const count = app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number };
    expect(count.n).toBe(1);
  });

  it('empties an optional answer with a dash, and strips escape sequences from others’ text', async () => {
    await type('anmäl', 'Nora kommun\x1b[2J', 'Chef', 'j', 'j', 'n', 'j', 'j', 'Nötter', '', '');
    await type('N-1');
    expect(screen()).toContain('Organisation: Nora kommun[2J');
    expect(screen()).not.toContain('\x1b');
    out = [];
    await type('ändra', '', '', '', '', '', '', '');
    expect(screen()).toContain(
      'Kost och allergier (flera rader; avsluta med en tom rad) (Enter behåller ”Nötter”, - tömmer)',
    );
    await type('-', '', '');
    expect(screen()).toContain('Kost och allergier: –');
  });

  it('asks before cancelling and refuses a second cancellation', async () => {
    await type('anmäl', 'Laxå kommun', 'Rektor', 'j', 'j', 'n', 'j', 'j', '', '', 'L-1');
    await type('avboka');
    expect(screen()).toContain('Vill du avboka din anmälan till Framtidsforum 2027?');
    await type('1');
    expect(screen()).toContain('Din anmälan till Framtidsforum 2027 är avbokad.');
    out = [];
    await type('avboka');
    expect(screen()).toContain('Din anmälan till Framtidsforum 2027 är redan avbokad.');
  });

  it('leaves a form with avbryt without storing anything', async () => {
    await type('anmäl', 'Askersunds kommun', 'avbryt');
    expect(screen()).toContain('Formuläret avbröts. Inget har sparats.');
    const count = app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number };
    expect(count.n).toBe(0);
  });

  it('answers an unknown word with a hint and a missing forum by name', async () => {
    await type('blaha', 'anmäl vinterforum');
    expect(screen()).toContain('Det kommandot känner jag inte igen: ”blaha”');
    expect(screen()).toContain('Jag hittar inget forum som heter ”vinterforum”');
  });
});
