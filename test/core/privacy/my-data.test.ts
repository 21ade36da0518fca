import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { personal } from '../rounds/rounds-fixture.js';
import {
  fileOf,
  ingrid,
  ingridSays,
  olle,
  olleSays,
  privacySeason,
  textsOf,
} from './privacy-fixture.js';

type Season = Awaited<ReturnType<typeof privacySeason>>;

async function sheetsOf(content: Uint8Array): Promise<Map<string, string[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(content) as unknown as ArrayBuffer);
  const sheets = new Map<string, string[][]>();
  book.eachSheet((sheet) => {
    const rows: string[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

describe('my data (mina uppgifter)', () => {
  let season: Season;
  beforeEach(async () => {
    season = await privacySeason();
  });
  afterEach(() => season.app.close());

  it('answers privately with a JSON file and a workbook holding the person’s data', async () => {
    const reply = await season.app.dispatcher.runText(ingrid, 'mina uppgifter', personal(ingrid));
    expect(reply.personal).toBe(true);
    expect(reply.outcome).toBeUndefined();
    expect(reply.attachments?.map((a) => a.name)).toEqual([
      'mina-uppgifter-2026-11-22.json',
      'mina-uppgifter-2026-11-22.xlsx',
    ]);
    const summary = textsOf(reply).join('\n');
    expect(summary).toContain('Anmälningar 1');
    expect(summary).toContain('Synpunkter 2');
    // The anonymous input was found by Ingrid's key, and the reply says how.
    expect(summary).toContain('anonyma rundor');

    const data = JSON.parse(new TextDecoder().decode(fileOf(reply, '.json').content));
    expect(data.person).toMatchObject({ email: ingrid.email, displayName: ingrid.displayName });
    expect(data.kinds.identities).toEqual([{ platform: 'slack', userId: ingrid.userId }]);
    expect(data.kinds.invitations).toEqual([
      expect.objectContaining({ name: 'Ingrid Raderasson', gender: 'woman', answer: 'yes' }),
    ]);
    expect(data.kinds.registrations).toEqual([
      expect.objectContaining({
        status: 'registered',
        diet: ingridSays.diet,
        accessibility: ingridSays.accessibility,
        overnight: 0,
      }),
    ]);
    expect(data.kinds.inputs.map((i: { text: string }) => i.text).sort()).toEqual(
      [ingridSays.named, ingridSays.anonymous].sort(),
    );
    expect(data.kinds.cycleItems).toEqual([{ id: 'kumla-rapport', title: 'Kumlas rapport' }]);
    expect(data.kinds.remiss).toEqual([
      expect.objectContaining({ organisation: 'Kumla kommun', contactName: 'Ingrid Raderasson' }),
    ]);
    expect(data.kinds.messages).toEqual([
      expect.objectContaining({ purpose: 'reminder', status: 'queued' }),
    ]);
  });

  it('holds nothing of anyone else', async () => {
    const reply = await season.app.dispatcher.runText(ingrid, 'my data', personal(ingrid));
    const json = new TextDecoder().decode(fileOf(reply, '.json').content);
    for (const other of [olle.email, 'Kvarsson', olleSays.diet, olleSays.named, 'Sara']) {
      expect(json).not.toContain(other);
    }
    const sheets = await sheetsOf(fileOf(reply, '.xlsx').content);
    const cells = [...sheets.values()].flat(2).join('\n');
    expect(cells).toContain(ingridSays.diet);
    expect(cells).not.toContain('Kvarsson');
    // One sheet per kind that has rows, after the summary and the profile.
    expect([...sheets.keys()].slice(0, 4)).toEqual(['Översikt', 'Profil', 'Konton', 'Samtal']);
    expect(sheets.get('Anmälningar')?.[1]).toContain(ingridSays.accessibility);
  });

  it('includes rows of tables it does not know by name, through their key to people', async () => {
    const { app, ids } = season;
    app.db.exec(
      'CREATE TABLE later_feature (id INTEGER PRIMARY KEY, person_id INTEGER REFERENCES people (id), note TEXT)',
    );
    app.db
      .prepare('INSERT INTO later_feature (person_id, note) VALUES (?, ?), (?, ?)')
      .run(ids.ingrid, 'Ingrids rad', ids.olle, 'Olles rad');
    const reply = await app.dispatcher.runText(ingrid, 'mina uppgifter', personal(ingrid));
    const data = JSON.parse(new TextDecoder().decode(fileOf(reply, '.json').content));
    expect(data.kinds.other).toEqual([
      expect.objectContaining({ table: 'later_feature', column: 'person_id' }),
    ]);
    expect(data.kinds.other[0].row).toContain('Ingrids rad');
  });

  it('leaves "min" and "mina" to the registration', async () => {
    const reply = await season.app.dispatcher.runText(ingrid, 'mina', personal(ingrid));
    expect(reply.attachments ?? []).toEqual([]);
    expect(textsOf(reply).join('\n')).toContain('Framtidsforum');
  });
});
