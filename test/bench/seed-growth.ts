/**
 * Seeds a database the size the growth benchmark asks for, fast: raw prepared inserts in big
 * transactions (the schema itself comes from the project's migrations, so it is current).
 *
 * - 50 forums, one a year back to the past and the next one coming, with 2,000 registrations
 *   each (100,000), a guest list of 2,200 each, check-ins at the forums that were held;
 * - 500 consultation rounds with 1,000,000 inputs: one workshop with 10,000 inputs (named,
 *   prioritised, with themes), the others about 1,984 each; 0–3 of the strategy's tags per
 *   input, dot-votes where a round was prioritised.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../../src/store/open-database.js';
import { type SeedPerson, seededRandom, seedInputText, seedPerson, tagIds } from './seed-data.js';

export const growth = {
  forums: 50,
  registrationsPerForum: 2_000,
  /** Guests who never answered, on top of those who registered. */
  unansweredPerForum: 200,
  rounds: 500,
  inputs: 1_000_000,
  bigRoundInputs: 10_000,
  /** People the forums and rounds draw on: the same leaders come back year after year. */
  people: 25_000,
} as const;

export interface GrowthSeed {
  /** The forum coming next (registration open): what `siffror` and `catering` show. */
  nextForumId: number;
  bigRoundId: number;
  /** A closed round of ordinary size, for the summary of a typical round. */
  typicalRoundId: number;
  rows: Record<string, number>;
}

