import { CsvError } from '../export/csv-error.js';
import { readCsv } from '../export/read-csv.js';
import { municipalityOf } from '../guests/municipalities.js';
import type { MessageKey, Params } from '../i18n/translate.js';
import { isEmailAddress } from '../people/email-address.js';

export interface OrganisationRow {
  line: number;
  name: string;
  organisationType: string;
  municipality: string;
  email: string;
  contactName: string;
}

export interface ListProblem {
  line: number;
  key: MessageKey;
  params?: Params;
}

/**
 * The columns of a remiss list, in Swedish or English, matched without regard to case,
 * spaces or hyphens (as guest lists are).
 */
const columns = {
  name: ['organisation', 'organization', 'org', 'remissinstans', 'namn', 'name'],
  organisationType: ['organisationstyp', 'typ', 'organisationtype', 'organizationtype', 'type'],
  municipality: ['kommun', 'municipality'],
  email: ['epost', 'epostadress', 'email', 'emailaddress', 'mail', 'mejl', 'kontaktepost'],
  contactName: [
    'kontaktperson',
    'kontakt',
    'contact',
    'contactname',
    'kontaktnamn',
    'namn',
    'name',
  ],
} as const;
type Column = keyof typeof columns;
/** Without a heading line, this is the order of the cells. */
const defaultOrder: readonly Column[] = [
  'name',
  'organisationType',
  'municipality',
  'email',
  'contactName',
];

const max = { name: 200, organisationType: 100, contactName: 150 } as const;

/**
 * Reads the organisations a remiss goes to: a CSV file as Excel saves it, or rows pasted into
 * a form from a spreadsheet (tab-separated) or typed with `;`. A heading line is optional.
 * Each bad row is reported by line and reason; the good ones come back ready to store.
 */
export function readOrganisationList(input: Uint8Array | string): {
  rows: OrganisationRow[];
  problems: ListProblem[];
} {
  let table: ReturnType<typeof readCsv>;
  try {
    table = readCsv(input);
  } catch (error) {
    if (error instanceof CsvError) {
      return { rows: [], problems: [{ line: error.line, key: 'rounds.orgs.unclosedQuote' }] };
    }
    throw error;
  }
  const normalise = (h: string) => h.toLocaleLowerCase('sv').replace(/[\s\-_.]/g, '');
  const headings = table.header.map(normalise);
  const index = new Map<Column, number>();
  // Each column takes the first heading that names it, in the order of its names, so
  // "Organisation; Namn; E-post" reads Namn as the contact's name, not the organisation's.
  for (const [column, names] of Object.entries(columns) as [Column, readonly string[]][]) {
    const taken = new Set(index.values());
    for (const name of names) {
      const i = headings.findIndex((h, at) => h === name && !taken.has(at));
      if (i >= 0) {
        index.set(column, i);
        break;
      }
    }
  }
  const headed = index.has('name') && index.has('email');
  const records = headed
    ? table.rows
    : table.header.length > 0
      ? [{ line: table.rows[0] ? table.rows[0].line - 1 : 1, cells: table.header }, ...table.rows]
      : [];
  if (!headed) {
    index.clear();
    defaultOrder.forEach((c, i) => {
      index.set(c, i);
    });
  }
  const rows: OrganisationRow[] = [];
  const problems: ListProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records) {
    if (cells.every((c) => c === '')) continue;
    const cell = (c: Column) => (index.has(c) ? (cells[index.get(c) as number] ?? '').trim() : '');
    const problem = (key: MessageKey, params?: Params) => problems.push({ line, key, params });
    const name = cell('name').replace(/\s+/g, ' ');
    const email = cell('email').toLowerCase();
    if (name === '') {
      problem('rounds.orgs.row.noName');
      continue;
    }
    if (!isEmailAddress(email)) {
      problem('rounds.orgs.row.badEmail', { name: name.slice(0, 80), email: email.slice(0, 80) });
      continue;
    }
    const key = name.toLocaleLowerCase('sv');
    if (seen.has(key)) {
      problem('rounds.orgs.row.duplicate', {
        name: name.slice(0, 80),
        first: seen.get(key) as number,
      });
      continue;
    }
    const tooLong = (Object.keys(max) as (keyof typeof max)[]).find((c) => cell(c).length > max[c]);
    if (tooLong) {
      problem('rounds.orgs.row.tooLong', { name: name.slice(0, 80), max: max[tooLong] });
      continue;
    }
    const municipality = municipalityOf(cell('municipality'));
    if (municipality === undefined) {
      problem('rounds.orgs.row.badMunicipality', { value: cell('municipality').slice(0, 60) });
      continue;
    }
    seen.set(key, line);
    rows.push({
      line,
      name,
      organisationType: cell('organisationType'),
      municipality,
      email,
      contactName: cell('contactName'),
    });
  }
  return { rows, problems };
}
