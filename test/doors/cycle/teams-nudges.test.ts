import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedActivity } from '../../helpers/fake-connector.js';
import { actionsOf, type Card, cardOf, textsOf } from '../teams/card-query.js';
import { type Activity, startTeamsDoor, type TeamsDoorHarness } from '../teams/teams-harness.js';
import {
  type BotProcess,
  botProcess,
  type CycleApp,
  channelName,
  cycleApp,
  cycleOutbox,
  moments,
  nudgeButtons,
  nudgeLog,
  plattform,
  rapport,
  sv,
} from './cycle-door-fixture.js';

const coordinatorEmail = 'anna.andersson@regionorebrolan.se';
/** The coordinators' team; its General channel has the team's id. */
const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
const day = 'måndag 29 mars 2027';

/** Anna, as the fixtures have her, and her personal chat with the bot. */
const anna = {
  id: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
  aadObjectId: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  name: 'Anna Andersson',
};
const annasChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';

/** Our `*emphasis*` as Adaptive Card markdown writes it. */
const bold = (text: string) => text.replace(/\*([^*\n]+)\*/g, '**$1**');

/**
 * The annual cycle's nudges through the real Teams door: activities POSTed to /api/messages,
 * the fake Bot Connector recording what the bot sends, and the door's outlet under the real
 * courier and scheduler with a fixed clock. Anna is a coordinator by configuration only
 * (ADMIN_EMAILS), found by the member lookup; the app is installed in her team, she has
 * written to the bot in her personal chat, and connects the team's General channel by
 * @mentioning the bot there.
 */
