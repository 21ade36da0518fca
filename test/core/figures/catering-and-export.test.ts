import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../src/core/chat.js';
import { readCsv } from '../../../src/core/export/read-csv.js';
import { testApp } from '../../helpers/test-store.js';
import { readZip } from '../../manifests/read-zip.js';
import {
  type App,
  buttons,
  coordinator,
  day1,
  person,
  texts,
} from '../attendance/season-fixture.js';
import { seedSeason } from './guest-list-fixture.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function workbook(file: Attachment) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.content) as unknown as ExcelJS.Buffer);
  return book;
}

const rowValues = (sheet: ExcelJS.Worksheet | undefined, r: number) =>
  (sheet!.getRow(r).values as unknown[]).slice(1);

describe('catering and exports', () => {
  let app: App;
  let sara: ReturnType<typeof coordinator>;
  beforeEach(() => {
    app = testApp();
    sara = coordinator(app);
    const { seats } = seedSeason(app, app.demoForum());
    app.store.attendance.checkIn(seats[0]!.id, 1, day1, null);
  });
  afterEach(() => app.close());

  it('sums up meals and overnight stays among those with a seat, and who needs what', async () => {
    const reply = await app.dispatcher.runText(sara.actor, 'catering');
    // Diets and accessibility needs are personal data: only where nobody else sees them.
    expect(reply.personal).toBe(true);
    expect(texts(reply)).toEqual([
      'Catering: Framtidsforum 2027',
      'Bland de 4 som har en bekräftad plats. Listan nedan innehåller personuppgifter: dela den bara med dem som behöver den, som köket och lokalen.',
      'Lunch dag 1: 4',
      'Middag dag 1: 3',
      'Övernattning: 2',
      'Frukost dag 2: 3',
      'Lunch dag 2: 3',
      '*Kost och allergier* (2)',
      'Karin Kumla, Kumla kommun: Vegetarisk, nötallergi',
      'Xena Oinbjuden, Företaget AB: Glutenfri',
      '*Tillgänglighet* (1)',
      'Kalle Kumla, Kumla kommun: Rullstol',
    ]);
    expect(buttons(reply).map((b) => b.command)).toEqual(['figures.export', 'figures.tally']);
  });

  it('exports an Excel workbook with a sheet for participants and one for catering', async () => {
    const reply = await app.dispatcher.run(sara.actor, 'figures.export');
    expect(reply.personal).toBe(true);
    expect(reply.attachments).toHaveLength(1);
    const [file] = reply.attachments as [Attachment];
    expect(file).toMatchObject({
      name: 'framtidsforum-2027-deltagare-2026-11-22.xlsx',
      mediaType: xlsxType,
      label: 'Deltagare och catering (Excel)',
    });
    // An xlsx file is a zip with a workbook in it.
    expect([...file.content.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const parts = readZip(Buffer.from(file.content)).map((f) => f.name);
    expect(parts).toContain('xl/workbook.xml');

    const book = await workbook(file);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Deltagare', 'Catering']);
    const people = book.getWorksheet('Deltagare');
    expect(rowValues(people, 1)).toEqual([
      'Namn',
      'E-post',
      'Organisation',
      'Organisationstyp',
      'Kommun',
      'Roll',
      'Status',
      'Lunch dag 1',
      'Middag dag 1',
      'Övernattning',
      'Frukost dag 2',
      'Lunch dag 2',
      'Kost och allergier',
      'Tillgänglighet',
      'Fakturareferens',
      'Incheckad dag 1',
      'Incheckad dag 2',
    ]);
    expect(rowValues(people, 2)).toEqual([
      'Kalle Kumla',
      'uk2@example.se',
      'Kumla kommun',
      'Kommun',
      'Kumla',
      'Kommundirektör',
      'Anmäld',
      true,
      false,
      false,
      true,
      true,
      undefined,
      'Rullstol',
      'KK-1',
      false,
      false,
    ]);
    // Seats first, alphabetically; then the offer, then the waitlist.
    const names = Array.from({ length: 6 }, (_, i) => rowValues(people, i + 2)[0]);
    expect(names).toEqual([
      'Kalle Kumla',
      'Karin Kumla',
      'Rut Region',
      'Xena Oinbjuden',
      'Olga Örebro',
      'Olle Örebro',
    ]);
    expect(rowValues(people, 3).slice(15)).toEqual([true, false]);
    expect(rowValues(people, 5).slice(3, 5)).toEqual([undefined, undefined]);
    expect(rowValues(people, 6)[6]).toBe('Erbjuden plats');
    expect(rowValues(people, 7)[6]).toBe('Väntelista');

    const catering = book.getWorksheet('Catering');
    expect([2, 3, 4, 5, 6, 7, 8, 9].map((r) => rowValues(catering, r))).toEqual([
      ['Bekräftade platser', 4],
      ['Lunch dag 1', 4],
      ['Middag dag 1', 3],
      ['Övernattning', 2],
      ['Frukost dag 2', 3],
      ['Lunch dag 2', 3],
      ['Kost och allergier', 2],
      ['Tillgänglighet', 1],
    ]);
  });

  it('exports CSV files that Excel opens with å, ä and ö intact', async () => {
    const first = await app.dispatcher.runText(sara.actor, 'exportera');
    const asCsv = buttons(first).find((b) => b.label === 'Som CSV i stället');
    expect(asCsv?.args).toMatchObject({ format: 'csv' });
    const reply = await app.dispatcher.run(sara.actor, asCsv!.command, asCsv!.args);
    expect(reply.attachments?.map((a) => [a.name, a.mediaType])).toEqual([
      ['framtidsforum-2027-deltagare-2026-11-22.csv', 'text/csv; charset=utf-8'],
      ['framtidsforum-2027-catering-2026-11-22.csv', 'text/csv; charset=utf-8'],
    ]);
    const [people, catering] = reply.attachments as [Attachment, Attachment];
    // The byte-order mark makes Excel read UTF-8.
    expect([...people.content.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(people.content.slice(3));
    expect(text).toContain('Olle Örebro');
    expect(text).toContain('Övernattning');
    expect(text).toContain('Väntelista');
    const table = readCsv(people.content);
    expect(table.header.slice(0, 3)).toEqual(['Namn', 'E-post', 'Organisation']);
    expect(table.rows).toHaveLength(6);
    const karin = table.rows.find((r) => r.cells[0] === 'Karin Kumla')?.cells;
    expect(karin?.[12]).toBe('Vegetarisk, nötallergi');
    expect(karin?.slice(15)).toEqual(['SANT', 'FALSKT']);
    expect(new TextDecoder().decode(catering.content.slice(3))).toContain('Frukost dag 2;3');
  });

  it('takes the format typed after the word, and speaks English', async () => {
    const eve = coordinator(app, 'en');
    const reply = await app.dispatcher.runText(eve.actor, 'export framtidsforum-2027 csv');
    expect(reply.attachments?.map((a) => a.name)).toEqual([
      'framtidsforum-2027-participants-2026-11-22.csv',
      'framtidsforum-2027-catering-2026-11-22.csv',
    ]);
    const withBom = new TextDecoder('utf-8', { ignoreBOM: true });
    expect(withBom.decode(reply.attachments![0]!.content)).toMatch(
      /^\uFEFFName;E-mail;Organisation/,
    );
  });

  it('keeps catering and exports from participants', async () => {
    const anna = person(app, 'UANNA', 'Anna Andersson');
    for (const command of ['figures.catering', 'figures.export']) {
      const reply = await app.dispatcher.run(anna.actor, command);
      expect(reply.outcome).toBe('refused');
      expect(reply.attachments).toBeUndefined();
    }
  });
});
