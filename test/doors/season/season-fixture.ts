import ExcelJS from 'exceljs';
import { readCsv } from '../../../src/core/export/read-csv.js';
import { translator } from '../../../src/core/i18n/translate.js';
import { allJobs } from '../../../src/core/jobs.js';
import type { Logger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import type { Outlet } from '../../../src/core/outbox/outlet.js';
import { createScheduler } from '../../../src/core/schedule/create-scheduler.js';
import { defaultSettings, type Settings } from '../../../src/core/settings.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp, timeZone } from '../../helpers/test-store.js';

/**
 * What the season stories of the three doors share: the guest list a coordinator sends, a
 * database with the demo forum (Framtidsforum 2027, 9–10 March 2027) cut down to one seat so
 * the waitlist comes into play, the courier and scheduler a running bot would have, and the
 * moments the clock is moved to.
 */

export const sv = translator('sv');
export const en = translator('en');

/** One row of the guest list, as the coordinator typed it into Excel. */
export interface Guest {
  name: string;
  email: string;
  organisation: string;
  organisationType: string;
  municipality: string;
  roleTitle: string;
  gender: string;
}

/** Says yes first, then cancels: the seat goes to the waitlist. */
export const bo: Guest = {
  name: 'Bo Berg',
  email: 'bo.berg@kumla.se',
  organisation: 'Kumla kommun',
  organisationType: 'Kommun',
  municipality: 'Kumla',
  roleTitle: 'Kommundirektör',
  gender: 'man',
};
/** Says yes when the forum is full, is offered Bo's seat, takes it and checks in. */
export const cilla: Guest = {
  name: 'Cilla Ceder',
  email: 'cilla.ceder@oru.se',
  organisation: 'Örebro universitet',
  organisationType: 'Universitet',
  municipality: '',
  roleTitle: 'Prorektor',
  gender: 'kvinna',
};
/** Reads English and says no thank you. */
export const erik: Guest = {
  name: 'Erik Ek',
  email: 'erik.ek@example.org',
  organisation: 'Länsstyrelsen i Örebro län',
  organisationType: 'Statlig myndighet',
  municipality: '',
  roleTitle: 'Landshövding',
  gender: 'man',
};
/** Not in the workspace or any team: the invitation cannot reach her in chat. */
export const dana: Guest = {
  name: 'Dana Dahl',
  email: 'dana.dahl@lekeberg.se',
  organisation: 'Lekebergs kommun',
  organisationType: 'Kommun',
  municipality: 'Lekeberg',
  roleTitle: 'Kommunchef',
  gender: 'kvinna',
};

export const seasonGuests: readonly Guest[] = [bo, cilla, erik, dana];

/** Two rows Excel keeps but the bot cannot take, and the lines they end up on (after 1 + guests). */
const badRows = [
  'Fel Adress;inte-en-adress;Nora kommun;Kommun;Nora;Kommunchef;',
  'Olle Olsson;olle.olsson@example.se;Örbro kommun;Kommun;Örbro;Stadsdirektör;man',
];

/** What the bot says about the two bad rows, line by line, when `guests` come first. */
export const badRowProblems = (guests: readonly Guest[]) => [
  `• ${sv('guests.row.badEmail', { line: guests.length + 2, email: 'inte-en-adress' })}`,
  `• ${sv('guests.row.badMunicipality', { line: guests.length + 3, value: 'Örbro' })}`,
];

/** The guest list as Swedish Excel saves "CSV UTF-8": a byte-order mark, `;` and CRLF. */
export function guestListFile(guests: readonly Guest[] = seasonGuests): Buffer {
  const rows = guests.map((g) =>
    [
      g.name,
      g.email,
      g.organisation,
      g.organisationType,
      g.municipality,
      g.roleTitle,
      g.gender,
    ].join(';'),
  );
  const lines = ['Namn;E-post;Organisation;Organisationstyp;Kommun;Roll;Kön', ...rows, ...badRows];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

/** The moments of the season after the invitations (the clock starts at testNow, 22 Nov 2026). */
export const moments = {
  /** 08.00 the morning after the invitations: the coordinators' daily digest. */
  digest: '2026-11-23T07:00:00Z',
  /** 09.00 three days before the forum: the practical information goes out. */
  practicalInfo: '2027-03-06T08:00:00Z',
  /** 10.30 on the forum's first day, before lunch: people check in. */
  firstDay: '2027-03-09T09:30:00Z',
} as const;

/**
 * A database of its own with the demo forum, the coordinator an admin by configuration, and
 * the forum down to one seat.
 */
export function seasonApp(coordinatorEmail: string) {
  const settings: Settings = { ...defaultSettings, admins: [coordinatorEmail] };
  const app = testApp({ settings: { admins: [coordinatorEmail] } });
  const forum = app.demoForum();
  app.store.forums.update({ ...forum, capacity: 1 }, app.clock.now().toISOString());
  return { app, settings };
}

export type SeasonApp = ReturnType<typeof seasonApp>['app'];

/**
 * What a running bot does in the background, here under the test's hand: the courier
 * delivers the outbox through the door's outlet when the test drains it, and the scheduler
 * runs every job when the test moves the clock and ticks.
 */
export function background(app: SeasonApp, settings: Settings, outlet: Outlet) {
  const logger = memoryLogger();
  const courier = createCourier({
    store: app.store,
    outlets: [outlet],
    clock: app.clock,
    logger,
    sleep: async () => {},
  });
  const scheduler = createScheduler({
    store: app.store,
    clock: app.clock,
    timeZone,
    settings,
    logger: logger as Logger,
    jobs: allJobs,
  });
  return {
    courier,
    logger,
    /** Moves the clock and runs every job once, as the minute's tick would. */
    async tickAt(at: string) {
      app.clock.set(at);
      await scheduler.tick();
    },
  };
}

/** The status of the outbox rows whose key starts with `prefix`, by key. */
export function outboxStatus(app: SeasonApp, prefix: string): Record<string, string> {
  return Object.fromEntries(
    app.store.outbox.listByPrefix(prefix).map((row) => [row.key, row.status]),
  );
}

/** The person the guest list made for a guest. */
export function personOf(app: SeasonApp, guest: Guest) {
  const person = app.store.people.findByEmail(guest.email);
  if (!person) throw new Error(`${guest.email} is not on the guest list`);
  return person;
}

/** A guest's row on the forum's guest list: the answer they gave. */
export const inviteeOf = (app: SeasonApp, guest: Guest) =>
  app.store.invitees.find(app.demoForum().id, personOf(app, guest).id);

/** A guest's registration for the forum, if any. */
export const registrationOf = (app: SeasonApp, guest: Guest) =>
  app.store.registrations.find(app.demoForum().id, personOf(app, guest).id);

/** A calendar file's fields that matter to a person: what, where, confirmed or cancelled. */
export function calendarEntry(bytes: Uint8Array | Buffer) {
  const text = Buffer.from(bytes).toString('utf8');
  const field = (name: string) => new RegExp(`^${name}[:;](.*)$`, 'm').exec(text)?.[1]?.trim();
  return {
    calendar: text.startsWith('BEGIN:VCALENDAR'),
    summary: field('SUMMARY'),
    status: field('STATUS'),
    start: field('DTSTART'),
    uid: field('UID'),
    sequence: Number(field('SEQUENCE') ?? Number.NaN),
  };
}

/** An exported CSV file, as rows of cells under its header. */
export function exportedCsv(bytes: Uint8Array | Buffer) {
  const table = readCsv(new Uint8Array(bytes));
  return { header: table.header, rows: table.rows.map((r) => r.cells) };
}

/** An exported workbook: each sheet's rows, as values (the first row the header). */
export async function exportedWorkbook(bytes: Uint8Array | Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return Object.fromEntries(
    book.worksheets.map((sheet) => {
      const rows: unknown[][] = [];
      sheet.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1));
      });
      return [sheet.name, rows];
    }),
  );
}