describe('annual cycle nudges in Teams', () => {
  let made: CycleApp;
  let teams: TeamsDoorHarness;
  let bot: BotProcess;
  const processes: BotProcess[] = [];
  let activityIds = 0;
  /** How many activities the bot had sent when the set-up was done. */
  let setUp = 0;

  beforeEach(async () => {
    made = cycleApp(coordinatorEmail);
    teams = await startTeamsDoor({
      app: made.app,
      members: {
        [anna.id]: { name: anna.name, aadObjectId: anna.aadObjectId, email: coordinatorEmail },
      },
      door: { now: () => made.app.clock.now() },
    });
    // The bot starts: the cycle file is read into the database, and the first tick only
    // marks where the cycle is checked from.
    made.app.clock.set(moments.start);
    bot = botProcess(made, teams.door.outlet);
    processes.push(bot);
    expect(bot.started.seeded).toBe(true);
    expect(await bot.tickAt(moments.start)).toBe(0);

    // The app is added to the team (the General channel is remembered, with its team)…
    await answered(teams.activity('conversation-update-team'));
    // …Anna writes to it in her personal chat…
    await answered(
      teams.activity('message-personal', { id: `personal-${++activityIds}`, text: 'hjälp' }),
    );
    // …and connects the General channel to the platform's items.
    const connected = await answered(inGeneral(`<at>forumbot</at> årshjul koppla ${channelName}`));
    expect(textsOf(connected)).toEqual([
      bold(sv('cycle.connect.items', { channel: channelName, items: plattform })),
    ]);
    expect(made.app.store.conversations.find('teams', teamId)?.kind).toBe('channel');
    setUp = teams.connector.activities.length;
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) p.close();
    await teams.close();
    made.close();
  });

  /** What went wrong: nothing should. (Anonymous mode warns about itself at start.) */
  const troubles = () => [
    ...teams.logger.lines.filter(
      (l) =>
        l.level === 'error' ||
        (l.level === 'warn' && !/ANONYMOUS|unauthenticated requests/.test(l.message)),
    ),
    ...processes.flatMap((p) => p.troubles()),
  ];

  /** A message @mentioning the bot in a new thread of the team's General channel. */
  function inGeneral(text: string): Activity {
    const id = `channel-${++activityIds}`;
    const activity = teams.activity('message-channel-mention', { id, text });
    activity.conversation.id = `${teamId};messageid=${id}`;
    activity.channelData.teamsChannelId = teamId;
    activity.channelData.channel = { id: teamId };
    return activity;
  }

  /** Posts an activity and returns the card the bot answers with in that conversation. */
  async function answered(activity: Activity): Promise<Card> {
    const before = teams.connector.activities.length;
    expect((await teams.post(activity)).status).toBe(200);
    const sent = await teams.connector.waitForActivities(before + 1);
    expect(sent.at(-1)?.conversationId).toBe(activity.conversation.id);
    return cardOf(sent.at(-1));
  }

  /** Presses an Action.Execute button in Anna's personal chat; the invoke's answer. */
  async function press(action: Card) {
    const res = await teams.post(
      teams.activity('action-execute-invoke', {
        id: `invoke-${++activityIds}`,
        value: {
          action: { type: 'Action.Execute', verb: action.verb, data: action.data },
          trigger: 'manual',
        },
      }),
    );
    expect(res.status).toBe(200);
    return res.body as { statusCode: number; type: string; value: Card | string };
  }

  /** What the bot sent after the set-up: the nudges, and nothing else. */
  const sent = () => teams.connector.activities.slice(setUp);
  const sentTo = (conversationId: string): RecordedActivity[] =>
    sent().filter((a) => a.conversationId === conversationId);
  const buttonsOf = (card: Card) => actionsOf(card).filter((a) => a.type === 'Action.Execute');

  it('posts each nudge once, at 09:00 local on both sides of the spring switch, to Anna’s chat and the connected channel', async () => {
    // Friday 26 March, still winter time: nothing at 08:59, the three-day nudge at 09:00 (08:00Z).
    expect(await bot.tickAt(moments.threeDaysBefore)).toBe(0);
    expect(sent()).toEqual([]);
    expect(await bot.tickAt(moments.threeDays)).toBe(1);
    expect(moments.threeDays).toBe('2027-03-26T08:00:00.000Z');
    expect(sent().map((a) => [a.kind, a.conversationId])).toEqual([['send', annasChat]]);
    const early = cardOf(sentTo(annasChat)[0]);
    expect(textsOf(early).slice(0, 2)).toEqual([
      rapport,
      bold(sv('cycle.nudge.inDays', { days: 3, date: day })),
    ]);
    expect(buttonsOf(early).map((a) => [a.title, a.verb])).toEqual([
      ['Klart', 'cycle.done'],
      ['Påminn i morgon', 'cycle.snooze'],
      ['Påminn om en vecka', 'cycle.snooze'],
      ['Byt ansvarig', 'cycle.reassign'],
    ]);
    // Her personal chat was known from her message: none was opened.
    expect(teams.connector.conversationsCreated).toEqual([]);

    // Monday 29 March, summer time since Sunday: 09:00 is 07:00Z.
    expect(await bot.tickAt(moments.onTheDayBefore)).toBe(0);
    expect(moments.onTheDayBefore).toBe('2027-03-29T06:59:00.000Z');
    expect(sent()).toHaveLength(1);
    expect(await bot.tickAt(moments.onTheDay)).toBe(2);
    expect(moments.onTheDay).toBe('2027-03-29T07:00:00.000Z');
    // Exactly one activity per recipient: the item to Anna, the channel's item to the channel
    // (a new post there, not a reply in the thread the command was typed in).
    expect(
      sent()
        .slice(1)
        .map((a) => [a.kind, a.conversationId])
        .sort(),
    ).toEqual(
      [
        ['send', annasChat],
        ['send', teamId],
      ].sort(),
    );
    const mine = cardOf(sentTo(annasChat)[1]);
    expect(textsOf(mine).slice(0, 2)).toEqual([
      rapport,
      bold(sv('cycle.nudge.today', { date: day })),
    ]);
    expect(buttonsOf(mine).map((a) => a.title)).toEqual(nudgeButtons);
    const theirs = cardOf(sentTo(teamId)[0]);
    expect(textsOf(theirs).slice(0, 2)).toEqual([
      plattform,
      bold(sv('cycle.nudge.today', { date: day })),
    ]);
    expect(buttonsOf(theirs).map((a) => a.title)).toEqual(nudgeButtons);
    expect(JSON.stringify(theirs)).not.toContain('inte kopplad');
    expect(sentTo(teamId)[0]?.body.summary).toContain(plattform);

    // The same minute again, the next one, and the winter-time 09:00: nothing more.
    expect(await bot.tickAt(moments.onTheDay)).toBe(0);
    expect(await bot.tickAt('2027-03-29T07:01:00Z')).toBe(0);
    expect(await bot.tickAt(moments.winterNine)).toBe(0);
    expect(await bot.courier.drain()).toBe(0);
    expect(sent()).toHaveLength(3);

    // A restart: a new scheduler and courier on the same database file post nothing again.
    const again = botProcess(made, teams.door.outlet, { restart: true });
    processes.push(again);
    expect(again.started.seeded).toBe(false);
    expect(await again.tickAt(moments.winterNine)).toBe(0);
    expect(await again.tickAt('2027-03-29T09:00:00Z')).toBe(0);
    expect(sent()).toHaveLength(3);
    expect(teams.connector.refused).toEqual([]);

    // What the store holds: each nudge posted once, each message sent once.
    expect(nudgeLog(again.store, 'rapport:2027-03-29:3')).toEqual(['posted', null]);
    expect(nudgeLog(again.store, 'rapport:2027-03-29:0')).toEqual(['posted', null]);
    expect(nudgeLog(again.store, 'plattform:2027-03-29:0')).toEqual(['posted', null]);
    const coordinator = made.app.store.people.findByEmail(coordinatorEmail);
    expect(cycleOutbox(again.store)).toEqual({
      [`cycle:rapport:2027-03-29:3:to:${coordinator?.id}`]: 'sent',
      [`cycle:rapport:2027-03-29:0:to:${coordinator?.id}`]: 'sent',
      [`cycle:plattform:2027-03-29:0:in:teams:${teamId}`]: 'sent',
    });
    expect(troubles()).toEqual([]);
  });

  it('takes “Klart” pressed in Anna’s chat: the occurrence is done and the day’s nudge never comes to her', async () => {
    await bot.tickAt(moments.threeDays);
    const nudge = cardOf(sentTo(annasChat)[0]);
    const klart = buttonsOf(nudge).find((a) => a.title === 'Klart');
    expect(klart).toBeDefined();
    const answer = await press(klart as Card);

    // In a personal chat the pressed card is replaced by the answer.
    expect(answer.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(textsOf(answer.value as Card)[0]).toBe(
      bold(sv('cycle.done.marked', { item: rapport, date: day })),
    );
    const person = made.app.store.people.findByEmail(coordinatorEmail);
    expect(made.app.store.cycleNudges.occurrence('rapport', '2027-03-29')).toMatchObject({
      state: 'done',
      byPerson: person?.id,
    });

    // On the day: the channel's own item comes, Anna's done one does not.
    expect(await bot.tickAt(moments.onTheDay)).toBe(1);
    expect(await bot.tickAt(moments.winterNine)).toBe(0);
    expect(sent().map((a) => a.conversationId)).toEqual([annasChat, teamId]);
    expect(nudgeLog(made.app.store, 'rapport:2027-03-29:0')).toEqual(['skipped', 'done']);
    expect(nudgeLog(made.app.store, 'plattform:2027-03-29:0')).toEqual(['posted', null]);

    // A restart does not bring it back either.
    const again = botProcess(made, teams.door.outlet, { restart: true });
    processes.push(again);
    expect(await again.tickAt('2027-03-29T09:00:00Z')).toBe(0);
    expect(sentTo(annasChat)).toHaveLength(1);
    expect(troubles()).toEqual([]);
  });
});
