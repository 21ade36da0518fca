/**
 * Storage path vs raw SQLite. N people register through the core, exactly as a sign-up form
 * submission does (dispatcher → person → roles → the submit command → saveRegistration in
 * its IMMEDIATE transaction → the reply with its calendar entry), on a real SQLite file; the
 * floor writes the same rows with prepared better-sqlite3 statements, one IMMEDIATE
 * transaction per registration, on a file opened the same way (WAL, synchronous=FULL).
 *
 * Like with like: in every door the form is opened through the dispatcher before it is sent,
 * so the person (and their platform identity) exists when the submission comes. Both sides
 * therefore start from the same invited people, created before the clock starts, and each
 * registration writes a registration row and the invitee's "yes". The registrations are
 * spread over forums of Framtidsforum's size (110 seats), as they are over the seasons.
 * A first contact that arrives as a submission (no earlier click) is measured too and
 * reported as a note: there the core commits twice (the new person, then the registration).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Forum } from '../../src/core/forum/forum.js';
import { resolvePerson } from '../../src/core/people/resolve-person.js';
import { type Db, openDatabase } from '../../src/store/open-database.js';
import type { Store } from '../../src/store/store.js';
import { testApp } from '../helpers/test-store.js';
import type { BenchReport } from './bench-report.js';
import { type SeedPerson, seededRandom, seedPerson } from './seed-data.js';

const rounds = 8;
const perRound = 250;
const total = rounds * perRound;
/** Untimed first: both files' WAL grows to its working size before anything is measured. */
const warmUp = perRound;
const newcomers = 200;
/** 2,450 people over 25 forums of 110 seats: everyone gets a seat, as in a normal season. */
const forumCount = 25;
const seats = 110;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

const actorOf = (p: SeedPerson, n: number) => ({
  platform: 'slack' as const,
  userId: `U${String(n).padStart(8, '0')}`,
  displayName: p.name,
  email: p.email,
  locale: 'sv' as const,
});

const invoiceOf = (p: SeedPerson) => `${p.organisation.slice(0, 12)}-RUS`;

/** What the form sends: the text fields and the toggles, as the doors read them. */
const formOf = (forumId: number, p: SeedPerson) => ({
  forum: String(forumId),
  organisation: p.organisation,
  roleTitle: p.roleTitle,
  diet: p.diet,
  accessibility: p.accessibility,
  invoiceReference: invoiceOf(p),
  lunchDay1: true,
  dinnerDay1: p.overnight,
  overnight: p.overnight,
  breakfastDay2: p.overnight,
  lunchDay2: true,
});

/** Our side: the demo forum and copies of it, and the guest lists as an import leaves them. */
function seedOurs(store: Store, demo: Forum, people: SeedPerson[], now: string): number[] {
  return store.transaction(() => {
    const ids = [demo.id];
    for (let k = 1; k < forumCount; k++) {
      const { id: _, ...copy } = demo;
      ids.push(store.forums.insert({ ...copy, slug: `${demo.slug}-${k}` }, now).id);
    }
    for (const id of ids)
      store.db.prepare('UPDATE forums SET capacity = ? WHERE id = ?').run(seats, id);
    for (const [n, p] of people.entries()) {
      const person = store.people.create({ email: p.email, displayName: null, locale: 'sv' }, now);
      store.invitees.save(ids[n % forumCount] as number, person.id, { ...p }, now);
    }
    return ids;
  });
}

