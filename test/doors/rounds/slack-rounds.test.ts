import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../src/core/rounds/round.js';
import type { RecordedCall } from '../../helpers/fake-slack-api.js';
import type { SlackBody } from '../../helpers/sign-slack-request.js';
import {
  anna,
  blocksOf,
  buttonIn,
  people,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
  viewOf,
} from '../slack/slack-harness.js';
import {
  buttonBody,
  type SentBlock,
  type SentView,
  slashCommandBody,
  submissionBody,
  threadReplyBody,
} from '../slack/slack-payloads.js';
import {
  background,
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
  tagName,
  traces,
  wordsIn,
  workshop,
} from './rounds-door-fixture.js';

/** The channel rounds are opened in, and Anna, who leads them (an admin by configuration). */
const channel = 'C0001';
const facilitatorEmail = people[anna]?.email as string;

/** Three participants in the workspace. */
const petra = { id: 'U0101', name: 'Petra Persson', email: 'petra.persson@lindesberg.se' };
const johan = { id: 'U0102', name: 'Johan Jansson', email: 'johan.jansson@nora.se' };
const sara = { id: 'U0103', name: 'Sara Svensson', email: 'sara.svensson@kumla.se' };
const participants = [petra, johan, sara];

/** The bot's DM with a user, as the fake's conversations.open names it (U0101 → D0101). */
const dmOf = (user: string) => `D${user.slice(1)}`;

type Json = Record<string, unknown>;
type Button = NonNullable<SentBlock['elements']>[number];

/** Every text of some blocks, muted ones (context blocks of mrkdwn) included. */
const saidIn = (blocks: SentBlock[]): string[] =>
  blocks.flatMap((b) =>
    b.type === 'context'
      ? (b.elements ?? []).map((e) => (e as unknown as { text: string }).text)
      : textsOf([b]),
  );

/**
 * Consultation rounds through the real Slack door: Bolt's HTTP receiver with signed
 * requests, the fake Web API, the door's outlet under the real courier, and the scheduler's
 * jobs when the clock moves. Anna opens rounds in #framtidsforum (C0001) with `/forum`;
 * Petra, Johan and Sara answer in the round's thread and through its button.
 */
