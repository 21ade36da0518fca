import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Attachment } from '../../../src/core/chat.js';
import { readCsv } from '../../../src/core/export/read-csv.js';
import type { Round } from '../../../src/core/rounds/round.js';
import { readZip } from '../../manifests/read-zip.js';
import {
  button,
  channel,
  facilitator,
  formOf,
  participant,
  type RoundsApp,
  roundsApp,
  text,
  texts,
} from './rounds-fixture.js';

/** Every word a facilitator could read about the round: views, files, the channel. */
async function everythingAFacilitatorSees(app: RoundsApp, round: Round): Promise<string> {
  const r = String(round.id);
  const seen: string[] = [];
  for (const [command, args] of [
    ['rounds.manage', { round: r }],
    ['rounds.inputs', { round: r }],
    ['rounds.results', { round: r }],
  ] as const) {
    seen.push(text(await app.run(facilitator, command, args)));
  }
  for (const format of ['csv', 'xlsx', 'md']) {
    const reply = await app.run(facilitator, 'rounds.export', { round: r, format });
    for (const file of reply.attachments ?? []) seen.push(contentOf(file));
  }
  await app.courier.drain();
  seen.push(...app.slack.textsTo('C-RUS'));
  seen.push(...app.slack.edits.map((e) => JSON.stringify(e.outgoing.view)));
  return seen.join('\n');
}

function contentOf(file: Attachment): string {
  const bytes = Buffer.from(file.content);
  if (!file.name.endsWith('.xlsx')) return bytes.toString('utf8');
  return readZip(bytes)
    .map((f) => f.data.toString('utf8'))
    .join('\n');
}

describe('anonymous rounds', () => {
  let app: RoundsApp;
  let round: Round;
  beforeEach(async () => {
    app = roundsApp();
    round = await app.openRound({ anonymity: 'anonymous' });
    await app.courier.drain();
  });
  afterEach(() => app.close());

  it('store no person on inputs or votes, and show no author to facilitators anywhere', async () => {
    const said = await app.give(participant(1), round, 'Anonym synpunkt ett');
    await app.give(participant(2), round, 'Anonym synpunkt två', { tag_jamstalldhet: true });
    const start = await app.run(facilitator, 'rounds.voting.start', { round: String(round.id) });
    await app.submit(facilitator, start, { votes: '1' });
    const ballot = await app.run(participant(1), 'rounds.ballot', { round: String(round.id) });
    await app.run(participant(1), 'rounds.vote', button(ballot, 'rounds.vote', 1).args);

    const rows = app.db
      .prepare('SELECT person_id, organisation, author_key FROM round_inputs')
      .all() as {
      person_id: number | null;
      author_key: string;
    }[];
    expect(rows.map((r) => r.person_id)).toEqual([null, null]);
    // The key is an HMAC: no person id or e-mail in it.
    expect(new Set(rows.map((r) => r.author_key)).size).toBe(2);
    for (const row of rows) expect(row.author_key).toMatch(/^[\w-]{43}$/);
    const columns = app.db.prepare("SELECT name FROM pragma_table_info('round_votes')").all() as {
      name: string;
    }[];
    expect(columns.map((c) => c.name)).not.toContain('person_id');

    const seen = await everythingAFacilitatorSees(app, round);
    expect(seen).toContain('Anonym synpunkt ett');
    expect(seen).toContain('Anonym synpunkt två');
    for (const n of [1, 2]) {
      expect(seen).not.toContain(`Deltagare ${n}`);
      expect(seen).not.toContain(`deltagare${n}@example.se`);
      expect(seen).not.toContain(`U-P${n}`);
    }
    expect(seen).toContain('Anonym');

    // The author still finds, changes and withdraws their own, and nobody else can.
    const mine = await app.run(participant(1), 'rounds.mine', { round: String(round.id) });
    expect(text(mine)).toContain('Anonym synpunkt ett');
    expect(text(mine)).not.toContain('Anonym synpunkt två');
    // Not while the prioritisation runs: everyone votes on the same words.
    const during = await app.run(
      participant(1),
      'rounds.input.edit',
      button(said, 'rounds.input.edit').args,
    );
    expect(texts(during)[0]).toContain('Prioriteringen pågår');
    await app.run(facilitator, 'rounds.voting.stop', { round: String(round.id) });
    const edit = await app.run(
      participant(1),
      'rounds.input.edit',
      button(said, 'rounds.input.edit').args,
    );
    await app.submit(participant(1), edit, { text: 'Anonym synpunkt ett, ändrad' });
    expect(app.store.roundInputs.listForRound(round.id)[0]?.text).toBe(
      'Anonym synpunkt ett, ändrad',
    );
    const stolen = await app.run(
      participant(2),
      'rounds.input.withdraw.confirm',
      button(said, 'rounds.input.withdraw').args,
    );
    expect(stolen.outcome).toBe('refused');
    const gone = await app.run(
      participant(1),
      'rounds.input.withdraw.confirm',
      button(said, 'rounds.input.withdraw').args,
    );
    expect(texts(gone)[0]).toContain('är tillbakadragen');
    expect(app.store.roundInputs.counts(round.id)).toEqual({ inputs: 1, participants: 1 });
  });

  it('leave out the organisation’s name, and withhold small groups of people in the summary', async () => {
    app.close();
    app = roundsApp({ seed: true });
    round = await app.openRound({ anonymity: 'anonymous' });
    await app.courier.drain();
    app.listGuests(
      Array.from({ length: 7 }, (_, i) =>
        i < 6
          ? {
              email: `deltagare${i + 1}@example.se`,
              organisation: 'Kumla kommun',
              type: 'Kommun',
              municipality: 'Kumla',
            }
          : {
              email: `deltagare${i + 1}@example.se`,
              organisation: 'Länsstyrelsen',
              type: 'Statlig myndighet',
              municipality: '',
            },
      ),
    );
    for (let n = 1; n <= 7; n++) await app.give(participant(n), round, `Synpunkt ${n}`);
    // The one at the state agency says five things: still one person.
    for (let n = 2; n <= 5; n++) await app.give(participant(7), round, `Myndighetens ${n}`);
    const rows = app.store.roundInputs.listForRound(round.id);
    expect(rows.map((r) => [r.organisation, r.organisationType, r.municipality])).toContainEqual([
      '',
      'Statlig myndighet',
      '',
    ]);
    expect(rows.every((r) => r.organisation === '' && r.personId === null)).toBe(true);
    await app.run(facilitator, 'rounds.close.confirm', { round: String(round.id) });
    await app.courier.drain();
    const summary = app.slack
      .textsTo('C-RUS')
      .find((t) => t.startsWith('Sammanfattning')) as string;
    // People are counted, not inputs: five inputs from one person are a group of one.
    expect(summary).toContain('11 synpunkter från 7 deltagare.');
    expect(summary).toContain(
      '*Deltagare per organisationstyp*\nKommun: visas inte\nStatlig myndighet: färre än 5',
    );
    expect(summary).toContain(
      '*Deltagare per kommun*\nKumla: visas inte\nLänsövergripande: färre än 5',
    );
  });
});

