import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { translator } from '../../../src/core/i18n/translate.js';
import type { Db } from '../../../src/store/open-database.js';
import { afterForum, day1, details } from '../attendance/season-fixture.js';
import { button, facilitator, personal } from '../rounds/rounds-fixture.js';
import {
  coordinatorActor,
  fileOf,
  ingrid,
  ingridSays,
  olle,
  olleSays,
  privacySeason,
  textsOf,
} from './privacy-fixture.js';

type Season = Awaited<ReturnType<typeof privacySeason>>;
const sv = translator('sv');

/**
 * Every table and column in the database (read from sqlite_master, so a table added later is
 * scanned too) holding one of the needles, as "table.column: needle".
 */
function findAnywhere(db: Db, needles: readonly string[]): string[] {
  const hits: string[] = [];
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  for (const { name } of tables) {
    const columns = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as {
      name: string;
    }[];
    for (const column of columns) {
      for (const needle of needles) {
        const { n } = db
          .prepare(
            `SELECT count(*) AS n FROM "${name}" WHERE instr(lower(CAST("${column.name}" AS TEXT)), lower(?)) > 0`,
          )
          .get(needle) as { n: number };
        if (n > 0) hits.push(`${name}.${column.name}: ${needle}`);
      }
    }
  }
  return hits;
}

const ingridTraces = [
  'Raderasson',
  ingrid.email as string,
  ingrid.userId,
  ingridSays.diet,
  ingridSays.accessibility,
  ingridSays.comment,
];

async function press(season: Season, actor: Actor, reply: Reply, command: string) {
  const b = button(reply, command);
  return season.app.dispatcher.run(actor, b.command, b.args ?? {}, personal(actor));
}

