import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCsv } from '../../../src/core/export/read-csv.js';
import type { Round } from '../../../src/core/rounds/round.js';
import { escapeMarkdown } from '../../../src/core/rounds/write-markdown.js';
import { readZip } from '../../manifests/read-zip.js';
import {
  button,
  channel,
  facilitator,
  participant,
  type RoundsApp,
  roundsApp,
} from './rounds-fixture.js';

describe('exporting a round', () => {
  let app: RoundsApp;
  let round: Round;
  beforeEach(async () => {
    app = roundsApp({ seed: true });
    app.listGuests([
      {
        email: 'deltagare1@example.se',
        organisation: 'Kumla kommun',
        type: 'Kommun',
        municipality: 'Kumla',
      },
    ]);
    round = await app.openRound({ prompts: 'Vad är viktigast?\nVad saknas?', anonymity: 'named' });
    await app.courier.drain();
    const prompts = app.store.rounds.prompts(round.id);
    const form = await app.run(
      participant(1),
      'rounds.input',
      { round: String(round.id) },
      channel,
    );
    await app.submit(participant(1), form, {
      prompt: String(prompts[0]?.id),
      text: '=HYPERLINK("https://evil.example") och "citat"; semikolon\nny rad',
      tag_jamstalldhet: true,
      'tag_barn-och-unga': true,
    });
    await app.run(
      participant(2),
      'conversation.reply',
      {
        messageId: app.messageIdOf(round),
        text: '[klicka](https://evil.example) <img src=x onerror=alert(1)> *fet*',
      },
      channel,
    );
    await app.run(
      participant(3),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Reklam' },
      channel,
    );
    const list = await app.run(facilitator, 'rounds.inputs', { round: String(round.id) });
    const hide = await app.run(facilitator, 'rounds.hide', button(list, 'rounds.hide', 2).args);
    await app.submit(facilitator, hide, { reason: 'Reklam' });
  });
  afterEach(() => app.close());

  it('writes CSV for Swedish Excel: UTF-8 with a byte-order mark, tags, organisation, municipality and time', async () => {
    const reply = await app.run(facilitator, 'rounds.export', {
      round: String(round.id),
      format: 'csv',
    });
    expect(reply.personal).toBe(true);
    const [inputs, tags] = reply.attachments ?? [];
    expect(inputs?.name).toBe('framtidens-kompetens-2026-11-22-synpunkter.csv');
    expect(inputs?.mediaType).toBe('text/csv; charset=utf-8');
    expect([...(inputs?.content.slice(0, 3) ?? [])]).toEqual([0xef, 0xbb, 0xbf]);
    const table = readCsv(inputs?.content ?? new Uint8Array());
    expect(table.header).toEqual([
      'Nummer',
      'Fråga',
      'Text',
      'Taggar',
      'Tema',
      'Organisation',
      'Organisationstyp',
      'Kommun',
      'Person',
      'Tid',
      'Källa',
      'Röster',
      'Status',
      'Dold av',
      'Skäl',
      'Dokument',
    ]);
    expect(table.rows.map((r) => r.cells)).toEqual([
      [
        '1',
        'Vad är viktigast?',
        // A formula is written as text (CSV injection), and the text is otherwise as written.
        `'=HYPERLINK("https://evil.example") och "citat"; semikolon\nny rad`,
        'Barn och unga, Jämställdhet',
        '',
        'Kumla kommun',
        'Kommun',
        'Kumla',
        'Deltagare 1',
        '2026-11-22 10:00',
        'formulär',
        '0',
        'synlig',
        '',
        '',
        '',
      ],
      [
        '2',
        '',
        '[klicka](https://evil.example) <img src=x onerror=alert(1)> *fet*',
        '',
        '',
        '',
        '',
        '',
        'Deltagare 2',
        '2026-11-22 10:00',
        'svar i tråden',
        '0',
        'synlig',
        '',
        '',
        '',
      ],
      [
        '3',
        '',
        'Reklam',
        '',
        '',
        '',
        '',
        '',
        'Deltagare 3',
        '2026-11-22 10:00',
        'svar i tråden',
        '0',
        'dold',
        'Frida Processledare',
        'Reklam',
        '',
      ],
    ]);
    const tagRows = readCsv(tags?.content ?? new Uint8Array()).rows.map((r) => r.cells);
    expect(tagRows).toContainEqual(['Jämställdhet', '1']);
    expect(tagRows).toContainEqual(['Utan tagg', '1']);
  });

  it('writes an Excel workbook, a zip with a sheet per table', async () => {
    const reply = await app.run(facilitator, 'rounds.export', {
      round: String(round.id),
      format: 'xlsx',
    });
    const [file] = reply.attachments ?? [];
    expect(file?.name).toBe('framtidens-kompetens-2026-11-22.xlsx');
    const bytes = Buffer.from(file?.content ?? []);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const parts = readZip(bytes);
    expect(parts.map((p) => p.name)).toContain('xl/worksheets/sheet2.xml');
    const workbook = parts.find((p) => p.name === 'xl/workbook.xml')?.data.toString() ?? '';
    expect(workbook).toContain('name="Synpunkter"');
    expect(workbook).toContain('name="Taggar"');
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')?.data.toString() ?? '';
    expect(sheet).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(sheet).toContain('Kumla kommun');
  });

  it('writes Markdown where nothing a participant wrote becomes a link, HTML or emphasis', async () => {
    const reply = await app.run(facilitator, 'rounds.export', {
      round: String(round.id),
      format: 'md',
    });
    const [file] = reply.attachments ?? [];
    expect(file?.mediaType).toBe('text/markdown; charset=utf-8');
    const markdown = Buffer.from(file?.content ?? []).toString('utf8');
    expect(markdown).toContain('# Workshop: Framtidens kompetens');
    expect(markdown).toContain('## 1. Vad är viktigast?');
    expect(markdown).toContain(
      '- **#2** \\[klicka\\]\\(https://evil\\.example\\) \\<img src=x onerror=alert\\(1\\)\\> \\*fet\\*',
    );
    expect(markdown).toContain(
      '_Barn och unga, Jämställdhet · Kumla kommun · Kommun · Kumla · Deltagare 1 · 2026\\-11\\-22 10:00_',
    );
    expect(markdown).not.toContain('Reklam');
    expect(markdown).toContain('| Jämställdhet | 1 |');
    expect(escapeMarkdown('a & b\n# rubrik')).toBe('a &amp; b  \n  \\# rubrik');
  });
});
