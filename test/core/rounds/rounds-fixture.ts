import type { Actor, Address, Button, FormValue, Reply } from '../../../src/core/chat.js';
import { allJobs } from '../../../src/core/jobs.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { createDirectory } from '../../../src/core/outbox/directory.js';
import type { Round } from '../../../src/core/rounds/round.js';
import { createScheduler } from '../../../src/core/schedule/create-scheduler.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createStore, type Store } from '../../../src/store/store.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp, timeZone } from '../../helpers/test-store.js';

export const facilitator: Actor = {
  platform: 'slack',
  userId: 'U-FAC',
  email: 'processledare@regionorebrolan.se',
  displayName: 'Frida Processledare',
  locale: 'sv',
};

export const participant = (n: number, locale: 'sv' | 'en' = 'sv'): Actor => ({
  platform: 'slack',
  userId: `U-P${n}`,
  email: `deltagare${n}@example.se`,
  displayName: `Deltagare ${n}`,
  locale,
});

/** The channel rounds are opened in, and a person's own chat with the bot. */
export const channel: Address = { platform: 'slack', conversationId: 'C-RUS', kind: 'channel' };
export const personal = (actor: Actor): Address => ({
  platform: actor.platform,
  conversationId: `D-${actor.userId}`,
  kind: 'personal',
});

export const texts = (r: Reply): string[] =>
  r.kind === 'message'
    ? r.view.blocks.flatMap((b) =>
        b.kind === 'text' || b.kind === 'heading'
          ? [b.text]
          : b.kind === 'fields'
            ? b.fields.map((f) => `${f.label}: ${f.value}`)
            : [],
      )
    : [];
export const text = (r: Reply) => texts(r).join('\n');
export const buttonsOf = (r: Reply): Button[] =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : [])) : [];
export const button = (r: Reply, command: string, nth = 0): Button => {
  const found = buttonsOf(r).filter((b) => b.command === command)[nth];
  if (!found) throw new Error(`no ${command} button in ${JSON.stringify(texts(r))}`);
  return found;
};
export const formOf = (r: Reply) => {
  if (r.kind !== 'form') throw new Error(`not a form: ${JSON.stringify(texts(r))}`);
  return r.form;
};

/**
 * A database of its own with every command and job, a facilitator (by role, not admin), a
 * Slack outlet kept in memory with the real courier, and the scheduler's tick.
 */
export function roundsApp(options: { platform?: 'slack' | 'teams'; seed?: boolean } = {}) {
  const slack = memoryOutlet({ platform: options.platform ?? 'slack' });
  const app = testApp({
    seed: options.seed ?? false,
    directory: createDirectory([slack.outlet]),
  });
  const at = app.clock.now().toISOString();
  const person = app.store.people.create(
    { email: facilitator.email as string, displayName: null, locale: 'sv' },
    at,
  );
  app.store.roles.grant(person.id, 'facilitator', null, at);
  const courier = createCourier({
    store: app.store,
    outlets: [slack.outlet],
    clock: app.clock,
    logger: silentLogger,
    sleep: async () => {},
  });
  const scheduler = createScheduler({
    store: app.store,
    clock: app.clock,
    timeZone,
    settings: defaultSettings,
    logger: silentLogger,
    jobs: allJobs,
  });
  const run = (
    actor: Actor,
    id: string,
    args: Record<string, unknown> = {},
    address: Address | undefined = personal(actor),
  ) => app.dispatcher.run(actor, id, args, address);

  /** Submits a form as a door does: the values, with the form's own arguments on top. */
  const submit = (
    actor: Actor,
    reply: Reply,
    values: Record<string, FormValue> = {},
    address?: Address,
  ) => {
    const form = formOf(reply);
    return app.dispatcher.run(
      actor,
      form.submitCommand,
      { ...form.values, ...values, ...form.args },
      address,
    );
  };

  /**
   * Opens a round in the channel (or `where`) through the form and returns it, its message
   * not yet sent.
   */
  async function openRound(
    values: Record<string, FormValue> = {},
    kind: 'workshop' | 'dialogue' | 'remiss' = 'workshop',
    where: Address = channel,
  ): Promise<Round> {
    const form = await run(facilitator, 'rounds.new', { kind }, where);
    const reply = await submit(
      facilitator,
      form,
      { title: 'Framtidens kompetens', prompts: 'Vad behöver länet mest?', ...values },
      where,
    );
    if (reply.kind !== 'message' || reply.outcome) {
      throw new Error(
        `not opened: ${JSON.stringify(reply.kind === 'form' ? reply.form.errors : texts(reply))}`,
      );
    }
    const rounds = app.store.rounds.listUnclosed();
    return rounds[rounds.length - 1] as Round;
  }

  /** The id the platform gave the round's message, once the courier has sent it. */
  const messageIdOf = (round: Round) =>
    app.store.outbox.find(`round:${round.id}`)?.sent_message_id as string;

  /**
   * Gives an input through the round's form: "Lämna synpunkt" pressed in the round's
   * channel, then the form submitted as a Slack modal is (from no conversation).
   */
  async function give(
    actor: Actor,
    round: Round,
    said: string,
    values: Record<string, FormValue> = {},
  ): Promise<Reply> {
    const where: Address = { ...channel, conversationId: round.conversationId };
    const form = await run(actor, 'rounds.input', { round: String(round.id) }, where);
    return submit(actor, form, { text: said, ...values });
  }

  /** A reply in the thread of the round's message, as the doors pass it on. */
  const reply = (actor: Actor, round: Round, said: string) =>
    run(
      actor,
      'conversation.reply',
      { messageId: messageIdOf(round), text: said },
      { ...channel, conversationId: round.conversationId },
    );

  /**
   * Runs `change` as another process would, on its own connection to the database file,
   * just before the command's next transaction (after the one that resolves the person)
   * takes the write lock: whatever the command checked before its transaction is then out
   * of date, as in a race.
   */
  function meanwhile(change: (other: Store) => void) {
    const transaction = app.store.transaction;
    let calls = 0;
    app.store.transaction = (<T>(fn: () => T): T => {
      calls++;
      if (calls === 2) {
        app.store.transaction = transaction;
        const other = createStore(openDatabase(app.path));
        try {
          change(other);
        } finally {
          other.db.close();
        }
      }
      return transaction(fn);
    }) as typeof transaction;
  }

  const tick = async () => {
    await scheduler.tick();
    await courier.drain();
  };

  /** Puts people on the demo forum's guest list: where they work, as coordinators list it. */
  function listGuests(
    guests: { email: string; organisation: string; type: string; municipality: string }[],
  ) {
    const forum = app.demoForum();
    const at = app.clock.now().toISOString();
    for (const g of guests) {
      const person =
        app.store.people.findByEmail(g.email) ??
        app.store.people.create({ email: g.email, displayName: null, locale: 'sv' }, at);
      app.store.invitees.save(
        forum.id,
        person.id,
        {
          name: g.email,
          organisation: g.organisation,
          organisationType: g.type,
          municipality: g.municipality,
          roleTitle: '',
          gender: null,
        },
        at,
      );
    }
  }

  return {
    ...app,
    slack,
    courier,
    run,
    submit,
    openRound,
    give,
    reply,
    meanwhile,
    messageIdOf,
    tick,
    listGuests,
  };
}

export type RoundsApp = ReturnType<typeof roundsApp>;
