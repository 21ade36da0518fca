import { describe, expect, it } from 'vitest';
import { readOrganisationList } from '../../../src/core/rounds/read-organisation-list.js';
import { dueReminder } from '../../../src/core/rounds/remiss-reminders-job.js';
import { channel, facilitator, type RoundsApp, roundsApp, texts } from './rounds-fixture.js';

describe('reading a remiss list', () => {
  it('reads a CSV file as Excel saves it, with headings in any order', () => {
    const csv =
      '\uFEFFE-post;Organisation;Namn;Kommun;Typ\r\nreg@nora.se;Nora kommun;Nina Nora;Nora;Kommun\r\n';
    expect(readOrganisationList(new TextEncoder().encode(csv))).toEqual({
      rows: [
        {
          line: 2,
          name: 'Nora kommun',
          organisationType: 'Kommun',
          municipality: 'Nora',
          email: 'reg@nora.se',
          contactName: 'Nina Nora',
        },
      ],
      problems: [],
    });
  });

  it('reads rows pasted from a spreadsheet without headings, in the documented order', () => {
    const pasted =
      'Region Örebro län\tRegion\t\tREGISTRATOR@regionorebrolan.se\nHallsbergs kommun\tKommun\tHallsbergs kommun\tk@hallsberg.se\tHanna';
    const { rows, problems } = readOrganisationList(pasted);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.name, r.municipality, r.email, r.contactName])).toEqual([
      [1, 'Region Örebro län', '', 'registrator@regionorebrolan.se', ''],
      [2, 'Hallsbergs kommun', 'Hallsberg', 'k@hallsberg.se', 'Hanna'],
    ]);
  });

  it('reports each bad row by line and keeps the good ones', () => {
    const text = [
      'Organisation;Typ;Kommun;E-post',
      ';Kommun;Kumla;a@kumla.se',
      'Kumla kommun;Kommun;Kumla;a@kumla.se',
      'Kumla Kommun;Kommun;Kumla;b@kumla.se',
      'Laxå kommun;Kommun;Laxo;c@laxa.se',
      'Nora kommun;Kommun;Nora;nora.se',
      '"Oavslutat;Kommun',
    ].join('\n');
    const unclosed = readOrganisationList(text);
    expect(unclosed.problems).toEqual([{ line: 7, key: 'rounds.orgs.unclosedQuote' }]);
    const { rows, problems } = readOrganisationList(text.split('\n').slice(0, 6).join('\n'));
    expect(rows.map((r) => r.name)).toEqual(['Kumla kommun']);
    expect(problems.map((p) => [p.line, p.key])).toEqual([
      [2, 'rounds.orgs.row.noName'],
      [4, 'rounds.orgs.row.duplicate'],
      [5, 'rounds.orgs.row.badMunicipality'],
      [6, 'rounds.orgs.row.badEmail'],
    ]);
  });
});

describe('when a remiss reminder is due', () => {
  const at = (deadline: string, iso: string) =>
    dueReminder(deadline, new Date(iso), [14, 3], 'Europe/Stockholm')?.days;
  it('is the 14-day one from 09.00 Swedish time 14 days before the day, then the 3-day one, then none after the deadline', () => {
    // Saturday 20 February 2027 at 23.59 (winter time, UTC+1).
    const deadline = '2027-02-20T22:59:00.000Z';
    expect(at(deadline, '2027-02-06T07:59:59Z')).toBeUndefined();
    expect(at(deadline, '2027-02-06T08:00:00Z')).toBe(14);
    expect(at(deadline, '2027-02-17T07:59:59Z')).toBe(14);
    expect(at(deadline, '2027-02-17T08:00:00Z')).toBe(3);
    expect(at(deadline, '2027-02-20T22:58:59Z')).toBe(3);
    expect(at(deadline, '2027-02-20T22:59:00Z')).toBeUndefined();
  });

  it('keeps to 09.00 across the change to summer time', () => {
    // Monday 5 April 2027 at 23.59 summer time (UTC+2); the clocks went forward on 28 March.
    const deadline = '2027-04-05T21:59:00.000Z';
    expect(at(deadline, '2027-03-22T07:59:59Z')).toBeUndefined();
    expect(at(deadline, '2027-03-22T08:00:00Z')).toBe(14);
    expect(at(deadline, '2027-04-02T06:59:59Z')).toBe(14);
    expect(at(deadline, '2027-04-02T07:00:00Z')).toBe(3);
  });
});

describe('a remiss list sent as a file', () => {
  it('stores the good rows and lists the bad ones', async () => {
    const app: RoundsApp = roundsApp();
    const round = await app.openRound({ title: 'Remiss' }, 'remiss');
    const csv =
      'Organisation;Organisationstyp;Kommun;E-post\r\nNora kommun;Kommun;Nora;reg@nora.se\r\nFel;Kommun;Oslo;x@y.se\r\n';
    const reply = await app.run(
      facilitator,
      'rounds.orgs.file',
      {
        round: String(round.id),
        name: 'remiss.csv',
        base64: Buffer.from(csv).toString('base64'),
      },
      channel,
    );
    expect(reply.personal).toBe(true);
    expect(texts(reply)).toEqual([
      '1 organisationer tillagda, 0 uppdaterade. Nya kontaktpersoner får en inbjudan att svara.',
      '1 rader hoppades över:',
      'Rad 3: ”Oslo” är ingen av länets tolv kommuner.',
    ]);
    expect(app.store.roundOrganisations.listForRound(round.id).map((o) => o.contactEmail)).toEqual([
      'reg@nora.se',
    ]);
    app.close();
  });
});
