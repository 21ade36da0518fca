import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SlackBody } from '../../helpers/sign-slack-request.js';
import {
  anna,
  blocksOf,
  buttonIn,
  people,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
} from '../slack/slack-harness.js';
import { buttonBody, type SentBlock, slashCommandBody } from '../slack/slack-payloads.js';
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

const coordinatorEmail = people[anna]?.email as string;
/** The channel the team works in, and Anna's DM with the bot (as the fake opens it). */
const channel = 'C0RUSPLAT';
const annasDm = 'D0001';
const day = 'måndag 29 mars 2027';

type Json = Record<string, unknown>;
type Button = NonNullable<SentBlock['elements']>[number];

/** Every text of a posted message, context lines included (their elements are mrkdwn). */
const wordsOf = (blocks: SentBlock[]) =>
  blocks.flatMap((b) => [
    ...(b.text ? [b.text.text] : []),
    ...(b.elements ?? []).map((e) => (typeof e.text === 'string' ? e.text : e.text?.text)),
  ]);
const buttonsOf = (blocks: SentBlock[]) =>
  blocks.flatMap((b) => b.elements ?? []).filter((e) => e.type === 'button');

/**
 * The annual cycle's nudges through the real Slack door: Bolt's HTTP receiver with signed
 * requests, the fake Web API, and the door's outlet under the real courier and scheduler
 * with a fixed clock. Anna is a coordinator by configuration only (ADMIN_EMAILS) and a user
 * of the fake workspace with that address; she connects #rus-plattformen with the slash
 * command in the channel.
 */