describe('erasure (radera mig)', () => {
  let season: Season;
  beforeEach(async () => {
    season = await privacySeason();
  });
  afterEach(() => season.app.close());

  /** The forum held, both checked in, both rated it; Ingrid also commented. */
  function holdForum() {
    const { app, forum, ids } = season;
    for (const id of [ids.ingrid, ids.olle]) {
      const seat = app.store.registrations.find(forum.id, id)!;
      app.store.attendance.checkIn(seat.id, 1, day1, null);
    }
    app.clock.set(afterForum);
    app.store.evaluations.rate(forum.id, ids.ingrid, 5, afterForum);
    app.store.evaluations.comment(forum.id, ids.ingrid, ingridSays.comment, afterForum);
    app.store.evaluations.rate(forum.id, ids.olle, 3, afterForum);
  }

  it('asks first, with buttons, and erases nothing on Avbryt', async () => {
    const { app } = season;
    const asked = await app.dispatcher.runText(ingrid, 'radera mig', personal(ingrid));
    expect(asked.personal).toBe(true);
    expect(textsOf(asked).join('\n')).toContain('Det går inte att ångra');
    expect(button(asked, 'privacy.erase.confirm').style).toBe('danger');
    const kept = await press(season, ingrid, asked, 'privacy.erase.keep');
    expect(textsOf(kept)).toEqual([sv('privacy.erase.kept')]);
    expect(findAnywhere(app.db, ['Raderasson'])).not.toEqual([]);
  });

  it('removes the person from every table and keeps the counts the figures show', async () => {
    const { app, forum, ids } = season;
    holdForum();
    const figures = async () =>
      Promise.all(
        ['deltagande', 'siffror', 'utvärdering'].map(async (word) =>
          textsOf(await app.dispatcher.runText(coordinatorActor, word, personal(coordinatorActor))),
        ),
      );
    const before = await figures();
    // The tally counts by municipality without suppression: Kumla is Ingrid alone.
    expect(before[1]?.join('\n')).toContain('Kumla: 1 inbjudna · 1 ja');
    // The scan works: before erasure it finds every trace.
    for (const trace of ingridTraces) expect(findAnywhere(app.db, [trace])).not.toEqual([]);

    const asked = await app.dispatcher.runText(ingrid, 'radera mig', personal(ingrid));
    const done = await press(season, ingrid, asked, 'privacy.erase.confirm');
    expect(textsOf(done)).toEqual([sv('privacy.erase.done')]);

    expect(findAnywhere(app.db, ingridTraces)).toEqual([]);
    // Olle is untouched.
    for (const trace of ['Kvarsson', olle.email as string, olleSays.diet, olleSays.named]) {
      expect(findAnywhere(app.db, [trace])).not.toEqual([]);
    }
    // Same figures: participation by gender, type and municipality, the tally, the ratings.
    expect(await figures()).toEqual(before);
    const rows = app.db
      .prepare(
        `SELECT r.status, r.overnight, r.lunch_day1 AS lunch, count(a.day) AS checkIns
         FROM registrations r LEFT JOIN attendance a ON a.registration_id = r.id
         WHERE r.person_id = ? GROUP BY r.id`,
      )
      .all(ids.ingrid);
    expect(rows).toEqual([{ status: 'registered', overnight: 0, lunch: 1, checkIns: 1 }]);
    expect(app.store.evaluations.find(forum.id, ids.ingrid)).toMatchObject({
      rating: 5,
      comment: '',
    });
    // The input stays the round's, with no one behind it, shown as an erased person.
    const input = app.db
      .prepare('SELECT person_id AS personId FROM round_inputs WHERE text = ?')
      .get(ingridSays.named);
    expect(input).toEqual({ personId: null });
    const list = await app.dispatcher.run(
      facilitator,
      'rounds.inputs',
      { round: String(season.named.id) },
      personal(facilitator),
    );
    expect(textsOf(list).join('\n')).toContain(sv('privacy.erasedPerson'));
    // Lists and exports take the anonymous row in their stride.
    for (const word of ['gäster', 'närvaro', 'exportera', 'catering']) {
      const reply = await app.dispatcher.runText(
        coordinatorActor,
        `${word} ${forum.slug}`,
        personal(coordinatorActor),
      );
      expect(reply.outcome, word).toBeUndefined();
      if (word === 'gäster') {
        expect(textsOf(reply).join('\n')).toContain(`${sv('privacy.erasedPerson')}, – – ja`);
      }
    }
    // Her annual-cycle item passes to the coordinators; the remiss organisation stays.
    const item = app.db
      .prepare("SELECT definition FROM cycle_items WHERE id = 'kumla-rapport'")
      .get() as { definition: string };
    expect(JSON.parse(item.definition).owner).toEqual({ role: 'coordinator' });
    expect(
      app.db
        .prepare(
          'SELECT contact_person_id AS id, name, more_time_reason AS reason FROM round_organisations',
        )
        .all(),
    ).toEqual([{ id: null, name: 'Kumla kommun', reason: '' }]);
    // The message to Ingrid is withdrawn; the coordinator's notice no longer names her.
    expect(app.store.outbox.find('test-reminder:ingrid')?.status).toBe('withdrawn');
    expect(app.store.outbox.find('test-notice:1')?.message).toContain(
      `${sv('privacy.erasedPerson')} (${sv('privacy.erasedPerson')}) ändrade kost`,
    );
  });

  it('gives her next message a new, empty person, and a second press erases nothing', async () => {
    const { app, ids } = season;
    const asked = await app.dispatcher.runText(ingrid, 'erase me', personal(ingrid));
    await press(season, ingrid, asked, 'privacy.erase.confirm');

    const again = await press(season, ingrid, asked, 'privacy.erase.confirm');
    expect(textsOf(again)).toEqual([sv('privacy.erase.already')]);
    const fresh = app.store.people.findByIdentity('slack', ingrid.userId)!;
    expect(fresh.id).not.toBe(ids.ingrid);
    expect(fresh.email).toBe(ingrid.email);

    const copy = await app.dispatcher.runText(ingrid, 'mina uppgifter', personal(ingrid));
    const data = JSON.parse(new TextDecoder().decode(fileOf(copy, '.json').content));
    expect(data.kinds.registrations).toEqual([]);
    expect(data.kinds.invitations).toEqual([]);
    expect(data.kinds.inputs).toEqual([]);
    expect(data.kinds.votes).toEqual([]);
  });

  it('cancels a coming forum’s seat and offers it to the next in line', async () => {
    const { app, forum, ids } = season;
    app.db.prepare('UPDATE forums SET capacity = 2 WHERE id = ?').run(forum.id);
    const waiting = app.store.people.create(
      { email: 'vera.vantar@example.se', displayName: 'Vera Väntar', locale: 'sv' },
      app.clock.now().toISOString(),
    );
    const line = app.store.registrations.save(
      forum.id,
      waiting.id,
      details(),
      app.clock.now().toISOString(),
      'waitlisted',
    );
    const asked = await app.dispatcher.runText(ingrid, 'radera mig', personal(ingrid));
    await press(season, ingrid, asked, 'privacy.erase.confirm');
    expect(app.store.registrations.find(forum.id, ids.ingrid)?.status).toBe('cancelled');
    expect(app.store.registrations.get(line.id)?.status).toBe('offered');
    // Not invited any more: her row left the coming forum's guest list.
    expect(app.store.invitees.find(forum.id, ids.ingrid)).toBeUndefined();
  });
});

