import { CsvError } from '../export/csv-error.js';
import { readCsv } from '../export/read-csv.js';
import type { MessageKey, Params } from '../i18n/translate.js';
import { isEmailAddress } from '../people/email-address.js';
import type { Gender, InviteeDetails } from './invitee.js';
import { municipalityOf } from './municipalities.js';

export interface GuestRow extends InviteeDetails {
  line: number;
  email: string;
}

export interface RowProblem {
  line: number;
  key: MessageKey;
  params?: Params;
}

/**
 * The columns coordinators' spreadsheets use, in Swedish or English; matched without regard
 * to case, spaces or hyphens, so "E-post", "e-postadress" and "Email" are one column.
 */
const columns = {
  name: ['namn', 'name', 'fullständigtnamn', 'fullname'],
  email: ['epost', 'epostadress', 'email', 'emailaddress', 'mail', 'mejl'],
  organisation: ['organisation', 'organization', 'org'],
  organisationType: [
    'organisationstyp',
    'typavorganisation',
    'organisationtype',
    'organizationtype',
    'typ',
  ],
  municipality: ['kommun', 'municipality'],
  roleTitle: ['roll', 'titel', 'befattning', 'role', 'title'],
  gender: ['kön', 'kon', 'gender'],
} as const;
type Column = keyof typeof columns;
const required: readonly Column[] = ['name', 'email', 'organisation', 'organisationType'];

const genders: Record<string, Gender | null> = {
  kvinna: 'woman',
  k: 'woman',
  woman: 'woman',
  female: 'woman',
  man: 'man',
  m: 'man',
  male: 'man',
  annat: 'other',
  annan: 'other',
  other: 'other',
  'icke-binär': 'other',
  'vill ej uppge': null,
  'vill inte uppge': null,
  'prefer not to say': null,
  '': null,
};

const limits = { name: 150, organisation: 200, organisationType: 100, roleTitle: 200 } as const;

/**
 * Reads a guest list (CSV as Excel saves it). Good rows come back ready to store; each bad
 * row is reported with its line and the reason, and the rest still land. Only a file that
 * is not a table at all, or lacks a required column, is refused as a whole.
 */
export function readGuestList(
  bytes: Uint8Array,
): { rows: GuestRow[]; problems: RowProblem[] } | { refused: RowProblem } {
  let table: ReturnType<typeof readCsv>;
  try {
    table = readCsv(bytes);
  } catch (error) {
    if (error instanceof CsvError) {
      return { refused: { line: error.line, key: 'guests.csv.unclosedQuote' } };
    }
    throw error;
  }
  const normalise = (h: string) => h.toLocaleLowerCase('sv').replace(/[\s\-_.]/g, '');
  const index = new Map<Column, number>();
  table.header.forEach((heading, i) => {
    const key = normalise(heading);
    for (const [column, names] of Object.entries(columns) as [Column, readonly string[]][]) {
      if (!index.has(column) && names.includes(key)) index.set(column, i);
    }
  });
  const missing = required.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return {
      refused: {
        line: 1,
        key: 'guests.csv.missingColumns',
        params: { columns: missing.map((c) => columns[c][0]).join(', ') },
      },
    };
  }

  const rows: GuestRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (c: Column) => (index.has(c) ? (cells[index.get(c) as number] ?? '') : '');
    if (cells.every((c) => c === '')) continue;
    const problem = (key: MessageKey, params?: Params) => problems.push({ line, key, params });
    const email = cell('email').toLowerCase();
    const missingValue = required.find((c) => cell(c) === '');
    if (missingValue) {
      problem('guests.row.missing', { column: columns[missingValue][0] });
      continue;
    }
    if (!isEmailAddress(email)) {
      problem('guests.row.badEmail', { email: email.slice(0, 80) });
      continue;
    }
    if (seen.has(email)) {
      problem('guests.row.duplicate', { email, first: seen.get(email) as number });
      continue;
    }
    const tooLong = (Object.keys(limits) as (keyof typeof limits)[]).find(
      (c) => cell(c).length > limits[c],
    );
    if (tooLong) {
      problem('guests.row.tooLong', { column: columns[tooLong][0], max: limits[tooLong] });
      continue;
    }
    const municipality = municipalityOf(cell('municipality'));
    if (municipality === undefined) {
      problem('guests.row.badMunicipality', { value: cell('municipality').slice(0, 60) });
      continue;
    }
    const genderText = cell('gender').toLocaleLowerCase('sv');
    if (!(genderText in genders)) {
      problem('guests.row.badGender', { value: cell('gender').slice(0, 40) });
      continue;
    }
    seen.set(email, line);
    rows.push({
      line,
      email,
      name: cell('name'),
      organisation: cell('organisation'),
      organisationType: cell('organisationType'),
      municipality,
      roleTitle: cell('roleTitle'),
      gender: genders[genderText] ?? null,
    });
  }
  return { rows, problems };
}