/** The floor's side: the same forums, people, identities and guest lists. */
function seedRaw(db: Db, demo: Forum, people: SeedPerson[], now: string) {
  const forum = db.prepare(
    `INSERT INTO forums (slug, title, venue, starts_at, ends_at, registration_closes_at,
       capacity, offers, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const person = db.prepare(
    `INSERT INTO people (email, display_name, locale, created_at) VALUES (?, ?, 'sv', ?)`,
  );
  const identity = db.prepare(
    `INSERT INTO identities (platform, user_id, person_id) VALUES ('slack', ?, ?)`,
  );
  const invitee = db.prepare(
    `INSERT INTO invitees (forum_id, person_id, name, organisation, organisation_type,
       municipality, role_title, gender, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() => {
    const forums = Array.from({ length: forumCount }, (_, k) =>
      Number(
        forum.run(
          `${demo.slug}-${k}`,
          demo.title,
          demo.venue,
          demo.startsAt,
          demo.endsAt,
          demo.registrationClosesAt,
          seats,
          JSON.stringify(demo.offers),
          now,
        ).lastInsertRowid,
      ),
    );
    const ids = people.map((p, n) => {
      const forumId = forums[n % forumCount] as number;
      const personId = Number(person.run(p.email, p.name, now).lastInsertRowid);
      identity.run(actorOf(p, n).userId, personId);
      const inviteeId = Number(
        invitee.run(
          forumId,
          personId,
          p.name,
          p.organisation,
          p.organisationType,
          p.municipality,
          p.roleTitle,
          p.gender,
          now,
          now,
        ).lastInsertRowid,
      );
      return { forumId, personId, inviteeId };
    });
    return { forums, ids };
  })();
}

/** What one commit costs on this file: a one-row write in its own IMMEDIATE transaction. */
function commitCost(db: Db): number {
  const touch = db.prepare(
    'UPDATE forums SET updated_at = ? WHERE id = (SELECT min(id) FROM forums)',
  );
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = performance.now();
    for (let i = 0; i < 50; i++) db.transaction(() => touch.run(String(i))).immediate();
    batches.push((performance.now() - start) / 50);
  }
  return median(batches);
}