const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** Fills a migrated, empty database. `now` is the clock the benchmark then runs at. */
export function seedGrowth(db: Db, now: Date): GrowthSeed {
  const random = seededRandom(2027);
  const nowMs = now.getTime();
  const stamp = iso(nowMs - 30 * day);
  const people: SeedPerson[] = Array.from({ length: growth.people }, (_, n) =>
    seedPerson(random, n),
  );
  const rows: Record<string, number> = {};
  const count = (table: string, n = 1) => {
    rows[table] = (rows[table] ?? 0) + n;
  };
  // Bulk loading only: nothing here must survive a power cut, and the benchmark's own queries
  // run with the production pragmas again (restored below).
  db.pragma('synchronous = OFF');
  // Indexes of a million rows do not fit the default 2 MB page cache; loading would thrash.
  const cacheSize = db.pragma('cache_size', { simple: true });
  db.pragma('cache_size = -262144');

  const insertPerson = db.prepare(
    `INSERT INTO people (id, email, display_name, locale, created_at) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertIdentity = db.prepare(
    `INSERT INTO identities (platform, user_id, person_id) VALUES ('slack', ?, ?)`,
  );
  db.transaction(() => {
    for (const [n, p] of people.entries()) {
      insertPerson.run(n + 1, p.email, p.name, random.chance(0.9) ? 'sv' : 'en', stamp);
      insertIdentity.run(`U${String(n + 1).padStart(9, '0')}`, n + 1);
    }
  })();
  count('people', people.length);

  const insertForum = db.prepare(
    `INSERT INTO forums (slug, title, venue, starts_at, ends_at, registration_closes_at, capacity,
       fee_sek, offers, agenda, registration_opens_at, checkin_code, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertInvitee = db.prepare(
    `INSERT INTO invitees (forum_id, person_id, name, organisation, organisation_type,
       municipality, role_title, gender, answer, answered_at, imported_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRegistration = db.prepare(
    `INSERT INTO registrations (forum_id, person_id, status, organisation, role_title,
       lunch_day1, dinner_day1, overnight, breakfast_day2, lunch_day2, diet, accessibility,
       invoice_reference, queued_at, cancel_reason, attendance, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCheckIn = db.prepare(
    `INSERT INTO attendance (registration_id, day, checked_in_at) VALUES (?, ?, ?)`,
  );
  const offers = JSON.stringify([
    'lunchDay1',
    'dinnerDay1',
    'overnight',
    'breakfastDay2',
    'lunchDay2',
  ]);
  const agenda = JSON.stringify([{ at: '2027-03-09T12:00', sv: 'Lunch', en: 'Lunch' }]);
  let nextForumId = 0;
  db.transaction(() => {
    for (let f = 0; f < growth.forums; f++) {
      // The last forum is the next one (in about three months); the others a year apart back.
      const startsMs = nowMs + 100 * day - (growth.forums - 1 - f) * 364 * day;
      const held = startsMs < nowMs;
      const year = new Date(startsMs).getUTCFullYear();
      const forumId = Number(
        insertForum.run(
          `framtidsforum-${year}-${f}`,
          `Framtidsforum ${year}`,
          'Konferensgård i Örebro län',
          iso(startsMs),
          iso(startsMs + 25 * 3_600_000),
          iso(startsMs - 14 * day),
          growth.registrationsPerForum,
          1_500,
          offers,
          agenda,
          iso(startsMs - 90 * day),
          'K7Q2',
          iso(startsMs - 120 * day),
        ).lastInsertRowid,
      );
      if (!held) nextForumId = forumId;
      const guests = growth.registrationsPerForum + growth.unansweredPerForum;
      for (let i = 0; i < guests; i++) {
        // Distinct people within a forum; the pool shifts a little each year.
        const personId = ((f * 500 + i) % growth.people) + 1;
        const p = people[personId - 1] as SeedPerson;
        const registers = i < growth.registrationsPerForum;
        const status = !registers
          ? null
          : random.chance(0.86)
            ? 'registered'
            : random.chance(0.4)
              ? 'waitlisted'
              : 'cancelled';
        const answer = status === null ? null : status === 'cancelled' ? 'no' : 'yes';
        insertInvitee.run(
          forumId,
          personId,
          p.name,
          p.organisation,
          p.organisationType,
          p.municipality,
          p.roleTitle,
          p.gender,
          answer,
          answer ? stamp : null,
          stamp,
          stamp,
        );
        count('invitees');
        if (status === null) continue;
        const stay = Number(p.overnight);
        const came =
          held && status === 'registered' ? (random.chance(0.93) ? 'attended' : 'no_show') : null;
        const registrationId = Number(
          insertRegistration.run(
            forumId,
            personId,
            status,
            p.organisation,
            p.roleTitle,
            1,
            stay,
            stay,
            stay,
            Number(random.chance(0.9)),
            p.diet,
            p.accessibility,
            `${p.organisation.slice(0, 10)}-${year}`,
            iso(startsMs - 60 * day + i * 60_000),
            status === 'cancelled' ? 'self' : null,
            came,
            stamp,
            stamp,
          ).lastInsertRowid,
        );
        count('registrations');
        if (came === 'attended') {
          insertCheckIn.run(registrationId, 1, iso(startsMs + 600_000));
          count('attendance');
          if (random.chance(0.9)) {
            insertCheckIn.run(registrationId, 2, iso(startsMs + day));
            count('attendance');
          }
        }
      }
    }
  })();

  const insertRound = db.prepare(
    `INSERT INTO rounds (kind, title, audience, area, anonymity, tags, platform, conversation_id,
       locale, opens_at, closes_at, closed_at, votes_per_person, voting_started_at,
       voting_ended_at, last_number, created_at, updated_at)
     VALUES (?, ?, ?, '', ?, ?, 'slack', ?, 'sv', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPrompt = db.prepare(
    `INSERT INTO round_prompts (round_id, position, text) VALUES (?, ?, ?)`,
  );
  const insertTheme = db.prepare(
    `INSERT INTO round_themes (round_id, title, created_at) VALUES (?, ?, ?)`,
  );
  const insertInput = db.prepare(
    `INSERT INTO round_inputs (round_id, number, prompt_id, person_id, author_key, text,
       organisation, organisation_type, municipality, source, theme_id, status, hidden_reason,
       hidden_by, hidden_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertTag = db.prepare(`INSERT INTO round_input_tags (input_id, tag) VALUES (?, ?)`);
  const insertVote = db.prepare(
    `INSERT INTO round_votes (round_id, voter_key, input_id, theme_id, created_at)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const secret = 'bench-secret';
  const keyOf = (roundId: number, personId: number) =>
    createHmac('sha256', secret).update(`author:${roundId}:${personId}`).digest('base64url');
  const kinds = ['workshop', 'workshop', 'dialogue', 'remiss'] as const;
  const anonymities = ['named', 'facilitators', 'anonymous'] as const;
  let bigRoundId = 0;
  let typicalRoundId = 0;
  const ordinary = Math.floor((growth.inputs - growth.bigRoundInputs) / (growth.rounds - 1));
  let left = growth.inputs;
  // One transaction per 50 rounds: big enough to be fast, small enough for the WAL to checkpoint.
  for (let batch = 0; batch < growth.rounds; batch += 50) {
    db.transaction(() => {
      for (let r = batch; r < Math.min(growth.rounds, batch + 50); r++) {
        const big = r === growth.rounds - 1;
        const size = big
          ? growth.bigRoundInputs
          : r === growth.rounds - 2
            ? left - growth.bigRoundInputs
            : ordinary;
        left -= size;
        const kind = big ? 'workshop' : (kinds[r % kinds.length] as (typeof kinds)[number]);
        const anonymity = big
          ? 'named'
          : (anonymities[r % anonymities.length] as (typeof anonymities)[number]);
        const opensMs = nowMs - (growth.rounds - r) * 3 * day;
        const closesMs = opensMs + (big ? 8 * 3_600_000 : 14 * day);
        const voted = big || r % 3 === 0;
        const roundTags = tagIds.filter(() => random.chance(0.7));
        const roundId = Number(
          insertRound.run(
            kind,
            big ? 'Framtidsforum: vad ska länet satsa på?' : `Dialog ${r + 1}`,
            'Partnerskapet',
            anonymity,
            JSON.stringify(roundTags),
            `C${String(r).padStart(8, '0')}`,
            iso(opensMs),
            iso(closesMs),
            iso(closesMs),
            voted ? 5 : null,
            voted ? iso(closesMs - 3_600_000) : null,
            voted ? iso(closesMs) : null,
            size,
            iso(opensMs),
            iso(closesMs),
          ).lastInsertRowid,
        );
        count('rounds');
        if (big) bigRoundId = roundId;
        if (r === 10) typicalRoundId = roundId;
        const prompts = Array.from({ length: 3 }, (_, k) =>
          Number(
            insertPrompt.run(roundId, k + 1, `Fråga ${k + 1}: vad behöver länet?`).lastInsertRowid,
          ),
        );
        const themes = Array.from({ length: big ? 40 : 5 }, (_, k) =>
          Number(insertTheme.run(roundId, `Tema ${k + 1}`, iso(closesMs)).lastInsertRowid),
        );
        count('round_themes', themes.length);
        // About five inputs per participant.
        const participants = Math.max(1, Math.floor(size / 5));
        const firstPerson = (r * 37) % growth.people;
        const inputIds: number[] = [];
        const personOf = (k: number) => ((firstPerson + k) % growth.people) + 1;
        // One key per participant, as the bot makes them (an HMAC of round and person).
        const voters = Array.from({ length: participants }, (_, k) => keyOf(roundId, personOf(k)));
        for (let n = 1; n <= size; n++) {
          const personId = personOf(n % participants);
          const p = people[personId - 1] as SeedPerson;
          const key = voters[n % participants] as string;
          const hidden = random.chance(0.01);
          const status = hidden ? 'hidden' : random.chance(0.02) ? 'withdrawn' : 'active';
          const at = iso(opensMs + Math.floor((n / size) * (closesMs - opensMs - 3_600_000)));
          const inputId = Number(
            insertInput.run(
              roundId,
              n,
              random.pick(prompts),
              anonymity === 'anonymous' ? null : personId,
              key,
              seedInputText(random),
              p.organisation,
              p.organisationType,
              p.municipality,
              random.chance(0.8) ? 'form' : 'reply',
              random.chance(0.1) ? random.pick(themes) : null,
              status,
              hidden ? 'Personuppgifter' : null,
              hidden ? 1 : null,
              hidden ? at : null,
              at,
              at,
            ).lastInsertRowid,
          );
          inputIds.push(inputId);
          const tags = roundTags.length === 0 ? 0 : Math.floor(random.next() * 4);
          const chosen = new Set<string>();
          for (let k = 0; k < tags; k++) chosen.add(random.pick(roundTags));
          for (const tag of chosen) insertTag.run(inputId, tag);
          count('round_input_tags', chosen.size);
        }
        count('round_inputs', size);
        if (voted) {
          // Each participant puts their five dots, a few on themes, most on inputs.
          for (const voter of voters) {
            for (let v = 0; v < 5; v++) {
              const onTheme = random.chance(0.2);
              insertVote.run(
                roundId,
                voter,
                onTheme ? null : random.pick(inputIds),
                onTheme ? random.pick(themes) : null,
                iso(closesMs - 1_800_000),
              );
            }
          }
          count('round_votes', voters.length * 5);
        }
      }
    })();
  }
  db.pragma('synchronous = FULL');
  db.pragma(`cache_size = ${cacheSize}`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { nextForumId, bigRoundId, typicalRoundId, rows };
}
