import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Address, Reply } from '../../src/core/chat.js';
import { allCommands } from '../../src/core/commands.js';
import { startCycle } from '../../src/core/cycle/start-cycle.js';
import { createDispatcher } from '../../src/core/dispatcher.js';
import { seedDemoForum } from '../../src/core/forum/seed-demo-forum.js';
import { silentLogger } from '../../src/core/logger.js';
import { defaultSettings } from '../../src/core/settings.js';
import { type Clock, systemClock } from '../../src/core/time/clock.js';
import { localDateOf } from '../../src/core/time/zoned-date.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';
import { base64, guestListCsv } from '../helpers/guest-list-csv.js';
import { demoForumPath, timeZone } from '../helpers/test-store.js';

export const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
export const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
export const channelId = '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2';
export const nudgeTitle = 'Kraschprovet: lämna underlaget';

export const coordinator: Actor = {
  platform: 'teams',
  userId: 'aad-coordinator',
  email: 'samordnare@regionorebrolan.se',
  displayName: 'Saga Samordnare',
  locale: 'sv',
};
export const guest = (n: number): Actor => ({
  platform: 'teams',
  userId: `aad-guest-${n}`,
  email: `guest${n}@example.se`,
  locale: 'sv',
});
/** A person's 1:1 chat with the bot, as the Teams door remembers it from an activity. */
export const personalChat = (userId: string, serviceUrl: string): Address => ({
  platform: 'teams',
  conversationId: `a:personal-${userId}`,
  kind: 'personal',
  reference: { serviceUrl, tenantId, botId, conversationType: 'personal' },
});

/**
 * The database as it stands when the bot is (re)started for the crash test, made through the
 * core as people would have made it in chat: the demo forum; a coordinator who has written
 * to the bot in Teams; `guests` invitees on the guest list, each known in Teams, with their
 * invitations queued (the coordinator pressed *Ja, skicka*); a consultation round (names
 * shown) opened in a team channel, its message queued; and an annual cycle with one item due
 * this minute, whose nudge the bot's first tick will queue (behind the invitations), since
 * the cycle was last checked a quarter of an hour before.
 */
export async function prepareDatabase(
  dir: string,
  options: { serviceUrl: string; guests: number; clock?: Clock },
) {
  const clock = options.clock ?? systemClock;
  const now = clock.now();
  const serviceUrl = options.serviceUrl.replace(/\/+$/, '');
  const path = join(dir, 'bot.db');
  const db = openDatabase(path);
  const store = createStore(db);
  try {
    seedDemoForum(store, demoForumPath, now, timeZone);
    const forum = store.forums.listUpcoming(now.toISOString())[0];
    if (!forum) throw new Error('no demo forum');

    // The nudge falls due at the start of this minute (local time), on today's date.
    const due = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    const local = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(due);
    const cycleFile = join(dir, 'arshjul.json');
    writeFileSync(
      cycleFile,
      JSON.stringify({
        version: 1,
        timeZone,
        nudgeTime: '09:00',
        nudgeDays: 'all',
        items: [
          {
            id: 'kraschprov',
            title: nudgeTitle,
            owner: { role: 'coordinator' },
            rule: { once: localDateOf(due, timeZone) },
            time: local,
            leadDays: [0],
            move: 'none',
          },
        ],
      }),
    );
    startCycle(store, { file: cycleFile, catchUpHours: 72 }, now);
    store.cycle.updateSettings(
      { checkedUntil: new Date(due.getTime() - 13 * 60_000).toISOString() },
      now.toISOString(),
    );

    const dispatcher = createDispatcher({
      store,
      clock,
      timeZone,
      logger: silentLogger,
      commands: allCommands,
      settings: { ...defaultSettings, admins: [] },
    });
    const ok = async (reply: Promise<Reply>, what: string) => {
      const r = await reply;
      if (r.outcome) throw new Error(`${what}: ${JSON.stringify(r)}`);
      return r;
    };
    await ok(
      dispatcher.run(coordinator, 'help', {}, personalChat(coordinator.userId, serviceUrl)),
      'coordinator',
    );
    const saga = store.people.findByIdentity('teams', coordinator.userId);
    store.roles.grant(saga?.id as number, 'coordinator', null, now.toISOString());

    await ok(
      dispatcher.run(coordinator, 'file.received', {
        name: 'gäster.csv',
        mediaType: 'text/csv',
        base64: base64(guestListCsv(options.guests)),
        caption: '',
      }),
      'guest list',
    );
    for (let n = 1; n <= options.guests; n++) {
      await ok(
        dispatcher.run(guest(n), 'help', {}, personalChat(guest(n).userId, serviceUrl)),
        `guest ${n}`,
      );
    }
    await ok(
      dispatcher.run(coordinator, 'invitations.send.confirm', { forum: String(forum.id) }),
      'invitations',
    );

    const channel: Address = {
      platform: 'teams',
      conversationId: channelId,
      kind: 'channel',
      reference: { serviceUrl, tenantId, botId, conversationType: 'channel', teamId },
    };
    const form = await ok(
      dispatcher.run(coordinator, 'rounds.new', { kind: 'workshop' }, channel),
      'round form',
    );
    if (form.kind !== 'form') throw new Error('no round form');
    const closes = new Date(now.getTime() + 3 * 86_400_000);
    await ok(
      dispatcher.run(
        coordinator,
        form.form.submitCommand,
        {
          ...form.form.values,
          title: 'Framtidens kompetens',
          prompts: 'Vad behöver länet mest?',
          anonymity: 'named',
          closesDate: localDateOf(closes, timeZone),
          closesTime: '17:00',
          ...form.form.args,
        },
        channel,
      ),
      'round',
    );
    const round = store.rounds.listUnclosed().at(-1);
    if (!round) throw new Error('no round');
    return { path, cycleFile, forum, roundId: round.id };
  } finally {
    db.close();
  }
}