export async function run(report: BenchReport): Promise<void> {
  const random = seededRandom(7);
  const people = Array.from({ length: warmUp + total }, (_, n) => seedPerson(random, n));

  // Ours: the real store on a temp file, the demo forum, the dispatcher with every command.
  const app = testApp();
  const now = app.clock.now().toISOString();
  const oursForums = seedOurs(app.store, app.demoForum(), people, now);
  // The click that opened the form found the person by e-mail and linked the Slack identity.
  app.store.transaction(() => {
    for (const [n, p] of people.entries()) resolvePerson(app.store, actorOf(p, n), now);
  });

  // The floor: a file opened the same way (same pragmas, same schema), the same people.
  const rawDir = mkdtempSync(join(tmpdir(), 'forumbot-bench-raw-'));
  const raw = openDatabase(join(rawDir, 'raw.db'));
  const rawSeed = seedRaw(raw, app.demoForum(), people, now);
  const insertRegistration = raw.prepare(
    `INSERT INTO registrations (forum_id, person_id, status, organisation, role_title, lunch_day1,
       dinner_day1, overnight, breakfast_day2, lunch_day2, diet, accessibility, invoice_reference,
       queued_at, created_at, updated_at)
     VALUES (?, ?, 'registered', ?, ?, 1, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const answerYes = raw.prepare(
    `UPDATE invitees SET answer = 'yes', answered_at = ?, updated_at = ? WHERE id = ?`,
  );
  const rawRegister = raw.transaction((n: number) => {
    const p = people[n] as SeedPerson;
    const { forumId, personId, inviteeId } = rawSeed.ids[n] as (typeof rawSeed.ids)[number];
    const stay = Number(p.overnight);
    insertRegistration.run(
      forumId,
      personId,
      p.organisation,
      p.roleTitle,
      stay,
      stay,
      stay,
      p.diet,
      p.accessibility,
      invoiceOf(p),
      now,
      now,
      now,
    );
    answerYes.run(now, now, inviteeId);
  });

  let refused = 0;
  const registerOurs = async (from: number, count: number) => {
    const start = performance.now();
    for (let n = from; n < from + count; n++) {
      const p = people[n] as SeedPerson;
      const forumId = oursForums[n % forumCount] as number;
      const reply = await app.dispatcher.run(
        actorOf(p, n),
        'forum.signup.submit',
        formOf(forumId, p),
      );
      if (reply.outcome !== undefined || reply.kind !== 'message') refused++;
    }
    return (performance.now() - start) / count;
  };
  const registerRaw = (from: number, count: number) => {
    const start = performance.now();
    for (let n = from; n < from + count; n++) rawRegister.immediate(n);
    return (performance.now() - start) / count;
  };

  await registerOurs(0, warmUp);
  registerRaw(0, warmUp);
  const oursMs: number[] = [];
  const rawMs: number[] = [];
  // Alternate which goes first, so neither always meets a warmer (or busier) machine.
  for (let r = 0; r < rounds; r++) {
    const from = warmUp + r * perRound;
    if (r % 2 === 0) {
      oursMs.push(await registerOurs(from, perRound));
      rawMs.push(registerRaw(from, perRound));
    } else {
      rawMs.push(registerRaw(from, perRound));
      oursMs.push(await registerOurs(from, perRound));
    }
  }
  const count = (db: Db) =>
    (
      db.prepare(`SELECT count(*) AS n FROM registrations WHERE status = 'registered'`).get() as {
        n: number;
      }
    ).n;
  const stored = count(app.db);
  const rawStored = count(raw);
  if (refused > 0 || stored !== people.length || rawStored !== people.length) {
    report.fail(
      `store: expected ${people.length} seats each side; ours ${stored} (${refused} refused), raw ${rawStored}`,
    );
  }
  const commitOurs = commitCost(app.db);
  const commitRaw = commitCost(raw);

  // First contact at the submission itself: a person the bot has never seen. The core writes
  // the person in one transaction (resolvePerson) and the registration in the next; the raw
  // floor writes person, identity and registration in one.
  const strangers = Array.from({ length: newcomers }, (_, n) =>
    seedPerson(random, people.length + n),
  );
  const newStart = performance.now();
  for (const [n, p] of strangers.entries()) {
    const forumId = oursForums[n % forumCount] as number;
    await app.dispatcher.run(
      actorOf(p, people.length + n),
      'forum.signup.submit',
      formOf(forumId, p),
    );
  }
  const newOurs = (performance.now() - newStart) / newcomers;
  const rawPerson = raw.prepare(
    `INSERT INTO people (email, display_name, locale, created_at) VALUES (?, ?, 'sv', ?)`,
  );
  const rawIdentity = raw.prepare(
    `INSERT INTO identities (platform, user_id, person_id) VALUES ('slack', ?, ?)`,
  );
  const rawNew = raw.transaction((p: SeedPerson, n: number) => {
    const person = Number(rawPerson.run(p.email, p.name, now).lastInsertRowid);
    rawIdentity.run(actorOf(p, people.length + n).userId, person);
    const stay = Number(p.overnight);
    insertRegistration.run(
      rawSeed.forums[n % forumCount],
      person,
      p.organisation,
      p.roleTitle,
      stay,
      stay,
      stay,
      p.diet,
      p.accessibility,
      invoiceOf(p),
      now,
      now,
      now,
    );
  });
  const newRawStart = performance.now();
  for (const [n, p] of strangers.entries()) rawNew.immediate(p, n);
  const newRaw = (performance.now() - newRawStart) / newcomers;

  const oursMedian = median(oursMs);
  const rawMedian = median(rawMs);
  const ms = (v: number) => v.toFixed(3);
  report.table(
    `Storage path vs raw SQLite: ${total} registrations each side in ${rounds} alternating rounds of ${perRound} (after ${warmUp} untimed), ${forumCount} forums of ${seats} seats, WAL + synchronous=FULL`,
    [
      {
        path: 'ours: form submit through the dispatcher',
        'ms/registration': ms(oursMedian),
        'registrations/s': (1000 / oursMedian).toFixed(0),
        'one commit (ms)': ms(commitOurs),
        'rest: CPU (ms)': ms(oursMedian - commitOurs),
        'rounds (ms)': oursMs.map((v) => v.toFixed(2)).join(' '),
      },
      {
        path: 'raw: prepared statements, 1 IMMEDIATE tx',
        'ms/registration': ms(rawMedian),
        'registrations/s': (1000 / rawMedian).toFixed(0),
        'one commit (ms)': ms(commitRaw),
        'rest: CPU (ms)': ms(rawMedian - commitRaw),
        'rounds (ms)': rawMs.map((v) => v.toFixed(2)).join(' '),
      },
    ],
  );
  report.note(
    `store: a commit (fsync of the WAL) costs ${ms(commitRaw)} ms here; the core adds ${ms(oursMedian - rawMedian)} ms of work per registration (person and roles, the seat check, the reply and its calendar entry). The ratio is (work + commit) / (insert + commit), so it falls as the disk's fsync gets slower: ≤ 1.5 needs a commit of at least ${ms(Math.max(0, 2 * (oursMedian - commitOurs) - 3 * (rawMedian - commitRaw)))} ms.`,
  );
  report.note(
    `store, first contact at the submission (${newcomers} new people): ours ${newOurs.toFixed(2)} ms (2 commits: the person, then the registration), raw ${newRaw.toFixed(2)} ms (1 commit): ${(newOurs / newRaw).toFixed(2)}×. In the doors the form is opened first, so the submission finds the person.`,
  );
  report.ratio('store', oursMedian / rawMedian, 1.5);

  raw.close();
  rmSync(rawDir, { recursive: true, force: true });
  app.close();
}