describe('annual cycle nudges in Slack', () => {
  let made: CycleApp;
  let slack: SlackDoorHarness;
  let bot: BotProcess;
  const processes: BotProcess[] = [];
  let requests = 0;

  beforeEach(async () => {
    made = cycleApp(coordinatorEmail);
    slack = await startSlackDoor({ app: made.app });
    // The bot starts: the cycle file is read into the database, and the first tick only
    // marks where the cycle is checked from.
    made.app.clock.set(moments.start);
    bot = botProcess(made, slack.door.outlet);
    processes.push(bot);
    expect(bot.started.seeded).toBe(true);
    expect(await bot.tickAt(moments.start)).toBe(0);
    const connected = await slash(anna, `årshjul koppla ${channelName}`, channel);
    expect(textsOf(blocksOf(connected))).toEqual([
      sv('cycle.connect.items', { channel: channelName, items: plattform }),
    ]);
  });
  afterEach(async () => {
    for (const p of processes.splice(0)) p.close();
    await slack.close();
    made.close();
  });

  const troubles = () => [
    ...slack.logger.lines.filter((l) => l.level === 'warn' || l.level === 'error'),
    ...processes.flatMap((p) => p.troubles()),
  ];

  /** `/forum <text>` typed in a channel; returns the ephemeral answer at the response URL. */
  async function slash(user: string, text: string, where: string): Promise<Json> {
    const id = `cmd-${++requests}`;
    const body = slashCommandBody(text, {
      user,
      responseUrl: slack.fake.responseUrl(id),
      channel: where,
    }) as { form: Record<string, string> };
    body.form.channel_name = channelName;
    body.form.trigger_id = `trigger-${requests}`;
    expect((await slack.post(body)).status).toBe(200);
    const [answer] = await slack.fake.waitFor(id);
    return answer?.body as Json;
  }

  /** A click on a button of a message the bot posted in `where` (not ephemeral). */
  async function press(user: string, button: Button, where: string): Promise<Json> {
    const id = `btn-${++requests}`;
    const body = buttonBody(button, {
      user,
      responseUrl: slack.fake.responseUrl(id),
      triggerId: `trigger-${requests}`,
    }) as { payload: Json };
    body.payload.container = {
      type: 'message',
      message_ts: '1700000000.000001',
      channel_id: where,
      is_ephemeral: false,
    };
    body.payload.channel = { id: where, name: 'directmessage' };
    expect((await slack.post(body as SlackBody)).status).toBe(200);
    const [answer] = await slack.fake.waitFor(id);
    return answer?.body as Json;
  }

  /** The messages Slack took from the bot, by channel. */
  const posts = () => slack.fake.taken('chat.postMessage');
  const postsIn = (where: string) => posts().filter((c) => c.landedIn === where);

  it('posts each nudge once, at 09:00 local on both sides of the spring switch, to Anna’s DM and the connected channel', async () => {
    // Friday 26 March, still winter time: nothing at 08:59, the three-day nudge at 09:00 (08:00Z).
    expect(await bot.tickAt(moments.threeDaysBefore)).toBe(0);
    expect(posts()).toEqual([]);
    expect(await bot.tickAt(moments.threeDays)).toBe(1);
    expect(moments.threeDays).toBe('2027-03-26T08:00:00.000Z');
    expect(posts().map((c) => c.landedIn)).toEqual([annasDm]);
    const early = blocksOf(postsIn(annasDm)[0]!.body);
    expect(wordsOf(early).slice(0, 2)).toEqual([
      rapport,
      sv('cycle.nudge.inDays', { days: 3, date: day }),
    ]);
    expect(buttonsOf(early).map((b) => b.text?.text)).toEqual(nudgeButtons);
    // Posted to Anna's user id (she had only ever written in the channel): Slack put it in
    // the bot's DM with her, and no conversations.open was needed.
    expect(posts()[0]?.body.channel).toBe(anna);
    expect(slack.fake.callsTo('conversations.open')).toEqual([]);

    // Monday 29 March, summer time since Sunday: 09:00 is 07:00Z.
    expect(await bot.tickAt(moments.onTheDayBefore)).toBe(0);
    expect(moments.onTheDayBefore).toBe('2027-03-29T06:59:00.000Z');
    expect(posts()).toHaveLength(1);
    expect(await bot.tickAt(moments.onTheDay)).toBe(2);
    expect(moments.onTheDay).toBe('2027-03-29T07:00:00.000Z');
    // Exactly one message per recipient: the item to Anna, the channel's item to the channel.
    expect(
      posts()
        .slice(1)
        .map((c) => c.landedIn)
        .sort(),
    ).toEqual([annasDm, channel].sort());
    const mine = blocksOf(postsIn(annasDm)[1]!.body);
    expect(wordsOf(mine).slice(0, 2)).toEqual([rapport, sv('cycle.nudge.today', { date: day })]);
    expect(buttonsOf(mine).map((b) => b.text?.text)).toEqual(nudgeButtons);
    const theirs = blocksOf(postsIn(channel)[0]!.body);
    expect(wordsOf(theirs).slice(0, 2)).toEqual([
      plattform,
      sv('cycle.nudge.today', { date: day }),
    ]);
    expect(buttonsOf(theirs).map((b) => b.text?.text)).toEqual(nudgeButtons);
    // The channel is connected, so its message does not say how to connect it.
    expect(JSON.stringify(theirs)).not.toContain('inte kopplad');
    // The notification text names the item too.
    expect(postsIn(channel)[0]?.body.text).toContain(plattform);

    // The same minute again, the next one, and the winter-time 09:00: nothing more.
    expect(await bot.tickAt(moments.onTheDay)).toBe(0);
    expect(await bot.tickAt('2027-03-29T07:01:00Z')).toBe(0);
    expect(await bot.tickAt(moments.winterNine)).toBe(0);
    expect(await bot.courier.drain()).toBe(0);
    expect(posts()).toHaveLength(3);

    // A restart: a new scheduler and courier on the same database file post nothing again.
    const again = botProcess(made, slack.door.outlet, { restart: true });
    processes.push(again);
    expect(again.started.seeded).toBe(false);
    expect(await again.tickAt(moments.winterNine)).toBe(0);
    expect(await again.tickAt('2027-03-29T09:00:00Z')).toBe(0);
    expect(posts()).toHaveLength(3);

    // What the store holds: each nudge posted once, each message sent once.
    expect(nudgeLog(again.store, 'rapport:2027-03-29:3')).toEqual(['posted', null]);
    expect(nudgeLog(again.store, 'rapport:2027-03-29:0')).toEqual(['posted', null]);
    expect(nudgeLog(again.store, 'plattform:2027-03-29:0')).toEqual(['posted', null]);
    const coordinator = made.app.store.people.findByEmail(coordinatorEmail);
    expect(cycleOutbox(again.store)).toEqual({
      [`cycle:rapport:2027-03-29:3:to:${coordinator?.id}`]: 'sent',
      [`cycle:rapport:2027-03-29:0:to:${coordinator?.id}`]: 'sent',
      [`cycle:plattform:2027-03-29:0:in:slack:${channel}`]: 'sent',
    });
    expect(troubles()).toEqual([]);
  });

  it('takes “Klart” pressed in Anna’s DM: the occurrence is done and the day’s nudge never comes to her', async () => {
    await bot.tickAt(moments.threeDays);
    const [nudge] = postsIn(annasDm);
    expect(nudge).toBeDefined();
    const blocks = blocksOf(nudge!.body);
    const answer = await press(anna, buttonIn(blocks, 'Klart'), annasDm);

    expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textsOf(blocksOf(answer))[0]).toBe(
      sv('cycle.done.marked', { item: rapport, date: day }),
    );
    const person = made.app.store.people.findByEmail(coordinatorEmail);
    expect(made.app.store.cycleNudges.occurrence('rapport', '2027-03-29')).toMatchObject({
      state: 'done',
      byPerson: person?.id,
    });

    // On the day: the channel's own item comes, Anna's done one does not.
    expect(await bot.tickAt(moments.onTheDay)).toBe(1);
    expect(await bot.tickAt(moments.winterNine)).toBe(0);
    expect(posts().map((c) => c.landedIn)).toEqual([annasDm, channel]);
    expect(nudgeLog(made.app.store, 'rapport:2027-03-29:0')).toEqual(['skipped', 'done']);
    expect(nudgeLog(made.app.store, 'plattform:2027-03-29:0')).toEqual(['posted', null]);

    // A restart does not bring it back either.
    const again = botProcess(made, slack.door.outlet, { restart: true });
    processes.push(again);
    expect(await again.tickAt('2027-03-29T09:00:00Z')).toBe(0);
    expect(postsIn(annasDm)).toHaveLength(1);
    expect(troubles()).toEqual([]);
  });
});
