import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../src/core/rounds/round.js';
import type { FakeRosterMember, RecordedActivity } from '../../helpers/fake-connector.js';
import { actionsOf, type Card, cardOf, elementsOf, inputOf, textsOf } from '../teams/card-query.js';
import { type Activity, startTeamsDoor, type TeamsDoorHarness } from '../teams/teams-harness.js';
import {
  background,
  bold,
  dialogue,
  exportedCsv,
  exportedWorkbook,
  lastRound,
  onlyTags,
  organisationList,
  type RoundsDoorApp,
  remiss,
  roundsApp,
  sv,
  traces,
  wordsIn,
  workshop,
} from './rounds-door-fixture.js';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
/** The team the app is installed in (its General channel has the team's id)… */
const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
/** …and the channel in it where the rounds are opened. */
const channelId = '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2';
const publicUrl = 'https://forumbot.regionorebrolan.se';

/** Someone in Teams: their member id, AAD object id, name, e-mail and language. */
interface TeamsPerson {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
}

/** Anna leads the rounds: a facilitator by the role granted her, as the fixtures have her. */
const anna: TeamsPerson = {
  id: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
  aadObjectId: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  name: 'Anna Andersson',
  email: 'anna.andersson@regionorebrolan.se',
};
const annasChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';

const member = (name: string, email: string, n: number): TeamsPerson => ({
  id: `29:1${name.replace(' ', '')}MemberId`,
  aadObjectId: `0000000${n}-1a2b-4c3d-8e4f-5a6b7c8d9e0f`,
  name,
  email,
});
/** Petra has written to the bot in her personal chat; Johan and Sara never have. */
const petra = member('Petra Persson', 'petra.persson@lindesberg.se', 1);
const johan = member('Johan Jansson', 'johan.jansson@nora.se', 2);
const sara = member('Sara Svensson', 'sara.svensson@kumla.se', 3);
const participants = [petra, johan, sara];
/** Remiss contacts in the team (LRF's is not). */
const kim = member('Kim Kumla', 'registrator@kumla.se', 4);
const uno = member('Uno Universitet', 'remiss@oru.se', 5);
const everyone = [anna, ...participants, kim, uno];

/** The personal chat with the bot (the fake connector opens one per member, as Teams keeps it). */
const chatOf = (person: TeamsPerson) =>
  person === anna ? annasChat : `a:personal-chat-with-${person.id}`;
/** A channel thread, as Teams names it: the channel and the thread's root post. */
const threadOf = (root: string) => `${channelId};messageid=${root}`;

const roster: FakeRosterMember[] = everyone.map((p) => ({
  id: p.id,
  name: p.name,
  aadObjectId: p.aadObjectId,
  email: p.email,
  userPrincipalName: p.email,
}));

type Answer = { statusCode: number; type: string; value: Card | string };

/** A reply's first line as Teams shows it in a note: cut to 120 characters. */
const noteOf = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

/**
 * Consultation rounds through the real Teams door: activities POSTed to /api/messages, the
 * fake Bot Connector answering member lookups and the team roster and recording what the
 * bot sends, the door's outlet under the real courier, download links the door's own
 * server answers, and the scheduler's jobs when the clock moves. Anna opens rounds with an
 * @mention in a team channel; Petra, Johan and Sara answer in the round's thread.
 */
