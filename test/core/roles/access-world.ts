import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Address, Reply } from '../../../src/core/chat.js';
import type { Command } from '../../../src/core/command.js';
import { allCommands } from '../../../src/core/commands.js';
import { startCycle } from '../../../src/core/cycle/start-cycle.js';
import { createDispatcher } from '../../../src/core/dispatcher.js';
import type { Registration } from '../../../src/core/forum/forum.js';
import { silentLogger } from '../../../src/core/logger.js';
import type { Round, RoundInput } from '../../../src/core/rounds/round.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { fixedClock } from '../../../src/core/time/clock.js';
import { testApp, testNow, timeZone } from '../../helpers/test-store.js';

/** The four kinds of people the access table speaks of. */
export const roleNames = ['admin', 'coordinator', 'facilitator', 'participant'] as const;
export type RoleName = (typeof roleNames)[number];

const actor = (userId: string, email: string, displayName: string): Actor => ({
  platform: 'slack',
  userId,
  email,
  displayName,
  locale: 'sv',
});

export const actors: Record<RoleName | 'olle' | 'fia', Actor> = {
  admin: actor('U-ADMIN', 'admin@regionorebrolan.se', 'Adam Admin'),
  coordinator: actor('U-COORD', 'sara@regionorebrolan.se', 'Sara Samordnare'),
  facilitator: actor('U-FAC', 'frida@regionorebrolan.se', 'Frida Processledare'),
  participant: actor('U-PART', 'pelle@kumla.se', 'Pelle Deltagare'),
  // Someone else: registered, invited, author of an input and contact of a remiss organisation.
  olle: actor('U-OLLE', 'olle@lekeberg.se', 'Olle Annan'),
  // Another facilitator, who opened the rounds.
  fia: actor('U-FIA', 'fia@regionorebrolan.se', 'Fia Öppnare'),
};

/** The channel the rounds were opened in, and each person's own chat. */
export const channel: Address = { platform: 'slack', conversationId: 'C-RUS', kind: 'channel' };
export const personalChat = (a: Actor): Address => ({
  platform: 'slack',
  conversationId: `D-${a.userId}`,
  kind: 'personal',
});

/** Olle's diet: it must never reach anyone else, nor the audit log. */
export const ollesDiet = 'Nötallergi (svår)';

export const formValues = (reply: Reply): Record<string, unknown> => {
  if (reply.kind !== 'form') throw new Error(`expected a form, got ${JSON.stringify(reply)}`);
  return { ...reply.form.values, ...reply.form.args };
};

export interface World {
  forumId: number;
  /** Each person's id, by the name they have here. */
  ids: Record<keyof typeof actors, number>;
  olleId: number;
  fiaId: number;
  olleRegistration: Registration;
  olleInviteeId: number;
  workshop: Round;
  remiss: Round;
  olleInput: RoundInput;
  olleOrganisationId: number;
  /** An annual-cycle item whose nudges go to Olle alone, and one for the coordinators. */
  ollesItem: string;
  coordinatorsItem: string;
}

/**
 * One database built once (demo forum, people with each role, Olle's registration, invitation
 * and input, a workshop and a remiss opened by Fia, an annual cycle), then copied for each
 * case (see `fresh`), so every command × role starts from the same state and no run sees
 * another's.
 */