describe('an admin erases someone who asked by e-mail (radera person)', () => {
  let season: Season;
  const admin: Actor = {
    platform: 'slack',
    userId: 'U-ADMIN',
    email: 'admin@regionorebrolan.se',
    displayName: 'Ada Admin',
    locale: 'sv',
  };
  beforeEach(async () => {
    season = await privacySeason();
    const p = season.app.store.people.create(
      { email: admin.email as string, displayName: 'Ada Admin', locale: 'sv' },
      season.app.clock.now().toISOString(),
    );
    season.app.store.people.addIdentity('slack', admin.userId, p.id);
    season.app.store.roles.grant(p.id, 'admin', null, season.app.clock.now().toISOString());
  });
  afterEach(() => season.app.close());

  it('shows who and what first, erases after the button, and records it in the audit log', async () => {
    const { app, ids } = season;
    const asked = await app.dispatcher.runText(
      admin,
      'radera person Ingrid.Raderasson@example.se',
      personal(admin),
    );
    const text = textsOf(asked).join('\n');
    expect(text).toContain('Radera Ingrid Raderasson (ingrid.raderasson@example.se)?');
    expect(text).toContain('Anmälningar 1');
    const done = await press(season, admin, asked, 'privacy.eraseOther.confirm');
    expect(textsOf(done).join('\n')).toContain('ingrid.raderasson@example.se är raderad');
    expect(findAnywhere(app.db, ingridTraces)).toEqual([]);
    const audit = app.db
      .prepare("SELECT command, subject FROM audit_log WHERE command LIKE 'privacy.%'")
      .all();
    expect(audit).toContainEqual({
      command: 'privacy.eraseOther.confirm',
      subject: `person=${ids.ingrid}`,
    });
  });

  it('is refused to anyone else, and says when no one has the address', async () => {
    const { app } = season;
    const refused = await app.dispatcher.runText(
      olle,
      'radera person ingrid.raderasson@example.se',
      personal(olle),
    );
    expect(refused.outcome).toBe('refused');
    const forged = await app.dispatcher.run(
      olle,
      'privacy.eraseOther.confirm',
      { person: String(season.ids.ingrid) },
      personal(olle),
    );
    expect(forged.outcome).toBe('refused');
    expect(findAnywhere(app.db, ['Raderasson'])).not.toEqual([]);

    const nobody = await app.dispatcher.runText(
      admin,
      'radera person ingen@example.se',
      personal(admin),
    );
    expect(textsOf(nobody)).toEqual([
      sv('privacy.eraseOther.notFound', { email: 'ingen@example.se' }),
    ]);
  });
});