describe('consultation rounds in Teams', () => {
  let app: RoundsDoorApp;
  let teams: TeamsDoorHarness;
  let bot: ReturnType<typeof background>;
  let activityIds = 0;

  beforeEach(async () => {
    const made = roundsApp(anna.email, { byRole: true });
    app = made.app;
    teams = await startTeamsDoor({
      app,
      members: Object.fromEntries(
        everyone.map((p) => [p.id, { name: p.name, aadObjectId: p.aadObjectId, email: p.email }]),
      ),
      rosters: { [teamId]: roster },
      publicUrl,
      door: { now: () => app.clock.now() },
    });
    bot = background(app, made.settings, teams.door.outlet);
    // The app is added to the team: the team is remembered, for its roster.
    await teams.post(teams.activity('conversation-update-team'));
    await teams.connector.waitForActivities(1);
  });
  afterEach(async () => {
    await teams.close();
    app.close();
  });

  /**
   * What went wrong, in the door's log or the background's: nothing should. (Anonymous mode
   * warns about itself at start, as it must.)
   */
  const troubles = () =>
    [...teams.logger.lines, ...bot.logger.lines].filter(
      (l) =>
        l.level === 'error' ||
        (l.level === 'warn' && !/ANONYMOUS|unauthenticated requests/.test(l.message)),
    );

  const from = (who: TeamsPerson) => ({ id: who.id, name: who.name, aadObjectId: who.aadObjectId });
  const inThread = (root: string) => ({
    isGroup: true,
    conversationType: 'channel',
    tenantId,
    id: threadOf(root),
  });
  const channelData = () => teams.activity('message-channel-mention').channelData;

  /** An activity from `who` in their personal chat with the bot. */
  function fromPerson(
    name: 'message-personal' | 'action-execute-invoke',
    who: TeamsPerson,
    overrides: Activity = {},
  ): Activity {
    const activity = teams.activity(name, {
      id: `${name}-${++activityIds}`,
      from: from(who),
      conversation: { conversationType: 'personal', tenantId, id: chatOf(who) },
      ...overrides,
    });
    activity.entities = [{ type: 'clientInfo', locale: 'sv-SE', country: 'SE' }];
    return activity;
  }

  /** Posts an activity and returns the activity the bot sent in answer. */
  async function answered(activity: Activity): Promise<RecordedActivity> {
    const before = teams.connector.activities.length;
    expect((await teams.post(activity)).status).toBe(200);
    const sent = await teams.connector.waitForActivities(before + 1);
    return sent.at(-1) as RecordedActivity;
  }

  /** Types a line in the personal chat, and returns the card of the answer. */
  async function say(who: TeamsPerson, text: string): Promise<Card> {
    const answer = await answered(fromPerson('message-personal', who, { text }));
    expect(answer.conversationId).toBe(chatOf(who));
    return cardOf(answer);
  }

  /** A new post in the channel that @mentions the bot: a thread of its own. */
  async function mention(who: TeamsPerson, text: string): Promise<RecordedActivity> {
    const root = `17322663${String(++activityIds).padStart(5, '0')}`;
    const post = teams.activity('message-channel-mention', {
      id: root,
      text: `<at>forumbot</at> ${text}`,
      from: from(who),
      conversation: inThread(root),
    });
    const answer = await answered(post);
    // Answered in the post's own thread, where everyone in the channel reads it.
    expect(answer.conversationId).toBe(threadOf(root));
    return answer;
  }

  /** A reply in the thread under the bot's post `root`, not mentioning the bot. */
  function replyIn(root: string, who: TeamsPerson, text: string): Activity {
    return teams.activity('message-channel-reply', {
      id: `reply-${++activityIds}`,
      text,
      from: from(who),
      conversation: inThread(root),
      replyToId: root,
    });
  }

  /** An Action.Execute from `who`: in their personal chat, or on a card in a channel thread. */
  async function press(
    who: TeamsPerson,
    action: Card,
    inputs: Record<string, string> = {},
    thread?: string,
  ): Promise<Answer> {
    const invoke = fromPerson('action-execute-invoke', who, {
      value: {
        action: { type: 'Action.Execute', verb: action.verb, data: { ...action.data, ...inputs } },
        trigger: 'manual',
      },
      // On a card in a channel: the thread it is in, and the team's channel data.
      ...(thread
        ? { conversation: inThread(thread), channelData: channelData(), replyToId: thread }
        : {}),
    });
    const res = await teams.post(invoke);
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    return res.body as Answer;
  }

  /** Presses a button in a personal chat whose answer is the card that replaces it. */
  async function pressForCard(who: TeamsPerson, action: Card, inputs?: Record<string, string>) {
    const res = await press(who, action, inputs);
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    return res.value as Card;
  }

  /** Presses a button on a card in a channel thread; the presser gets a short note. */
  async function pressInChannel(
    who: TeamsPerson,
    thread: string,
    action: Card,
    inputs?: Record<string, string>,
  ) {
    const res = await press(who, action, inputs, thread);
    expect(res.type).toBe('application/vnd.microsoft.activity.message');
    return res.value as string;
  }

  /** The button with this title on a card. */
  function buttonOn(card: Card, title: string): Card {
    const found = actionsOf(card).find((a) => a.type === 'Action.Execute' && a.title === title);
    if (!found) throw new Error(`no button "${title}" in ${JSON.stringify(textsOf(card))}`);
    return found;
  }

  /** The titles of a card's buttons (Action.Execute; their Action.Submit fallbacks left out). */
  const executes = (card: Card) =>
    actionsOf(card)
      .filter((a) => a.type === 'Action.Execute')
      .map((a) => a.title);

  /** A form card's submit, and what Teams sends with it: every input's value as shown. */
  function formOf(card: Card) {
    const values: Record<string, string> = {};
    for (const input of elementsOf(card).filter((e) => e.type?.startsWith('Input.'))) {
      values[input.id] = String(input.value ?? '');
    }
    const submit = actionsOf(card).find((a) => a.type === 'Action.Execute') as Card;
    return { submit, values };
  }

  /** Submits a form card in the personal chat, as typed over what it showed. */
  function submitForm(who: TeamsPerson, card: Card, typed: Record<string, string>) {
    const { submit, values } = formOf(card);
    return pressForCard(who, submit, { ...values, ...typed });
  }

  /** The links a card offers its files by, and a file fetched from the door's own server. */
  const links = (card: Card) => actionsOf(card).filter((a) => a.type === 'Action.OpenUrl');
  const download = async (link: Card) => {
    const res = await fetch(String(link.url).replace(publicUrl, teams.origin));
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };

  const inChannel = () =>
    teams.connector.activities.filter((a) => a.conversationId.startsWith(channelId));
  const updates = () => teams.connector.activities.filter((a) => a.kind === 'update');
  const sentTo = (who: TeamsPerson) =>
    teams.connector.activities.filter((a) => a.conversationId === chatOf(who));

  /** The round's card as the courier posted it in the channel, and the activity's id. */
  function roundCard(round: Round) {
    const id = app.store.outbox.find(`round:${round.id}`)?.sent_message_id as string;
    const heading = `${sv(`rounds.kind.${round.kind}`)}: ${round.title}`;
    const posted = teams.connector.activities.filter(
      (a) =>
        a.kind === 'send' && a.conversationId === channelId && textsOf(cardOf(a))[0] === heading,
    );
    expect(posted).toHaveLength(1);
    return { id, card: cardOf(posted[0]), activity: posted[0] as RecordedActivity };
  }

  /** The live count on a card: its facts. */
  const counts = (card: Card) =>
    elementsOf(card)
      .filter((e) => e.type === 'FactSet')
      .flatMap((e) => e.facts.map((f: Card) => `${f.title}: ${f.value}`));

  /** `@forumbot runda …` in the channel, and the round's form submitted there. */
  async function openRound(command: string, typed: Record<string, string>) {
    const asked = await mention(anna, command);
    const form = cardOf(asked);
    expect(textsOf(form)[0]).toBe(sv('rounds.form.title'));
    const root = asked.conversationId.split('=')[1] as string;
    const { submit, values } = formOf(form);
    const before = inChannel().length;
    const note = await pressInChannel(anna, root, submit, { ...values, ...typed });
    const round = lastRound(app);
    await bot.courier.drain();
    return { form, values, note, root, round, answer: inChannel()[before] };
  }

  it('opens a workshop from an @mention in the channel, takes replies and form inputs, prioritises, closes and exports', async () => {
    // Petra has talked to the bot in her personal chat before; Johan and Sara have not.
    await say(petra, 'hjälp');

    const tags = Object.entries(onlyTags(workshop.tags)).map(([name, on]) => [name, String(on)]);
    const {
      form,
      values,
      note,
      root: asked,
      round,
      answer,
    } = await openRound('runda', {
      title: workshop.title,
      prompts: workshop.prompt,
      // Names for all (the form comes with names for the facilitators only): replies count.
      anonymity: 'named',
      ...Object.fromEntries(tags),
    });
    // The form card, filled in for a workshop today; its submit carries the sealed channel.
    expect(values).toMatchObject({
      kind: 'workshop',
      anonymity: 'facilitators',
      closesDate: '2026-11-22',
      closesTime: '17:00',
      tag_inkludering: 'true',
    });
    expect(formOf(form).submit.data.forumbot.a.conversation).toBe(`teams:${channelId}`);
    // Opened: Anna is told in a note, and the thread gets the answer with its buttons.
    expect(note).toBe(noteOf(sv('rounds.opened.now', { title: workshop.title })));
    expect(answer?.conversationId).toBe(threadOf(asked));
    expect(textsOf(cardOf(answer))[0]).toBe(sv('rounds.opened.now', { title: workshop.title }));
    expect(executes(cardOf(answer))).toEqual([sv('rounds.button.manage')]);
    expect(round).toMatchObject({
      kind: 'workshop',
      platform: 'teams',
      conversationId: channelId,
      anonymity: 'named',
    });
    expect(round.tags).toEqual([...workshop.tags]);

    // The outlet posted the round's card as a new post in the channel (a thread of its own),
    // as the bot, and kept the id Teams answered.
    const { id: root, card, activity } = roundCard(round);
    expect(root).toMatch(/^activity-\d+$/);
    expect(activity.body).toMatchObject({
      type: 'message',
      from: { id: botId, role: 'bot' },
      conversation: { id: channelId },
    });
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        `${sv('rounds.kind.workshop')}: ${workshop.title}`,
        bold(sv('rounds.view.prompt', { prompt: workshop.prompt })),
        // Names show here, so the card invites replies.
        bold(sv('rounds.view.how')),
      ]),
    );
    expect(counts(card)).toEqual(['Synpunkter: 0', 'Deltagare: 0']);
    expect(executes(card)).toEqual([sv('rounds.button.give'), sv('rounds.button.mine')]);

    // Petra and Johan reply to it without mentioning the bot: both replies are inputs, and
    // each receipt goes to the replier's personal chat, never to the channel: Petra's to the
    // chat she has, Johan's to one the bot opens with him (through the team's connector).
    const petrasReceipt = await answered(replyIn(root, petra, workshop.replies[0]));
    const johansReceipt = await answered(replyIn(root, johan, workshop.replies[1]));
    expect([petrasReceipt.conversationId, johansReceipt.conversationId]).toEqual([
      chatOf(petra),
      chatOf(johan),
    ]);
    expect(teams.connector.conversationsCreated.map((c) => c.body.members[0].id)).toEqual([
      johan.id,
    ]);
    expect(textsOf(cardOf(petrasReceipt))[0]).toBe(
      bold(sv('rounds.reply.saved', { number: 1, title: workshop.title })),
    );
    expect(textsOf(cardOf(johansReceipt))[0]).toBe(
      bold(sv('rounds.reply.saved', { number: 2, title: workshop.title })),
    );
    expect(executes(cardOf(johansReceipt))).toEqual([
      sv('rounds.button.edit'),
      sv('rounds.button.withdraw'),
      sv('rounds.button.giveMore'),
    ]);
    expect(
      app.store.roundInputs.listForRound(round.id).map((i) => [i.number, i.source, i.text]),
    ).toEqual([
      [1, 'reply', workshop.replies[0]],
      [2, 'reply', workshop.replies[1]],
    ]);

    // The round's card is edited in place: one PUT, with the newest count.
    const sends = inChannel().length;
    await bot.courier.drain();
    expect(updates()).toHaveLength(1);
    expect(updates()[0]).toMatchObject({ conversationId: channelId, activityId: root });
    expect(counts(cardOf(updates()[0]))).toEqual(['Synpunkter: 2', 'Deltagare: 2']);
    expect(inChannel().length).toBe(sends + 1);

    // Sara presses "Lämna synpunkt" on the card in the channel: the form is posted in the
    // round's thread, for anyone there to fill in, and she is told its title.
    const before = inChannel().length;
    const opened = await pressInChannel(sara, root, buttonOn(card, sv('rounds.button.give')));
    expect(opened).toBe(sv('rounds.input.title'));
    const inputForm = cardOf(inChannel()[before]);
    expect(inChannel()[before]?.conversationId).toBe(threadOf(root));
    expect(textsOf(inputForm)[0]).toBe(sv('rounds.input.title'));
    // Too long: a note only she sees names what to fix; nothing is posted for the channel to
    // read, and the card she typed into stays as it was, with her text.
    const tooLong = 'x'.repeat(3001);
    const { submit, values: shown } = formOf(inputForm);
    const refusedNote = await pressInChannel(sara, root, submit, { ...shown, text: tooLong });
    expect(refusedNote).toBe(
      [
        sv('rounds.input.title'),
        `${workshop.prompt}: ${sv('field.tooLong', { max: 3000, length: 3001 })}`,
      ].join('\n'),
    );
    expect(inChannel()).toHaveLength(before + 1);
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(2);
    // Shortened, with two tags: stored. The receipt is hers alone, so it goes to a personal
    // chat the bot opens with her, and her note says so; the channel gets nothing.
    const inChannelBefore = inChannel().length;
    const savedNote = await pressInChannel(sara, root, submit, {
      ...shown,
      text: workshop.byForm,
      tag_inkludering: 'true',
      'tag_gron-omstallning': 'true',
    });
    expect(savedNote).toBe(sv('teams.personalChat.sent'));
    expect(inChannel()).toHaveLength(inChannelBefore);
    expect(app.store.roundInputs.listForRound(round.id)[2]).toMatchObject({
      number: 3,
      source: 'form',
      text: workshop.byForm,
      tags: ['gron-omstallning', 'inkludering'],
    });
    expect(sentTo(sara).map((a) => textsOf(cardOf(a))[0])).toEqual([
      bold(sv('rounds.input.saved', { number: 3, title: workshop.title })),
    ]);
    // In her personal chat she finds it, with its buttons.
    const mine = await say(sara, `synpunkter ${round.id}`);
    expect(textsOf(mine)).toContain(`**#3** ${workshop.byForm}`);
    expect(executes(mine)).toEqual(
      expect.arrayContaining([sv('rounds.button.edit'), sv('rounds.button.withdraw')]),
    );
    await bot.courier.drain();
    expect(updates()).toHaveLength(2);
    expect(counts(cardOf(updates()[1]))).toEqual(['Synpunkter: 3', 'Deltagare: 3']);

    // Anna starts the prioritisation from the round's view in her personal chat.
    const manage = await say(anna, `rundor ${round.id}`);
    const votingForm = await pressForCard(anna, buttonOn(manage, sv('rounds.button.startVoting')));
    const started = await submitForm(anna, votingForm, { votes: '2' });
    expect(textsOf(started)[0]).toBe(bold(sv('rounds.voting.started', { votes: 2 })));
    await bot.courier.drain();
    const announced = inChannel()
      .filter((a) => a.kind === 'send')
      .at(-1);
    expect(announced?.conversationId).toBe(channelId);
    const announcement = cardOf(announced);
    expect(textsOf(announcement)[0]).toBe(
      bold(sv('rounds.voting.announce', { title: workshop.title, votes: 2 })),
    );
    expect(textsOf(cardOf(updates().at(-1)))).toContain(
      bold(sv('rounds.view.voting', { votes: 2 })),
    );

    // "Prioritera" (and "Mina synpunkter") in the channel: a ballot is the voter's own, so
    // the command runs and its answer goes to Petra's personal chat, one message each; her
    // note says so, and the shared cards and the channel stay as they were.
    const announcementId = app.store.outbox.find(`round:${round.id}:voting`)?.sent_message_id;
    const inPetrasChat = sentTo(petra).length;
    const channelBefore = inChannel().length;
    const votePress = await pressInChannel(
      petra,
      announcementId as string,
      buttonOn(announcement, sv('rounds.button.vote')),
    );
    expect(votePress).toBe(sv('teams.personalChat.sent'));
    const minePress = await pressInChannel(petra, root, buttonOn(card, sv('rounds.button.mine')));
    expect(minePress).toBe(sv('teams.personalChat.sent'));
    const [ballotSent, mineSent] = sentTo(petra).slice(inPetrasChat);
    expect(sentTo(petra)).toHaveLength(inPetrasChat + 2);
    expect(textsOf(cardOf(ballotSent))).toContain(sv('rounds.ballot.left', { left: 2, votes: 2 }));
    expect(textsOf(cardOf(mineSent))).toContain(`**#1** ${workshop.replies[0]}`);
    expect(inChannel()).toHaveLength(channelBefore);
    // In the personal chat, `prioritera` brings the ballot; a dot at a time, the third refused.
    const ballot = await say(petra, 'prioritera');
    expect(textsOf(ballot)).toContain(sv('rounds.ballot.left', { left: 2, votes: 2 }));
    const first = await pressForCard(petra, buttonOn(ballot, 'Rösta på #1'));
    expect(textsOf(first)).toContain(sv('rounds.vote.added', { numbers: '#1' }));
    const second = await pressForCard(petra, buttonOn(first, 'Rösta på #3'));
    expect(textsOf(second)).toContain(sv('rounds.ballot.left', { left: 0, votes: 2 }));
    const third = await press(petra, buttonOn(second, 'Rösta på #2'));
    expect(third).toMatchObject({
      type: 'application/vnd.microsoft.activity.message',
      value: sv('rounds.vote.noneLeft', { votes: 2 }),
    });
    const johansBallot = await say(johan, 'prioritera');
    await pressForCard(johan, buttonOn(johansBallot, 'Rösta på #3'));
    expect(app.store.roundVotes.voters(round.id)).toBe(2);

    // Anna closes it: asked first; the summary goes to the channel, the card shows it closed.
    const ask = await pressForCard(anna, buttonOn(manage, sv('rounds.button.close')));
    const closed = await pressForCard(anna, buttonOn(ask, sv('rounds.button.closeConfirm')));
    expect(textsOf(closed)[0]).toBe(sv('rounds.close.done', { title: workshop.title }));
    await bot.courier.drain();
    const summary = textsOf(cardOf(inChannel().at(-1)));
    expect(inChannel().at(-1)?.conversationId).toBe(channelId);
    expect(summary[0]).toBe(sv('rounds.summary.title', { title: workshop.title }));
    expect(summary).toContain(sv('rounds.summary.counts', { inputs: 3, participants: 3 }));
    expect(summary).toContain(`1\\. #3 ${workshop.byForm} – 2 röster`);
    const final = updates().at(-1);
    expect(final).toMatchObject({ conversationId: channelId, activityId: root });
    expect(textsOf(cardOf(final))).toContain(sv('rounds.view.closedThanks'));
    expect(actionsOf(cardOf(final))).toEqual([]);

    // The exports, as links in her personal chat that return the files' bytes.
    const xlsxCard = await pressForCard(anna, buttonOn(closed, sv('rounds.button.exportXlsx')));
    expect(textsOf(xlsxCard)).toEqual([
      sv('rounds.export.done', { title: workshop.title }),
      sv('teams.download.validHour'),
    ]);
    const [xlsxLink] = links(xlsxCard);
    expect(xlsxLink?.title).toBe(sv('rounds.export.label.xlsx'));
    expect(String(xlsxLink?.url)).toMatch(
      /^https:\/\/forumbot\.regionorebrolan\.se\/files\/[\w-]{32}\/framtidens-kompetens-2026-11-22\.xlsx$/,
    );
    const book = await exportedWorkbook(await download(xlsxLink!));
    expect(Object.keys(book)).toEqual(['Synpunkter', 'Taggar', 'Prioritering']);
    expect(book.Synpunkter?.slice(1).map((r) => [r[0], r[2], r[8]])).toEqual([
      [1, workshop.replies[0], petra.name],
      [2, workshop.replies[1], johan.name],
      [3, workshop.byForm, sara.name],
    ]);
    const csvCard = await pressForCard(anna, buttonOn(manage, sv('rounds.button.exportCsv')));
    const csvLinks = links(csvCard);
    expect(csvLinks).toHaveLength(3);
    const ranking = exportedCsv(await download(csvLinks[2]!));
    expect(ranking.rows[0]).toEqual(['1', '#3', workshop.byForm, '2']);
    // Stored against Anna, and only for the hour.
    const owners = app.db
      .prepare('SELECT DISTINCT person_id AS id, expires_at AS until FROM downloads')
      .all();
    expect(owners).toEqual([
      { id: app.store.people.findByEmail(anna.email)?.id, until: '2026-11-22T10:00:00.000Z' },
    ]);
    expect(troubles()).toEqual([]);
  });

  it('keeps an anonymous round anonymous in everything Anna receives: channel, cards and files', async () => {
    await say(petra, 'hjälp');
    const { round } = await openRound('runda', {
      title: workshop.title,
      prompts: workshop.prompt,
      anonymity: 'anonymous',
    });
    const { id: root, card } = roundCard(round);
    // A reply would show its author's name to the channel: the card asks for the form.
    expect(textsOf(card)).toContain(bold(sv('rounds.view.howForm')));
    expect(textsOf(card)).not.toContain(bold(sv('rounds.view.how')));

    // Petra replies anyway: nothing is stored, and she is asked in her personal chat to delete
    // it and use the form; the note's button works there, and she gives it through the form.
    const refused = await answered(replyIn(root, petra, workshop.replies[0]));
    expect(refused.conversationId).toBe(chatOf(petra));
    expect(textsOf(cardOf(refused))).toEqual([
      bold(sv('rounds.reply.notNamed', { title: workshop.title })),
    ]);
    expect(executes(cardOf(refused))).toEqual([sv('rounds.button.give')]);
    expect(app.db.prepare('SELECT count(*) AS n FROM round_inputs').get()).toEqual({ n: 0 });
    const petrasForm = await pressForCard(
      petra,
      buttonOn(cardOf(refused), sv('rounds.button.give')),
    );
    await submitForm(petra, petrasForm, { text: workshop.replies[0] });
    // Johan fills in the form the card's button posts in the round's thread.
    const before = inChannel().length;
    await pressInChannel(johan, root, buttonOn(card, sv('rounds.button.give')));
    const { submit, values: shown } = formOf(cardOf(inChannel()[before]));
    const johansNote = await pressInChannel(johan, root, submit, {
      ...shown,
      text: workshop.replies[1],
    });
    expect(johansNote).toBe(sv('teams.personalChat.sent'));
    // Sara has not taken part: a typed round number finds nothing in her personal chat. She
    // presses "Mina synpunkter" on the card instead, and its answer in her own chat brings
    // the round's form.
    expect(textsOf(await say(sara, `synpunkter ${round.id}`))).toEqual([
      bold(sv('rounds.error.notFound')),
    ]);
    const inSarasChat = sentTo(sara).length;
    expect(await pressInChannel(sara, root, buttonOn(card, sv('rounds.button.mine')))).toBe(
      sv('teams.personalChat.sent'),
    );
    const mine = cardOf(sentTo(sara)[inSarasChat]);
    expect(textsOf(mine)).toContain(sv('rounds.mine.noneHere'));
    const form = await pressForCard(sara, buttonOn(mine, sv('rounds.button.give')));
    const saved = await submitForm(sara, form, { text: workshop.byForm, tag_inkludering: 'true' });
    expect(textsOf(saved)[0]).toBe(sv('rounds.input.saved', { number: 3, title: workshop.title }));
    expect(app.db.prepare('SELECT DISTINCT person_id FROM round_inputs').all()).toEqual([
      { person_id: null },
    ]);

    // Everything Anna is shown, from the round's view on.
    const seen: Card[] = [];
    const look = <T extends Card>(c: T) => {
      seen.push(c);
      return c;
    };
    const manage = look(await say(anna, `rundor ${round.id}`));
    const inputs = look(await pressForCard(anna, buttonOn(manage, sv('rounds.button.inputs'))));
    // Each one "Anonym" and the day it came: not the time of day, which could tell who.
    expect(textsOf(inputs).filter((t) => t.startsWith('**#'))).toEqual(
      [1, 2, 3].map(
        (n) => `**#${n}** · ${sv('rounds.inputs.anonymous')} · söndag 22 november 2026`,
      ),
    );
    const votingForm = look(
      await pressForCard(anna, buttonOn(manage, sv('rounds.button.startVoting'))),
    );
    look(await submitForm(anna, votingForm, { votes: '1' }));
    await bot.courier.drain();
    // Petra presses "Prioritera" on the announcement; she votes on the ballot in her chat.
    const announced = inChannel()
      .filter((a) => a.kind === 'send')
      .at(-1);
    const inPetrasChat = sentTo(petra).length;
    await pressInChannel(
      petra,
      app.store.outbox.find(`round:${round.id}:voting`)?.sent_message_id as string,
      buttonOn(cardOf(announced), sv('rounds.button.vote')),
    );
    const ballot = cardOf(sentTo(petra)[inPetrasChat]);
    await pressForCard(petra, buttonOn(ballot, 'Rösta på #2'));
    expect(app.store.roundVotes.voters(round.id)).toBe(1);
    const during = look(await say(anna, `rundor ${round.id}`));
    look(await pressForCard(anna, buttonOn(during, sv('rounds.button.results'))));
    const ask = look(await pressForCard(anna, buttonOn(during, sv('rounds.button.close'))));
    look(await pressForCard(anna, buttonOn(ask, sv('rounds.button.closeConfirm'))));
    await bot.courier.drain();
    const files: string[] = [];
    for (const label of ['exportXlsx', 'exportCsv', 'exportMd'] as const) {
      const answer = look(await pressForCard(anna, buttonOn(during, sv(`rounds.button.${label}`))));
      for (const link of links(answer)) {
        const name = decodeURIComponent(String(link.url).split('/').at(-1) ?? '');
        files.push(wordsIn(name, await download(link)));
      }
    }
    // A workbook, three CSV files (inputs, tags, ranking) and a Markdown document.
    expect(files).toHaveLength(5);

    const received = [
      // What the bot posted and edited in the channel, and what came to Anna's chat.
      ...inChannel().map((a) => JSON.stringify(a.body)),
      ...sentTo(anna).map((a) => JSON.stringify(a.body)),
      // The cards that replaced the ones she pressed, and the files.
      ...seen.map((c) => JSON.stringify(c)),
      ...files,
    ].join('\n');
    for (const said of [...workshop.replies, workshop.byForm]) expect(received).toContain(said);
    expect(received).toContain(sv('rounds.summary.counts', { inputs: 3, participants: 3 }));
    const ids = participants.map((p) => ({ ...p, id: p.aadObjectId }));
    for (const trace of [...traces(participants), ...traces(ids)]) {
      expect(received).not.toContain(trace);
    }
    expect(troubles()).toEqual([]);
  });

  it('runs a dialogue: the second question through the form in a personal chat, closed by the clock', async () => {
    await say(petra, 'hjälp');
    const { values, round } = await openRound('runda dialog', {
      title: dialogue.title,
      prompts: dialogue.prompts.join('\n'),
      area: dialogue.area,
      audience: dialogue.audience,
    });
    expect(values).toMatchObject({
      kind: 'dialogue',
      anonymity: 'named',
      closesDate: '2026-12-06',
      closesTime: '23:59',
    });
    expect(round).toMatchObject({ kind: 'dialogue', closesAt: dialogue.closesAt });
    const { id: root, card } = roundCard(round);
    expect(textsOf(card)).toEqual(
      expect.arrayContaining([
        sv('rounds.view.area', { area: dialogue.area }),
        sv('rounds.view.audience', { audience: dialogue.audience }),
        `1\\. ${dialogue.prompts[0]}`,
        `2\\. ${dialogue.prompts[1]}`,
      ]),
    );

    // Names show in a dialogue: Petra's reply is an input, her receipt in her personal chat.
    const receipt = await answered(replyIn(root, petra, 'Samarbetet kring skolan'));
    expect(receipt.conversationId).toBe(chatOf(petra));
    expect(textsOf(cardOf(receipt))[0]).toBe(
      bold(sv('rounds.reply.saved', { number: 1, title: dialogue.title })),
    );
    // Johan answers the second question through the form, in his personal chat. He has not
    // taken part, so a typed round number finds nothing there; "Mina synpunkter" on the
    // card brings the round to his chat, and its form button works there.
    expect(textsOf(await say(johan, `synpunkter ${round.id}`))).toEqual([
      bold(sv('rounds.error.notFound')),
    ]);
    const inJohansChat = sentTo(johan).length;
    expect(await pressInChannel(johan, root, buttonOn(card, sv('rounds.button.mine')))).toBe(
      sv('teams.personalChat.sent'),
    );
    const mine = cardOf(sentTo(johan)[inJohansChat]);
    expect(textsOf(mine)).toContain(sv('rounds.mine.noneHere'));
    const form = await pressForCard(johan, buttonOn(mine, sv('rounds.button.give')));
    const prompt = inputOf(form, 'prompt');
    expect(prompt?.choices.map((c: Card) => c.title)).toEqual([
      `1. ${dialogue.prompts[0]}`,
      `2. ${dialogue.prompts[1]}`,
    ]);
    const second = prompt?.choices[1].value as string;
    const saved = await submitForm(johan, form, {
      prompt: second,
      text: 'Bredband på landsbygden',
    });
    expect(textsOf(saved)[0]).toBe(sv('rounds.input.saved', { number: 2, title: dialogue.title }));
    expect(
      app.store.roundInputs.listForRound(round.id).map((i) => [i.number, i.promptId, i.source]),
    ).toEqual([
      [1, null, 'reply'],
      [2, Number(second), 'form'],
    ]);

    // Two weeks on, the clock closes it: the summary in the channel, the card closed in place.
    await bot.tickAt(dialogue.afterClose);
    await bot.tickAt(dialogue.afterClose);
    await bot.courier.drain();
    expect(app.store.rounds.get(round.id)?.closedAt).toBe('2026-12-06T23:00:00.000Z');
    const summaries = inChannel().filter(
      (a) => textsOf(cardOf(a))[0] === sv('rounds.summary.title', { title: dialogue.title }),
    );
    expect(summaries.map((a) => a.conversationId)).toEqual([channelId]);
    expect(textsOf(cardOf(summaries[0]))).toContain(
      sv('rounds.summary.counts', { inputs: 2, participants: 2 }),
    );
    expect(updates().at(-1)).toMatchObject({ conversationId: channelId, activityId: root });
    expect(textsOf(cardOf(updates().at(-1)))).toContain(sv('rounds.view.closedThanks'));
    // A late reply is refused, in Petra's personal chat.
    await answered(replyIn(root, petra, 'För sent?'));
    expect(textsOf(cardOf(sentTo(petra).at(-1)))[0]).toContain(
      `”${dialogue.title}” stängde söndag 6 december 2026 kl. 23.59`,
    );
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(2);
    expect(troubles()).toEqual([]);
  });

  it('sends a remiss to the organisations pasted in its card; a contact answers in their personal chat', async () => {
    await say(petra, 'hjälp');
    const list = organisationList({ kumla: kim.email, oru: uno.email, lrf: 'lrf@example.se' });
    const { note, round } = await openRound('runda remiss', {
      title: remiss.title,
      prompts: remiss.prompts.join('\n'),
      organisations: list,
    });
    expect(note).toBe(noteOf(sv('rounds.opened.now', { title: remiss.title })));
    expect(app.store.roundOrganisations.listForRound(round.id)).toHaveLength(3);

    // The round's card in the channel, and an invitation in a personal chat opened with each
    // contact the team's roster finds.
    const { id: root, card } = roundCard(round);
    expect(counts(card)).toEqual([
      `${sv('rounds.view.answers')}: ${sv('rounds.view.answersValue', { answered: 0, invited: 3 })}`,
    ]);
    expect(teams.connector.rosterReads.map((r) => r.teamId)).toContain(teamId);
    expect(teams.connector.conversationsCreated.map((c) => c.body.members[0].id).sort()).toEqual(
      [kim.id, uno.id].sort(),
    );
    const invitation = cardOf(sentTo(kim)[0]);
    expect(textsOf(invitation)).toContain(
      bold(
        sv('rounds.remiss.invitation', {
          organisation: 'Kumla kommun',
          title: remiss.title,
          deadline: 'lördag 20 februari 2027 kl. 23.59',
        }),
      ),
    );
    expect(
      app.store.outbox
        .listByPrefix(`round:${round.id}:org:`)
        .map((o) => o.status)
        .sort(),
    ).toEqual(['sent', 'sent', 'unreachable']);

    // A reply in the remiss's thread is no answer: Petra is told how, in her personal chat.
    await answered(replyIn(root, petra, 'Vi tycker till!'));
    expect(textsOf(cardOf(sentTo(petra).at(-1)))).toEqual([
      bold(sv('rounds.reply.remiss', { title: remiss.title })),
    ]);

    // Kim answers for Kumla from the invitation in her personal chat.
    const form = await pressForCard(kim, buttonOn(invitation, 'Svara för Kumla kommun'));
    expect(textsOf(form)[0]).toBe(sv('rounds.answer.title'));
    const saved = await submitForm(kim, form, {
      text: 'Kumla tillstyrker förslaget.',
      link: 'https://kumla.se/remissvar.pdf',
    });
    expect(textsOf(saved)[0]).toBe(sv('rounds.answer.saved', { number: 1, title: remiss.title }));
    await bot.courier.drain();
    expect(counts(cardOf(updates().at(-1)))).toEqual([
      `${sv('rounds.view.answers')}: ${sv('rounds.view.answersValue', { answered: 1, invited: 3 })}`,
    ]);

    // `remisstatus` in Anna's personal chat: who has answered and who has not.
    const board = await say(anna, 'remisstatus');
    expect(textsOf(board)).toEqual(
      expect.arrayContaining([
        sv('rounds.status.title', { title: remiss.title }),
        `• ${sv('rounds.status.answeredLine', { name: 'Kumla kommun', when: 'söndag 22 november 2026' })}`,
        `• ${sv('rounds.status.waitingLine', { name: 'LRF Mälardalen', contact: 'lrf@example.se' })}`,
        `• ${sv('rounds.status.waitingLine', { name: 'Örebro universitet', contact: uno.email })}`,
      ]),
    );
    expect(troubles()).toEqual([]);
  });
});