export async function buildWorld() {
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-access-'));
  const cycleFile = join(dir, 'arshjul.json');
  writeFileSync(
    cycleFile,
    JSON.stringify({
      version: 1,
      items: [
        {
          id: 'olles-rapport',
          title: 'Olles rapport',
          owner: { email: actors.olle.email },
          rule: { once: '2026-11-25' },
          leadDays: [7, 0],
        },
        {
          id: 'samordnarnas-punkt',
          title: 'Samordnarnas punkt',
          owner: { role: 'coordinator' },
          rule: { once: '2026-12-02' },
          leadDays: [7, 0],
        },
      ],
    }),
  );
  const app = testApp();
  const { store } = app;
  const now = app.clock.now().toISOString();
  startCycle(store, { file: cycleFile, catchUpHours: 72 }, app.clock.now());
  const ids = {} as Record<keyof typeof actors, number>;
  for (const [name, a] of Object.entries(actors) as [keyof typeof actors, Actor][]) {
    const person = store.people.create(
      { email: a.email ?? null, displayName: a.displayName ?? null, locale: 'sv' },
      now,
    );
    store.people.addIdentity('slack', a.userId, person.id);
    ids[name] = person.id;
  }
  store.roles.grant(ids.admin, 'admin', null, now);
  store.roles.grant(ids.coordinator, 'coordinator', null, now);
  store.roles.grant(ids.facilitator, 'facilitator', null, now);
  store.roles.grant(ids.fia, 'facilitator', null, now);

  const forum = app.demoForum();
  const olleRegistration = store.registrations.save(
    forum.id,
    ids.olle,
    {
      organisation: 'Lekebergs kommun',
      roleTitle: 'Kommunchef',
      lunchDay1: true,
      dinnerDay1: true,
      overnight: true,
      breakfastDay2: true,
      lunchDay2: true,
      diet: ollesDiet,
      accessibility: '',
      invoiceReference: 'LK-7',
    },
    now,
    'registered',
  );
  const { invitee } = store.invitees.save(
    forum.id,
    ids.olle,
    {
      name: 'Olle Annan',
      organisation: 'Lekebergs kommun',
      organisationType: 'Kommun',
      municipality: 'Lekeberg',
      roleTitle: 'Kommunchef',
      gender: null,
    },
    now,
  );

  const run = app.dispatcher.run;
  const open = async (kind: 'workshop' | 'remiss', values: Record<string, unknown>) => {
    const form = await run(actors.fia, 'rounds.new', { kind }, channel);
    const saved = await run(
      actors.fia,
      'rounds.new.submit',
      { ...formValues(form), ...values },
      channel,
    );
    if (saved.outcome) throw new Error(`round not opened: ${JSON.stringify(saved)}`);
    return store.rounds.listUnclosed().at(-1) as Round;
  };
  const workshop = await open('workshop', {
    title: 'Framtidens kompetens',
    prompts: 'Vad behövs?',
  });
  const give = await run(actors.olle, 'rounds.input', { round: String(workshop.id) }, channel);
  const given = await run(actors.olle, 'rounds.input.submit', {
    ...formValues(give),
    text: 'Fler praktikplatser i Lekeberg.',
  });
  if (given.outcome) throw new Error(`input not given: ${JSON.stringify(given)}`);
  const olleInput = store.roundInputs.listForRound(workshop.id)[0] as RoundInput;
  // A second one, so that two inputs can be merged into a theme.
  const again = await run(actors.olle, 'rounds.input', { round: String(workshop.id) }, channel);
  await run(actors.olle, 'rounds.input.submit', { ...formValues(again), text: 'Fler bussar.' });
  const remiss = await open('remiss', {
    title: 'Remiss av RUS',
    prompts: 'Vad tycker ni?',
    organisations: `Lekebergs kommun; Kommun; Lekeberg; ${actors.olle.email}; Olle Annan`,
  });
  const olleOrganisationId = store.roundOrganisations.listForContact(remiss.id, ids.olle)[0]
    ?.id as number;
  if (!olleOrganisationId) throw new Error('Olle is not the remiss contact');

  const world: World = {
    forumId: forum.id,
    ids,
    olleId: ids.olle,
    fiaId: ids.fia,
    olleRegistration,
    olleInviteeId: invitee.id,
    workshop,
    remiss,
    olleInput,
    olleOrganisationId,
    ollesItem: 'olles-rapport',
    coordinatorsItem: 'samordnarnas-punkt',
  };
  // Every case runs as if on a copy of this world: inside a transaction that is rolled back
  // afterwards. The commands' own transactions nest in it as savepoints (better-sqlite3), so
  // they commit and roll back as usual, and the next case finds the world as it was built.
  const ran = new Set<string>();
  const commands: Command[] = allCommands.map((c) => ({
    ...c,
    run: (ctx, args) => {
      ran.add(c.id);
      return c.run(ctx, args);
    },
  }));
  const clock = fixedClock(testNow);
  const dispatcher = createDispatcher({
    store,
    clock,
    timeZone,
    logger: silentLogger,
    commands,
    // A backup made by the walk goes into the throwaway folder, not data/backups.
    settings: { ...defaultSettings, backupDir: join(dir, 'backups') },
  });

  /**
   * The world with the real dispatcher and every command, each wrapped to note that it ran:
   * a refusal by the access table is one where the command never ran.
   */
  function fresh(now = testNow) {
    clock.set(now);
    ran.clear();
    app.db.exec('BEGIN IMMEDIATE');
    return {
      store,
      dispatcher,
      ran,
      close() {
        app.db.exec('ROLLBACK');
      },
    };
  }

  return {
    world,
    fresh,
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Fresh = ReturnType<Awaited<ReturnType<typeof buildWorld>>['fresh']>;
