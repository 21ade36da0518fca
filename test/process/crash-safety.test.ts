import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translate.js';
import { type FakeConnector, startFakeConnector } from '../helpers/fake-connector.js';
import { type BotProcess, type Json, startBot, teamsFixture } from './bot-process.js';
import { channelId, nudgeTitle, prepareDatabase, tenantId } from './crash-setup.js';

const sv = translator('sv');
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for a condition without a deadline of its own: the test's timeout is the bound. */
async function until(condition: () => boolean) {
  while (!condition()) await pause(50);
}

const guests = 16;
const signUps = 40;
const inputs = 40;
/** The bot is killed once this many requests have been acknowledged. */
const killAfter = 30;
const workers = 8;

type Task = { kind: 'signup' | 'input'; n: number };

describe('crash safety: SIGKILL in the middle of a burst of sign-ups and inputs', () => {
  let dir: string;
  let connector: FakeConnector | undefined;
  let bot: BotProcess | undefined;
  afterEach(async () => {
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null) {
      await bot.kill('SIGKILL');
    }
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write, half-writes nothing, and sends queued messages once across the restart', async () => {
    dir = mkdtempSync(join(tmpdir(), 'forumbot-crash-'));
    connector = await startFakeConnector();
    const setup = await prepareDatabase(dir, { serviceUrl: connector.serviceUrl, guests });
    const env = {
      DATABASE_PATH: setup.path,
      CYCLE_FILE: setup.cycleFile,
      // Slow enough that the invitations go out over both lives of the bot.
      TEAMS_SENDS_PER_SECOND: '2',
    };
    const invitationsTo = (n: number) =>
      connector?.activities.filter((a) => a.conversationId === `a:personal-aad-guest-${n}`) ?? [];
    const invitationPosts = () =>
      connector?.activities.filter((a) => a.conversationId.startsWith('a:personal-aad-guest-')) ??
      [];
    const nudgePosts = () =>
      connector?.activities.filter((a) => JSON.stringify(a.body).includes(nudgeTitle)) ?? [];

    bot = startBot(env);
    let ports = await bot.ready();
    // The first life has begun sending the invitations when the burst starts.
    await until(() => invitationPosts().length >= 2);

    const send = async ({ kind, n }: Task): Promise<boolean> => {
      const activity: Json = { ...teamsFixture('action-execute-invoke') };
      activity.serviceUrl = connector?.serviceUrl;
      activity.id = `f:${kind}-${n}`;
      activity.from = {
        id: `29:${kind}-${n}`,
        name: `Deltagare ${n}`,
        aadObjectId: `aad-${kind}-${n}`,
      };
      if (kind === 'signup') {
        activity.conversation = { conversationType: 'personal', tenantId, id: `a:${kind}-${n}` };
        activity.value.action.data.forumbot.a.forum = String(setup.forum.id);
        activity.value.action.data.organisation = `Organisation ${n}`;
      } else {
        // "Skicka" on the input form in the round's thread in the channel.
        const root = '1732266300456';
        activity.conversation = {
          isGroup: true,
          conversationType: 'channel',
          tenantId,
          id: `${channelId};messageid=${root}`,
        };
        activity.channelData = teamsFixture('message-channel-reply').channelData;
        activity.replyToId = root;
        activity.value = {
          action: {
            type: 'Action.Execute',
            verb: 'rounds.input.submit',
            data: {
              forumbot: { c: 'rounds.input.submit', a: { round: String(setup.roundId) } },
              text: `Synpunkt nummer ${n}`,
            },
          },
          trigger: 'manual',
        };
      }
      const res = await fetch(`http://127.0.0.1:${ports.teams}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      if (res.status !== 200) return false;
      const body = (await res.json()) as Json;
      if (body.statusCode !== 200) return false;
      return kind === 'signup'
        ? JSON.stringify(body.value).includes(sv('signup.done', { forum: setup.forum.title }))
        : body.value === sv('teams.personalChat.sent');
    };

    // The burst: sign-ups and inputs mixed, eight at a time; the kill lands mid-way.
    const queue: Task[] = [];
    for (let n = 1; n <= Math.max(signUps, inputs); n++) {
      if (n <= signUps) queue.push({ kind: 'signup', n });
      if (n <= inputs) queue.push({ kind: 'input', n });
    }
    const acknowledged: Task[] = [];
    let sent = 0;
    let killed: Promise<unknown> | undefined;
    let invitationsBeforeKill = 0;
    let nudgesBeforeKill = 0;
    const first = bot;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (queue.length > 0 && !killed) {
          const task = queue.shift() as Task;
          sent++;
          if (await send(task).catch(() => false)) acknowledged.push(task);
          if (acknowledged.length >= killAfter && !killed) {
            killed = first.kill('SIGKILL');
            invitationsBeforeKill = invitationPosts().length;
            nudgesBeforeKill = nudgePosts().length;
          }
        }
      }),
    );
    expect(await killed).toEqual({ code: null, signal: 'SIGKILL' });
    // Killed in the middle: requests were left unsent.
    expect(queue.length).toBeGreaterThan(0);

    // The second life, on the same file.
    bot = startBot(env);
    ports = await bot.ready();
    const peek = new Database(setup.path, { readonly: true });
    const queued = () =>
      (
        peek
          .prepare(
            `SELECT count(*) AS n FROM outbox
             WHERE status = 'queued' AND purpose IN ('invitation', 'cycle-nudge')`,
          )
          .get() as { n: number }
      ).n;
    await until(() => queued() === 0 && nudgePosts().length >= 1);
    peek.close();
    // An orderly stop: the courier finishes the message in hand.
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 0, signal: null });

    const db = new Database(setup.path, { readonly: true, fileMustExist: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);

      // Every acknowledged sign-up is there, with its person and the person's Teams identity.
      const registered = new Map(
        (
          db
            .prepare(
              `SELECT i.user_id AS user, r.status, r.organisation FROM registrations r
               JOIN identities i ON i.person_id = r.person_id AND i.platform = 'teams'
               WHERE r.forum_id = ?`,
            )
            .all(setup.forum.id) as { user: string; status: string; organisation: string }[]
        ).map((r) => [r.user, r]),
      );
      const ackedSignUps = acknowledged.filter((t) => t.kind === 'signup');
      for (const { n } of ackedSignUps) {
        expect(registered.get(`aad-signup-${n}`)).toEqual({
          user: `aad-signup-${n}`,
          status: 'registered',
          organisation: `Organisation ${n}`,
        });
      }
      // Every acknowledged input is there, in its round, by its author.
      const stored = db
        .prepare(
          `SELECT ri.number, ri.text, i.user_id AS user FROM round_inputs ri
           JOIN rounds ro ON ro.id = ri.round_id
           JOIN identities i ON i.person_id = ri.person_id AND i.platform = 'teams'
           WHERE ri.round_id = ? ORDER BY ri.number`,
        )
        .all(setup.roundId) as { number: number; text: string; user: string }[];
      const ackedInputs = acknowledged.filter((t) => t.kind === 'input');
      for (const { n } of ackedInputs) {
        expect(stored.filter((s) => s.user === `aad-input-${n}`).map((s) => s.text)).toEqual([
          `Synpunkt nummer ${n}`,
        ]);
      }

      // Nothing half-written: no row without its parent, no person without an identity, input
      // numbers without gaps, and the round's count is its rows.
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(
        count(`SELECT count(*) AS n FROM registrations r
               WHERE NOT EXISTS (SELECT 1 FROM people p WHERE p.id = r.person_id)`),
      ).toBe(0);
      expect(
        count(`SELECT count(*) AS n FROM round_inputs ri
               WHERE NOT EXISTS (SELECT 1 FROM rounds ro WHERE ro.id = ri.round_id)`),
      ).toBe(0);
      expect(
        count(`SELECT count(*) AS n FROM people p
               WHERE NOT EXISTS (SELECT 1 FROM identities i WHERE i.person_id = p.id)`),
      ).toBe(0);
      expect(count('SELECT count(*) AS n FROM round_inputs')).toBe(stored.length);
      expect(stored.map((s) => s.number)).toEqual(stored.map((_, i) => i + 1));
      // Whatever was written and not acknowledged (the answer lost in the kill) is whole too.
      expect(registered.size).toBeGreaterThanOrEqual(ackedSignUps.length);
      expect(registered.size).toBeLessThanOrEqual(signUps);
      expect(stored.length).toBeGreaterThanOrEqual(ackedInputs.length);

      // Invitations: none twice. Each one marked sent was posted once; at most one, in the
      // courier's hands at the kill, is left marked as sending (not sent again: twice is worse
      // than once late) and was posted at most once.
      const invitations = db
        .prepare(
          `SELECT o.status, i.user_id AS user FROM outbox o
           JOIN identities i ON i.person_id = o.person_id AND i.platform = 'teams'
           WHERE o.purpose = 'invitation'`,
        )
        .all() as { status: string; user: string }[];
      expect(invitations).toHaveLength(guests);
      for (let n = 1; n <= guests; n++) expect(invitationsTo(n).length).toBeLessThanOrEqual(1);
      const unsettled = invitations.filter((i) => i.status !== 'sent');
      expect(unsettled.length).toBeLessThanOrEqual(1);
      expect(unsettled.every((i) => i.status === 'sending')).toBe(true);
      for (const { status, user } of invitations) {
        const n = Number(user.replace('aad-guest-', ''));
        if (status === 'sent') expect(invitationsTo(n)).toHaveLength(1);
      }
      // Both lives sent some, and the second finished what the first began: every one but the
      // one in hand at the kill.
      expect(invitationsBeforeKill).toBeGreaterThanOrEqual(2);
      expect(invitationsBeforeKill).toBeLessThan(guests - 1);
      expect(invitationPosts().length).toBeGreaterThanOrEqual(guests - 1);

      // The annual-cycle nudge that fell due around the kill: recorded once, posted once.
      expect(nudgePosts()).toHaveLength(1);
      expect(
        db.prepare(`SELECT state FROM cycle_nudges WHERE item_id = 'kraschprov'`).all(),
      ).toEqual([{ state: 'posted' }]);

      const figures = {
        requestsSent: sent,
        acknowledged: acknowledged.length,
        acknowledgedSignUps: ackedSignUps.length,
        acknowledgedInputs: ackedInputs.length,
        verifiedRegistrations: ackedSignUps.length,
        verifiedInputs: ackedInputs.length,
        registrationsStored: registered.size,
        inputsStored: stored.length,
        invitationsBeforeKill,
        invitationsPosted: invitationPosts().length,
        invitationsLeftSending: unsettled.length,
        nudgesBeforeKill,
        nudgesPosted: nudgePosts().length,
      };
      if (process.env.FORUMBOT_FIGURES) process.stdout.write(`${JSON.stringify(figures)}\n`);
    } finally {
      db.close();
    }
  }, 240_000);
});