describe('what facilitators see of an anonymous input', () => {
  it('is the text, the day and “Anonym”: no organisation type, municipality, minute or source', async () => {
    const app = roundsApp({ seed: true });
    const round = await app.openRound({ anonymity: 'anonymous' });
    await app.courier.drain();
    // The only one of their kind: a type, a municipality and a minute would name them.
    app.listGuests([
      {
        email: 'deltagare7@example.se',
        organisation: 'Länsstyrelsen',
        type: 'Statlig myndighet',
        municipality: 'Askersund',
      },
    ]);
    app.clock.set('2026-11-22T09:17:00Z');
    await app.give(participant(7), round, 'En synpunkt från myndigheten');
    const r = String(round.id);

    const list = text(await app.run(facilitator, 'rounds.inputs', { round: r }));
    expect(list).toContain('*#1* · Anonym · söndag 22 november 2026\nEn synpunkt från myndigheten');
    const csv = await app.run(facilitator, 'rounds.export', { round: r, format: 'csv' });
    const rows = readCsv(csv.attachments?.[0]?.content ?? new Uint8Array()).rows;
    expect(rows.map((row) => row.cells)).toEqual([
      [
        '1',
        'Vad behöver länet mest?',
        'En synpunkt från myndigheten',
        '',
        '',
        '',
        '',
        '',
        '',
        '2026-11-22',
        '',
        '0',
        'synlig',
        '',
        '',
        '',
      ],
    ]);
    const md = await app.run(facilitator, 'rounds.export', { round: r, format: 'md' });
    const markdown = contentOf(md.attachments?.[0] as Attachment);
    expect(markdown).toContain('- **#1** En synpunkt från myndigheten  \n  _2026\\-11\\-22_');
    const xlsx = await app.run(facilitator, 'rounds.export', { round: r, format: 'xlsx' });
    const seen = [list, markdown, contentOf(xlsx.attachments?.[0] as Attachment)].join('\n');
    for (const trace of ['Statlig myndighet', 'Askersund', 'Länsstyrelsen', '10.17', '10:17']) {
      expect(seen).not.toContain(trace);
    }
    for (const source of ['formulär', 'svar i tråden']) expect(seen).not.toContain(source);
    app.close();
  });
});

describe('rounds where only facilitators see names', () => {
  it('show the author to facilitators and in exports, and to nobody in the channel', async () => {
    const app = roundsApp();
    const round = await app.openRound({ anonymity: 'facilitators' });
    await app.courier.drain();
    await app.give(participant(1), round, 'Med namn för er');
    expect(app.store.roundInputs.listForRound(round.id)[0]?.personId).toBe(
      app.store.people.findByEmail('deltagare1@example.se')?.id,
    );
    const list = await app.run(facilitator, 'rounds.inputs', { round: String(round.id) });
    expect(text(list)).toContain('Deltagare 1');
    const csv = await app.run(facilitator, 'rounds.export', {
      round: String(round.id),
      format: 'csv',
    });
    expect(Buffer.from(csv.attachments?.[0]?.content ?? []).toString('utf8')).toContain(
      'Deltagare 1',
    );
    await app.run(facilitator, 'rounds.close.confirm', { round: String(round.id) });
    await app.courier.drain();
    expect(app.slack.textsTo('C-RUS').join('\n')).not.toContain('Deltagare 1');
    expect(formOf(await app.run(facilitator, 'rounds.new', {}, channel)).values.anonymity).toBe(
      'facilitators',
    );
    app.close();
  });
});