describe('consultation rounds in Slack', () => {
  let app: RoundsDoorApp;
  let slack: SlackDoorHarness;
  let bot: ReturnType<typeof background>;
  let requests = 0;
  let replies = 0;

  beforeEach(async () => {
    const made = roundsApp(facilitatorEmail);
    app = made.app;
    slack = await startSlackDoor({ app });
    for (const p of participants) {
      slack.fake.users[p.id] = { realName: p.name, email: p.email, locale: 'sv-SE' };
    }
    bot = background(app, made.settings, slack.door.outlet);
  });
  afterEach(async () => {
    await slack.close();
    app.close();
  });

  /** What went wrong, in the door's log or the background's: nothing should. */
  const troubles = () =>
    [...slack.logger.lines, ...bot.logger.lines].filter(
      (l) => l.level === 'warn' || l.level === 'error',
    );

  /** Resolves once one more call like this has reached the fake than had before. */
  function next(match: string | ((c: RecordedCall) => boolean)) {
    const before = slack.fake.callsTo(match).length;
    return async () => (await slack.fake.waitFor(match, before + 1)).at(-1) as RecordedCall;
  }

  // To a user id as sent, or where it is: a post to a user id lands in the bot's DM.
  const postedTo = (to: string) => (c: RecordedCall) =>
    c.method === 'chat.postMessage' && (c.body.channel === to || c.landedIn === to);
  /** The messages the bot posted to a channel or a user, oldest first. */
  const postsIn = (to: string) => slack.fake.taken('chat.postMessage').filter(postedTo(to));
  const updates = () => slack.fake.taken('chat.update');

  /** `/forum <text>` in a channel (or the person's DM), with a response URL and trigger id. */
  function slashBody(user: string, text: string, responseId: string, where = channel) {
    const body = slashCommandBody(text, {
      user,
      responseUrl: slack.fake.responseUrl(responseId),
      channel: where,
    }) as { form: Record<string, string> };
    body.form.channel_name = where.startsWith('D') ? 'directmessage' : 'framtidsforum';
    body.form.trigger_id = `trigger-${requests}`;
    return body;
  }

  /** Runs a slash command and returns the ephemeral answer Slack got at the response URL. */
  async function slash(user: string, text: string, where = channel): Promise<Json> {
    const id = `cmd-${++requests}`;
    expect((await slack.post(slashBody(user, text, id, where))).status).toBe(200);
    const [answer] = await slack.fake.waitFor(id);
    expect(answer?.body.response_type).toBe('ephemeral');
    return answer?.body as Json;
  }

  /** Runs a slash command that answers with a form, and returns the modal Slack was asked to open. */
  async function slashForModal(user: string, text: string, where = channel): Promise<SentView> {
    const opened = next('views.open');
    const n = ++requests;
    expect((await slack.post(slashBody(user, text, `cmd-${n}`, where))).status).toBe(200);
    const call = await opened();
    // Opened with the trigger id the command came with (it expires 3 s after).
    expect(call.body.trigger_id).toBe(`trigger-${n}`);
    return viewOf(call.body);
  }

  /**
   * A click on a button of a message in `where` (a channel or a DM), with the response URL
   * and trigger id Slack sends with it; `ephemeral` for one of the bot's answers only the
   * presser sees, `ts` the message's own.
   */
  function pressBody(
    user: string,
    button: Button,
    where: { channel: string; ephemeral: boolean; ts?: string },
    responseId: string,
  ) {
    const body = buttonBody(button, {
      user,
      responseUrl: slack.fake.responseUrl(responseId),
      triggerId: `trigger-${requests}`,
    }) as { payload: Json };
    body.payload.container = {
      type: 'message',
      message_ts: where.ts ?? '1700000000.000001',
      channel_id: where.channel,
      is_ephemeral: where.ephemeral,
    };
    body.payload.channel = {
      id: where.channel,
      name: where.channel.startsWith('D') ? 'directmessage' : 'framtidsforum',
    };
    return body as SlackBody;
  }

  /** Presses a button and returns the ephemeral answer at the response URL. */
  async function press(
    user: string,
    button: Button,
    where: { channel: string; ephemeral: boolean; ts?: string },
  ): Promise<Json> {
    const id = `btn-${++requests}`;
    expect((await slack.post(pressBody(user, button, where, id))).status).toBe(200);
    const [answer] = await slack.fake.waitFor(id);
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    return answer?.body as Json;
  }

  /** Presses a button of one of the bot's ephemeral answers in the channel. */
  const pressHere = (user: string, button: Button) =>
    press(user, button, { channel, ephemeral: true });

  /** Presses a button that opens a modal, and returns the view Slack was asked to open. */
  async function pressForModal(
    user: string,
    button: Button,
    where: { channel: string; ephemeral: boolean; ts?: string },
  ): Promise<SentView> {
    const opened = next('views.open');
    await slack.post(pressBody(user, button, where, `btn-${++requests}`));
    return viewOf((await opened()).body);
  }

  /** What a modal holds as it opened: each input's initial value, by block id. */
  function initialValues(view: SentView): Record<string, string | boolean | null> {
    const values: Record<string, string | boolean | null> = {};
    for (const block of view.blocks) {
      const element = block.element as
        | (SentBlock['element'] & { initial_options?: unknown[] })
        | undefined;
      if (block.type !== 'input' || !block.block_id || !element) continue;
      values[block.block_id] =
        element.type === 'checkboxes'
          ? (element.initial_options ?? []).length > 0
          : (element.initial_value ??
            element.initial_option?.value ??
            element.initial_date ??
            element.initial_time ??
            null);
    }
    return values;
  }

  /**
   * Submits a modal as Slack sends it: what it opened with, changed where the person typed.
   * Returns what the door answered the submission with: '' closes the modal.
   */
  async function submit(user: string, view: SentView, typed: Record<string, string | boolean>) {
    const result = await slack.post(
      submissionBody(view, { ...initialValues(view), ...typed }, { user }),
    );
    expect(result.status).toBe(200);
    return result.body;
  }

  /** Submits a modal that closes, and returns the reply the door posts to the person's DM. */
  async function submitAndRead(
    user: string,
    view: SentView,
    typed: Record<string, string | boolean>,
  ) {
    const reply = next(postedTo(user));
    expect(await submit(user, view, typed)).toBe('');
    return (await reply()).body;
  }

  /**
   * A person's reply in the round's thread, as the signed `message` event Slack sends (its
   * own ts and event id, and the text in its rich-text block too); resolves with the
   * ephemeral answer the door posts back.
   */
  async function replyInThread(user: string, text: string, threadTs: string) {
    const ts = `1700000500.${String(++replies).padStart(6, '0')}`;
    const answered = next('chat.postEphemeral');
    const section = { type: 'rich_text_section', elements: [{ type: 'text', text }] };
    const body = threadReplyBody(text, user, {
      channel,
      thread_ts: threadTs,
      ts,
      event_ts: ts,
      client_msg_id: `msg-${replies}`,
      blocks: [{ type: 'rich_text', block_id: `b${replies}`, elements: [section] }],
    });
    (body as { json: Json }).json.event_id = `Ev${ts.replace('.', '')}`;
    expect(await slack.post(body)).toEqual({ status: 200, body: '' });
    return (await answered()).body;
  }

  /**
   * The round's message as the courier posted it in the channel, and the ts Slack gave it
   * (kept in the outbox: what replies in its thread and its edits name).
   */
  function roundMessage(round: Round) {
    const ts = app.store.outbox.find(`round:${round.id}`)?.sent_message_id as string;
    const heading = `${sv(`rounds.kind.${round.kind}`)}: ${round.title}`;
    const posted = postsIn(channel).filter((c) => textsOf(blocksOf(c.body))[0] === heading);
    expect(posted).toHaveLength(1);
    return { ts, blocks: blocksOf(posted[0]!.body) };
  }

  /** The fields of the live count, as the newest edit of the round message shows them. */
  const liveCount = (call: RecordedCall | undefined) =>
    textsOf(blocksOf(call!.body)).filter((t) => /^\*(Synpunkter|Deltagare|Svar)\*\n/.test(t));

  /** Anna opens a workshop through the modal: title, question, who sees names, three tags. */
  async function openWorkshop(anonymity: 'named' | 'facilitators' | 'anonymous') {
    const view = await slashForModal(anna, 'runda');
    const opened = await submitAndRead(anna, view, {
      title: workshop.title,
      prompts: workshop.prompt,
      anonymity,
      ...onlyTags(workshop.tags),
    });
    expect(textsOf(blocksOf(opened))[0]).toBe(sv('rounds.opened.now', { title: workshop.title }));
    const round = lastRound(app);
    await bot.courier.drain();
    return { view, opened, round, message: roundMessage(round) };
  }

  it('opens a workshop from /forum in the channel, takes inputs by thread and by form, prioritises, closes and exports', async () => {
    // `/forum runda` in the channel: the round's form opens as a modal. It comes with names
    // shown to the facilitators only; Anna picks names for all, so replies are inputs.
    const { view, opened, round, message } = await openWorkshop('named');
    expect(view).toMatchObject({
      callback_id: 'forumbot:form',
      title: { text: sv('rounds.form.title') },
      submit: { text: sv('rounds.form.submit') },
    });
    expect(initialValues(view)).toMatchObject({
      kind: 'workshop',
      anonymity: 'facilitators',
      closesDate: '2026-11-22',
      closesTime: '17:00',
      tag_inkludering: true,
    });
    // The modal knows where it was opened: the channel, sealed in its metadata.
    expect(view.private_metadata).toContain('"conversation":"slack:C0001"');
    // Anna's own answer comes to her DM; the round's message is for the channel.
    expect(textsOf(blocksOf(opened))).toContain(sv('rounds.button.manage'));
    expect(round).toMatchObject({
      kind: 'workshop',
      title: workshop.title,
      anonymity: 'named',
      platform: 'slack',
      conversationId: channel,
      tags: [...workshop.tags],
    });

    // The courier posted the round's message in the channel, with its buttons.
    const posted = textsOf(message.blocks);
    expect(posted).toEqual(
      expect.arrayContaining([
        `${sv('rounds.kind.workshop')}: ${workshop.title}`,
        sv('rounds.view.prompt', { prompt: workshop.prompt }),
        '*Synpunkter*\n0',
        '*Deltagare*\n0',
        sv('rounds.button.give'),
        sv('rounds.button.mine'),
      ]),
    );
    // Names show here, so the message invites replies in its thread.
    expect(saidIn(message.blocks)).toContain(sv('rounds.view.how'));
    expect(saidIn(message.blocks)).toContain(sv('rounds.anonymity.note.named'));
    expect(message.ts).toMatch(/^1700000000\.\d{6}$/);

    // Petra and Johan reply in its thread: each reply is an input, and each gets a receipt
    // only they see, in the thread.
    const petrasReceipt = await replyInThread(petra.id, workshop.replies[0], message.ts);
    const johansReceipt = await replyInThread(johan.id, workshop.replies[1], message.ts);
    expect(petrasReceipt).toMatchObject({ channel, user: petra.id, thread_ts: message.ts });
    expect(johansReceipt).toMatchObject({ channel, user: johan.id, thread_ts: message.ts });
    expect(textsOf(blocksOf(petrasReceipt))[0]).toBe(
      sv('rounds.reply.saved', { number: 1, title: workshop.title }),
    );
    expect(textsOf(blocksOf(johansReceipt))[0]).toBe(
      sv('rounds.reply.saved', { number: 2, title: workshop.title }),
    );
    expect(
      app.store.roundInputs.listForRound(round.id).map((i) => [i.number, i.source, i.text]),
    ).toEqual([
      [1, 'reply', workshop.replies[0]],
      [2, 'reply', workshop.replies[1]],
    ]);
    // Nothing of it was posted for everyone.
    expect(postsIn(channel)).toHaveLength(1);

    // Two edits were queued; the courier applies the newest, once, on the round's message.
    await bot.courier.drain();
    expect(updates()).toHaveLength(1);
    expect(updates()[0]?.body).toMatchObject({ channel, ts: message.ts });
    expect(liveCount(updates()[0])).toEqual(['*Synpunkter*\n2', '*Deltagare*\n2']);

    // Sara presses "Lämna synpunkt" on the round's message: the form opens as a modal.
    const where = { channel, ephemeral: false, ts: message.ts };
    const form = await pressForModal(
      sara.id,
      buttonIn(message.blocks, sv('rounds.button.give')),
      where,
    );
    expect(form.title?.text).toBe(sv('rounds.input.title'));
    expect(form.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual([
      'text',
      ...workshop.tags.map(tagName),
    ]);
    // Too long: the modal stays open with an error under the text (Slack keeps what she
    // typed), and nothing is stored or posted.
    const tooLong = 'x'.repeat(3001);
    expect(JSON.parse(await submit(sara.id, form, { text: tooLong }))).toEqual({
      response_action: 'errors',
      errors: { text: sv('field.tooLong', { max: 3000, length: 3001 }) },
    });
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(2);
    expect(postsIn(sara.id)).toEqual([]);
    // Shortened, with two tags: stored, and the receipt comes to her DM.
    const saved = await submitAndRead(sara.id, form, {
      text: workshop.byForm,
      tag_inkludering: true,
      'tag_gron-omstallning': true,
    });
    expect(saidIn(blocksOf(saved))).toEqual([
      sv('rounds.input.saved', { number: 3, title: workshop.title }),
      workshop.byForm,
      sv('rounds.button.edit'),
      sv('rounds.button.withdraw'),
      sv('rounds.button.giveMore'),
    ]);
    expect(app.store.roundInputs.listForRound(round.id)[2]).toMatchObject({
      number: 3,
      source: 'form',
      tags: ['gron-omstallning', 'inkludering'],
    });
    await bot.courier.drain();
    expect(updates()).toHaveLength(2);
    expect(liveCount(updates()[1])).toEqual(['*Synpunkter*\n3', '*Deltagare*\n3']);

    // Anna starts the prioritisation from the round's view: two votes each.
    const manage = await slash(anna, `rundor ${round.id}`);
    expect(textsOf(blocksOf(manage))[0]).toBe(
      `#${round.id} ${sv('rounds.kind.workshop')}: ${workshop.title}`,
    );
    const votingForm = await pressForModal(
      anna,
      buttonIn(blocksOf(manage), sv('rounds.button.startVoting')),
      { channel, ephemeral: true },
    );
    const started = await submitAndRead(anna, votingForm, { votes: '2' });
    expect(textsOf(blocksOf(started))[0]).toBe(sv('rounds.voting.started', { votes: 2 }));
    await bot.courier.drain();
    const announcement = postsIn(channel).at(-1);
    expect(textsOf(blocksOf(announcement!.body))[0]).toBe(
      sv('rounds.voting.announce', { title: workshop.title, votes: 2 }),
    );
    expect(updates()).toHaveLength(3);
    expect(textsOf(blocksOf(updates()[2]!.body))).toContain(sv('rounds.view.voting', { votes: 2 }));

    // Petra votes from the announcement: her ballot only she sees, a dot at a time.
    const ballot = await press(
      petra.id,
      buttonIn(blocksOf(announcement!.body), sv('rounds.button.vote')),
      { channel, ephemeral: false, ts: announcement!.body.ts as string },
    );
    expect(textsOf(blocksOf(ballot))).toContain(sv('rounds.ballot.left', { left: 2, votes: 2 }));
    const vote = (label: string, from: Json = ballot) =>
      pressHere(petra.id, buttonIn(blocksOf(from), label));
    const first = await vote('Rösta på #1');
    expect(textsOf(blocksOf(first))).toContain(sv('rounds.vote.added', { numbers: '#1' }));
    const second = await vote('Rösta på #3', first);
    expect(textsOf(blocksOf(second))).toContain(sv('rounds.ballot.left', { left: 0, votes: 2 }));
    // A third dot is refused, and nothing is stored for it.
    const third = await vote('Rösta på #2', second);
    expect(textsOf(blocksOf(third))).toEqual([sv('rounds.vote.noneLeft', { votes: 2 })]);
    // Johan puts one dot on Sara's input.
    const johansBallot = await press(
      johan.id,
      buttonIn(blocksOf(announcement!.body), sv('rounds.button.vote')),
      { channel, ephemeral: false },
    );
    await pressHere(johan.id, buttonIn(blocksOf(johansBallot), 'Rösta på #3'));
    expect(app.store.roundVotes.voters(round.id)).toBe(2);
    expect(app.db.prepare('SELECT count(*) AS n FROM round_votes').get()).toEqual({ n: 3 });

    // Anna closes the round: asked first, then the summary goes to the channel.
    const ask = await pressHere(anna, buttonIn(blocksOf(manage), sv('rounds.button.close')));
    expect(textsOf(blocksOf(ask))[0]).toBe(sv('rounds.close.confirm', { title: workshop.title }));
    const closed = await pressHere(anna, buttonIn(blocksOf(ask), sv('rounds.button.closeConfirm')));
    expect(textsOf(blocksOf(closed))[0]).toBe(sv('rounds.close.done', { title: workshop.title }));
    await bot.courier.drain();
    const summary = textsOf(blocksOf(postsIn(channel).at(-1)!.body));
    expect(summary[0]).toBe(sv('rounds.summary.title', { title: workshop.title }));
    expect(summary).toContain(sv('rounds.summary.counts', { inputs: 3, participants: 3 }));
    expect(summary.join('\n')).toContain('*Per tagg*\nGrön omställning: 1\nInkludering: 1');
    expect(summary.join('\n')).toContain(`1. #3 ${workshop.byForm} – 2 röster`);
    // The round's message shows it closed, without its buttons.
    const final = updates().at(-1);
    expect(updates()).toHaveLength(4);
    expect(final?.body).toMatchObject({ channel, ts: message.ts });
    expect(textsOf(blocksOf(final!.body))).toContain(sv('rounds.view.closedThanks'));
    expect(blocksOf(final!.body).some((b) => b.type === 'actions')).toBe(false);
    // A late reply is refused, to the replier only.
    const late = await replyInThread(johan.id, 'Hinner jag?', message.ts);
    expect(textsOf(blocksOf(late))[0]).toContain('stängde söndag 22 november 2026 kl. 10.00');
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(3);

    // The exports come as files to Anna's DM, wherever she asked from.
    const completed = slack.fake.callsTo('files.completeUploadExternal').length;
    const xlsxAnswer = await pressHere(
      anna,
      buttonIn(blocksOf(closed), sv('rounds.button.exportXlsx')),
    );
    await slack.fake.waitFor('files.completeUploadExternal', completed + 1);
    expect(textsOf(blocksOf(xlsxAnswer))[0]).toBe(
      sv('rounds.export.done', { title: workshop.title }),
    );
    const csvAnswer = await pressHere(
      anna,
      buttonIn(blocksOf(manage), sv('rounds.button.exportCsv')),
    );
    expect(textsOf(blocksOf(csvAnswer))[0]).toBe(
      sv('rounds.export.done', { title: workshop.title }),
    );
    await slack.fake.waitFor('files.completeUploadExternal', completed + 4);
    const files = slack.fake.sharedFiles();
    expect(files.map((f) => [f.filename, f.channel, f.uploadedWith])).toEqual([
      ['framtidens-kompetens-2026-11-22.xlsx', dmOf(anna), 'Bearer xoxb-test-token'],
      ['framtidens-kompetens-2026-11-22-synpunkter.csv', dmOf(anna), 'Bearer xoxb-test-token'],
      ['framtidens-kompetens-2026-11-22-taggar.csv', dmOf(anna), 'Bearer xoxb-test-token'],
      ['framtidens-kompetens-2026-11-22-prioritering.csv', dmOf(anna), 'Bearer xoxb-test-token'],
    ]);
    const book = await exportedWorkbook(files[0]!.content!);
    expect(Object.keys(book)).toEqual(['Synpunkter', 'Taggar', 'Prioritering']);
    // Names show in this round: the export has them.
    expect(book.Synpunkter?.slice(1).map((r) => [r[0], r[2], r[8]])).toEqual([
      [1, workshop.replies[0], petra.name],
      [2, workshop.replies[1], johan.name],
      [3, workshop.byForm, sara.name],
    ]);
    expect(exportedCsv(files[3]!.content!).rows[0]).toEqual(['1', '#3', workshop.byForm, '2']);
    expect(troubles()).toEqual([]);
  });

  it('keeps an anonymous round anonymous in everything Anna receives: channel, views and files', async () => {
    const { round, message } = await openWorkshop('anonymous');
    expect(saidIn(message.blocks)).toContain(sv('rounds.anonymity.note.anonymous'));
    // A reply would show its author's name to the channel: the message asks for the form.
    expect(saidIn(message.blocks)).toContain(sv('rounds.view.howForm'));
    expect(saidIn(message.blocks)).not.toContain(sv('rounds.view.how'));

    // Petra replies in the thread anyway: nothing is stored, and she alone is asked to delete
    // it and use the form, whose button comes with the note.
    const note = await replyInThread(petra.id, workshop.replies[0], message.ts);
    expect(note).toMatchObject({ channel, user: petra.id, thread_ts: message.ts });
    expect(textsOf(blocksOf(note))).toEqual([
      sv('rounds.reply.notNamed', { title: workshop.title }),
      sv('rounds.button.give'),
    ]);
    expect(app.db.prepare('SELECT count(*) AS n FROM round_inputs').get()).toEqual({ n: 0 });
    expect(postsIn(channel)).toHaveLength(1);
    // She gives it through the note's button; Johan and Sara (with a tag) through the message's.
    const petrasForm = await pressForModal(
      petra.id,
      buttonIn(blocksOf(note), sv('rounds.button.give')),
      {
        channel,
        ephemeral: true,
      },
    );
    await submitAndRead(petra.id, petrasForm, { text: workshop.replies[0] });
    const where = { channel, ephemeral: false, ts: message.ts };
    const johansForm = await pressForModal(
      johan.id,
      buttonIn(message.blocks, sv('rounds.button.give')),
      where,
    );
    await submitAndRead(johan.id, johansForm, { text: workshop.replies[1] });
    const form = await pressForModal(
      sara.id,
      buttonIn(message.blocks, sv('rounds.button.give')),
      where,
    );
    await submitAndRead(sara.id, form, { text: workshop.byForm, tag_inkludering: true });
    const rows = app.db.prepare('SELECT person_id, organisation FROM round_inputs').all();
    expect(rows).toEqual([
      { person_id: null, organisation: '' },
      { person_id: null, organisation: '' },
      { person_id: null, organisation: '' },
    ]);
    // Each author still finds their own, and only theirs.
    const mine = await press(petra.id, buttonIn(message.blocks, sv('rounds.button.mine')), where);
    expect(textsOf(blocksOf(mine)).join('\n')).toContain(workshop.replies[0]);
    expect(textsOf(blocksOf(mine)).join('\n')).not.toContain(workshop.replies[1]);

    // Everything Anna is answered, from the round's view on: listed, prioritised, closed.
    const answers: Json[] = [];
    const seen = async <T extends Json>(answer: Promise<T>) => {
      answers.push(await answer);
      return answers.at(-1) as T;
    };
    const manage = await seen(slash(anna, `rundor ${round.id}`));
    const inputs = await seen(
      pressHere(anna, buttonIn(blocksOf(manage), sv('rounds.button.inputs'))),
    );
    // Each one "Anonym" and the day it came: not the time of day, which could tell who.
    expect(textsOf(blocksOf(inputs)).filter((t) => t.startsWith('*#'))).toEqual(
      [1, 2, 3].map((n) =>
        expect.stringMatching(
          new RegExp(`^\\*#${n}\\* · ${sv('rounds.inputs.anonymous')} · söndag 22 november 2026\n`),
        ),
      ),
    );
    const votingForm = await pressForModal(
      anna,
      buttonIn(blocksOf(manage), sv('rounds.button.startVoting')),
      { channel, ephemeral: true },
    );
    answers.push(await submitAndRead(anna, votingForm, { votes: '1' }));
    await bot.courier.drain();
    const announcement = postsIn(channel).at(-1)!;
    const ballot = await press(
      petra.id,
      buttonIn(blocksOf(announcement.body), sv('rounds.button.vote')),
      { channel, ephemeral: false },
    );
    await pressHere(petra.id, buttonIn(blocksOf(ballot), 'Rösta på #2'));
    const voting = await seen(slash(anna, `rundor ${round.id}`));
    await seen(pressHere(anna, buttonIn(blocksOf(voting), sv('rounds.button.results'))));
    const ask = await seen(pressHere(anna, buttonIn(blocksOf(manage), sv('rounds.button.close'))));
    const closed = await seen(
      pressHere(anna, buttonIn(blocksOf(ask), sv('rounds.button.closeConfirm'))),
    );
    await bot.courier.drain();
    const completed = slack.fake.callsTo('files.completeUploadExternal').length;
    // One workbook, three CSV files (inputs, tags, ranking), one Markdown document; each
    // press waits for its files, which follow the answer.
    for (const [label, count] of [
      ['exportXlsx', 1],
      ['exportCsv', 4],
      ['exportMd', 5],
    ] as const) {
      await seen(pressHere(anna, buttonIn(blocksOf(manage), sv(`rounds.button.${label}`))));
      await slack.fake.waitFor('files.completeUploadExternal', completed + count);
    }
    const files = slack.fake.sharedFiles();
    expect(
      files.map((f) => [f.filename.replace('framtidens-kompetens-2026-11-22', ''), f.channel]),
    ).toEqual([
      ['.xlsx', dmOf(anna)],
      ['-synpunkter.csv', dmOf(anna)],
      ['-taggar.csv', dmOf(anna)],
      ['-prioritering.csv', dmOf(anna)],
      ['.md', dmOf(anna)],
    ]);
    // The workbook's rows: no organisation, type, municipality, person or source (empty
    // cells), and the day only.
    const book = await exportedWorkbook(files[0]!.content!);
    expect(
      book.Synpunkter?.slice(1).map((r) => [r[0], ...Array.from(r.slice(5, 11), (c) => c ?? '')]),
    ).toEqual([
      [1, '', '', '', '', '2026-11-22', ''],
      [2, '', '', '', '', '2026-11-22', ''],
      [3, '', '', '', '', '2026-11-22', ''],
    ]);
    expect(textsOf(blocksOf(closed))[0]).toBe(sv('rounds.close.done', { title: workshop.title }));

    const received = [
      // What the bot posted in the channel, and every edit of the round's message.
      ...postsIn(channel).map((c) => JSON.stringify(c.body)),
      ...updates().map((c) => JSON.stringify(c.body)),
      // Anna's ephemeral answers, what came to her DM, and every modal opened (hers too).
      ...answers.map((a) => JSON.stringify(a)),
      ...slack.fake
        .taken('chat.postMessage')
        .filter((c) => [anna, dmOf(anna)].includes(c.body.channel as string))
        .map((c) => JSON.stringify(c.body)),
      ...slack.fake.callsTo('views.open').map((c) => JSON.stringify(c.body)),
      // The files, unpacked.
      ...files.map((f) => wordsIn(f.filename, f.content!)),
    ].join('\n');
    // It is all there…
    for (const said of [...workshop.replies, workshop.byForm]) expect(received).toContain(said);
    expect(received).toContain(sv('rounds.summary.counts', { inputs: 3, participants: 3 }));
    // …and nothing in it points at who wrote what.
    for (const trace of traces(participants)) expect(received).not.toContain(trace);
    expect(troubles()).toEqual([]);
  });

  it('runs a dialogue over two questions, and the clock closes it with its summary in the channel', async () => {
    // `/forum runda dialog`: the form comes filled in for a dialogue of two weeks, with names.
    const view = await slashForModal(anna, 'runda dialog');
    expect(initialValues(view)).toMatchObject({
      kind: 'dialogue',
      anonymity: 'named',
      closesDate: '2026-12-06',
      closesTime: '23:59',
    });
    const opened = await submitAndRead(anna, view, {
      title: dialogue.title,
      prompts: dialogue.prompts.join('\n'),
      area: dialogue.area,
      audience: dialogue.audience,
    });
    expect(textsOf(blocksOf(opened))[0]).toBe(sv('rounds.opened.now', { title: dialogue.title }));
    const round = lastRound(app);
    expect(round).toMatchObject({
      kind: 'dialogue',
      area: dialogue.area,
      closesAt: dialogue.closesAt,
    });
    await bot.courier.drain();
    const message = roundMessage(round);
    expect(saidIn(message.blocks)).toEqual(
      expect.arrayContaining([
        `${sv('rounds.view.openUntil', { when: 'söndag 6 december 2026 kl. 23.59' })}\n${sv('rounds.view.area', { area: dialogue.area })}\n${sv('rounds.view.audience', { audience: dialogue.audience })}`,
        `${sv('rounds.view.prompts')}\n1. ${dialogue.prompts[0]}\n2. ${dialogue.prompts[1]}`,
        sv('rounds.anonymity.note.named'),
      ]),
    );

    // Petra replies in the thread; Johan answers the second question through the form.
    const receipt = await replyInThread(petra.id, 'Samarbetet kring skolan', message.ts);
    expect(textsOf(blocksOf(receipt))[0]).toBe(
      sv('rounds.reply.saved', { number: 1, title: dialogue.title }),
    );
    const where = { channel, ephemeral: false, ts: message.ts };
    const form = await pressForModal(
      johan.id,
      buttonIn(message.blocks, sv('rounds.button.give')),
      where,
    );
    const prompt = form.blocks.find((b) => b.block_id === 'prompt')?.element;
    expect(prompt?.options?.map((o) => o.text.text)).toEqual([
      `1. ${dialogue.prompts[0]}`,
      `2. ${dialogue.prompts[1]}`,
    ]);
    const second = prompt?.options?.[1]?.value as string;
    await submitAndRead(johan.id, form, { prompt: second, text: 'Bredband på landsbygden' });
    expect(
      app.store.roundInputs
        .listForRound(round.id)
        .map((i) => [i.number, i.promptId, i.personId !== null]),
    ).toEqual([
      [1, null, true],
      [2, Number(second), true],
    ]);

    // Two weeks later the clock passes its end: the scheduler closes it, once, with its summary.
    await bot.tickAt(dialogue.afterClose);
    await bot.tickAt(dialogue.afterClose);
    await bot.courier.drain();
    expect(app.store.rounds.get(round.id)?.closedAt).toBe('2026-12-06T23:00:00.000Z');
    const summaries = postsIn(channel).filter(
      (c) => textsOf(blocksOf(c.body))[0] === sv('rounds.summary.title', { title: dialogue.title }),
    );
    expect(summaries).toHaveLength(1);
    expect(textsOf(blocksOf(summaries[0]!.body))).toContain(
      sv('rounds.summary.counts', { inputs: 2, participants: 2 }),
    );
    expect(textsOf(blocksOf(updates().at(-1)!.body))).toContain(sv('rounds.view.closedThanks'));
    // Latecomers are told kindly, by reply and by button alike, and only they see it.
    const late = await replyInThread(sara.id, 'För sent?', message.ts);
    expect(late).toMatchObject({ user: sara.id, thread_ts: message.ts });
    expect(textsOf(blocksOf(late))[0]).toContain(
      `”${dialogue.title}” stängde söndag 6 december 2026 kl. 23.59`,
    );
    const pressed = await press(sara.id, buttonIn(message.blocks, sv('rounds.button.give')), where);
    expect(textsOf(blocksOf(pressed))[0]).toBe(textsOf(blocksOf(late))[0]);
    expect(app.store.roundInputs.counts(round.id)).toEqual({ inputs: 2, participants: 2 });

    // The Markdown export names who wrote what: this dialogue is named.
    const manage = await slash(anna, `rundor ${round.id}`);
    await pressHere(anna, buttonIn(blocksOf(manage), sv('rounds.button.exportMd')));
    await slack.fake.waitFor('files.completeUploadExternal');
    const [markdown] = slack.fake.sharedFiles();
    expect(markdown).toMatchObject({
      filename: 'rus-dialog-norra-lansdelen-2026-12-07.md',
      channel: dmOf(anna),
    });
    const document = markdown!.content!.toString('utf8');
    expect(document).toContain(`## 1. ${dialogue.prompts[0]}`);
    expect(document).toContain(petra.name);
    expect(document).toContain(johan.name);
    expect(troubles()).toEqual([]);
  });

  it('sends a remiss to the organisations pasted in its form; a contact answers from their DM', async () => {
    const kim = { id: 'U0201', name: 'Kim Kumla', email: 'registrator@kumla.se' };
    const uno = { id: 'U0202', name: 'Uno Universitet', email: 'remiss@oru.se' };
    for (const c of [kim, uno]) {
      slack.fake.users[c.id] = { realName: c.name, email: c.email, locale: 'sv-SE' };
    }
    // LRF's contact is not in the workspace.
    const list = organisationList({ kumla: kim.email, oru: uno.email, lrf: 'lrf@example.se' });

    const view = await slashForModal(anna, 'runda remiss');
    expect(initialValues(view)).toMatchObject({
      kind: 'remiss',
      anonymity: 'named',
      closesDate: '2027-02-20',
    });
    expect(view.blocks.at(-1)?.block_id).toBe('organisations');
    // Anonymous and a row without an address: both refused at once, the modal kept open.
    const refused = await submit(anna, view, {
      title: remiss.title,
      prompts: remiss.prompts.join('\n'),
      anonymity: 'anonymous',
      organisations: `${list}\nBara ett namn`,
    });
    expect(JSON.parse(refused)).toEqual({
      response_action: 'errors',
      errors: {
        anonymity: sv('rounds.form.remissNamed'),
        organisations: sv('rounds.orgs.problemLine', {
          line: 5,
          problem: sv('rounds.orgs.row.badEmail', { name: 'Bara ett namn', email: '' }),
        }),
      },
    });
    expect(app.store.rounds.listUnclosed()).toEqual([]);
    const opened = await submitAndRead(anna, view, {
      title: remiss.title,
      prompts: remiss.prompts.join('\n'),
      organisations: list,
    });
    expect(textsOf(blocksOf(opened))).toEqual([
      sv('rounds.opened.now', { title: remiss.title }),
      sv('rounds.opened.organisations', { count: 3 }),
      sv('rounds.button.manage'),
      sv('rounds.button.addOrganisations'),
    ]);
    const round = lastRound(app);

    // The round's message in the channel, and an invitation to each contact Slack finds.
    await bot.courier.drain();
    const message = roundMessage(round);
    expect(textsOf(message.blocks)).toEqual(
      expect.arrayContaining([
        sv('rounds.view.organisations', {
          count: 3,
          names: 'Kumla kommun, LRF Mälardalen, Örebro universitet',
        }),
        `*${sv('rounds.view.answers')}*\n${sv('rounds.view.answersValue', { answered: 0, invited: 3 })}`,
        sv('rounds.button.answer'),
        sv('rounds.button.moreTime'),
      ]),
    );
    expect(postsIn(dmOf(kim.id))).toHaveLength(1);
    expect(postsIn(dmOf(uno.id))).toHaveLength(1);
    const invitation = blocksOf(postsIn(dmOf(kim.id))[0]!.body);
    expect(textsOf(invitation)).toContain(
      sv('rounds.remiss.invitation', {
        organisation: 'Kumla kommun',
        title: remiss.title,
        deadline: 'lördag 20 februari 2027 kl. 23.59',
      }),
    );
    const unreachable = app.store.outbox
      .listByPrefix(`round:${round.id}:org:`)
      .filter((o) => o.status === 'unreachable');
    expect(unreachable).toHaveLength(1);

    // A reply in the remiss's thread is not an answer: the replier is told how to answer.
    const thread = await replyInThread(petra.id, 'Vi tycker till!', message.ts);
    expect(textsOf(blocksOf(thread))).toEqual([
      sv('rounds.reply.remiss', { title: remiss.title }),
      sv('rounds.button.answer'),
    ]);

    // Kim answers for Kumla from the invitation in her DM, with a link to the document.
    const form = await pressForModal(kim.id, buttonIn(invitation, 'Svara för Kumla kommun'), {
      channel: dmOf(kim.id),
      ephemeral: false,
    });
    expect(form.title?.text).toBe(sv('rounds.answer.title'));
    const saved = await submitAndRead(kim.id, form, {
      text: 'Kumla tillstyrker förslaget.',
      link: 'https://kumla.se/remissvar.pdf',
      tag_inkludering: true,
    });
    expect(textsOf(blocksOf(saved))[0]).toBe(
      sv('rounds.answer.saved', { number: 1, title: remiss.title }),
    );
    expect(app.store.roundInputs.listForRound(round.id)).toEqual([
      expect.objectContaining({
        organisation: 'Kumla kommun',
        municipality: 'Kumla',
        documentUrl: 'https://kumla.se/remissvar.pdf',
        tags: ['inkludering'],
      }),
    ]);
    await bot.courier.drain();
    expect(liveCount(updates().at(-1))).toEqual([
      `*${sv('rounds.view.answers')}*\n${sv('rounds.view.answersValue', { answered: 1, invited: 3 })}`,
    ]);

    // `remisstatus`: who has answered and who has not.
    const board = await slash(anna, 'remisstatus');
    expect(textsOf(blocksOf(board)).slice(0, 4)).toEqual([
      sv('rounds.status.title', { title: remiss.title }),
      sv('rounds.status.summary', {
        answered: 1,
        moreTime: 0,
        extended: 0,
        waiting: 2,
        deadline: 'lördag 20 februari 2027 kl. 23.59',
      }),
      `${sv('rounds.status.answered', { count: 1 })}\n• ${sv('rounds.status.answeredLine', { name: 'Kumla kommun', when: 'söndag 22 november 2026' })}`,
      [
        sv('rounds.status.waiting', { count: 2 }),
        `• ${sv('rounds.status.waitingLine', { name: 'LRF Mälardalen', contact: 'lrf@example.se' })}`,
        `• ${sv('rounds.status.waitingLine', { name: 'Örebro universitet', contact: uno.email })}`,
      ].join('\n'),
    ]);
    expect(troubles()).toEqual([]);
  });
});
