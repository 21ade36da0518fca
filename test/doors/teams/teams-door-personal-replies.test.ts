import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { message, type Reply } from '../../../src/core/chat.js';
import { type Command, defineCommand } from '../../../src/core/command.js';
import { translator } from '../../../src/core/i18n/translate.js';
import type { Round } from '../../../src/core/rounds/round.js';
import { testApp, testNow } from '../../helpers/test-store.js';
import { actionsOf, cardOf, inputOf, textsOf } from './card-query.js';
import { type Activity, startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const en = translator('en');
const channelId = '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2';
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
const anna = {
  aad: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  teamsId: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
};
/** The personal chat Anna's own message to the bot comes from (the fixtures' one). */
const annasStoredChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';
/** The personal chat the fake connector opens for Anna's Teams id. */
const annasOpenedChat = `a:personal-chat-with-${anna.teamsId}`;
const messageResponse = 'application/vnd.microsoft.activity.message';
const input = 'Fler pendeltåg mellan Örebro och Hallsberg, och tätare turer på kvällen.';

/** The input form a round's card carries. */
const inputForm = {
  title: 'Lämna ett inspel',
  submitLabel: 'Skicka',
  submitCommand: 'test.input.save',
  args: {},
  inputs: [
    { kind: 'text' as const, name: 'text', label: 'Inspel', required: true, maxLength: 2000 },
  ],
  values: {},
};

/** The ballot `test.vote` answers with: the voter's own, with a button per input. */
const ballotLine = 'Din röstsedel: 2 av 2 röster kvar.';

/**
 * Commands of the test's own, shaped like a consultation round's. Those about inputs are not
 * marked personal, and saving an input answers personally (the input as saved, with buttons
 * to change or withdraw it). An empty text is refused, personally too. `test.vote` is marked
 * personal, as "Prioritera" and the other commands about someone's own data are: it answers
 * with the presser's ballot, or refuses when the prioritisation is closed.
 */
function roundCommands() {
  const runs: string[] = [];
  const save = (
    ctx: Parameters<Command['run']>[0],
    text: string,
    source: 'form' | 'reply',
  ): Reply => {
    runs.push(source);
    if (text.trim() === '') {
      return {
        ...message({ kind: 'text', text: 'Skriv något först.' }),
        outcome: 'refused',
        personal: true,
      };
    }
    if (text.length > 200) {
      // As a round's form comes back: everything typed, and what to fix, for anyone to use.
      return {
        kind: 'form',
        form: {
          ...inputForm,
          values: { text },
          errors: { text: `Högst 200 tecken (nu ${text.length}).` },
        },
        outcome: 'refused',
      };
    }
    const { store } = ctx;
    const [round] = store.rounds.listUnclosed() as [Round];
    const saved = store.transaction(() =>
      store.roundInputs.add(
        {
          roundId: round.id,
          number: store.rounds.nextInputNumber(round.id),
          promptId: null,
          personId: ctx.person.id,
          authorKey: `test-${ctx.person.id}`,
          organisationId: null,
          text,
          documentUrl: null,
          organisation: '',
          organisationType: '',
          municipality: '',
          source,
          tags: [],
        },
        ctx.now.toISOString(),
      ),
    );
    const args = { input: String(saved.id) };
    return {
      ...message(
        { kind: 'text', text: `Tack! Ditt inspel *${saved.number}* är sparat.` },
        { kind: 'text', text: saved.text, muted: true },
        {
          kind: 'actions',
          buttons: [
            { label: 'Ändra', command: 'test.input.edit', args },
            { label: 'Dra tillbaka', command: 'test.input.withdraw', args },
          ],
        },
      ),
      personal: true,
    };
  };
  const commands: Command[] = [
    defineCommand({
      id: 'help',
      words: ['hjälp', 'help'],
      args: z.object({}),
      run: () => message({ kind: 'heading', text: 'Hjälp' }),
    }),
    defineCommand({
      id: 'test.input.save',
      words: ['inspel'],
      fromText: (rest) => ({ text: rest }),
      args: z.object({ text: z.string().default('') }),
      run: (ctx, args) => save(ctx, args.text, 'form'),
    }),
    defineCommand({
      id: 'conversation.reply',
      args: z.object({ messageId: z.string(), text: z.string() }),
      run: (ctx, args) => save(ctx, args.text, 'reply'),
    }),
    defineCommand({
      id: 'test.input.change',
      args: z.object({}),
      // An input's own form, filled in with what its author wrote: theirs alone.
      run: (): Reply => ({
        kind: 'form',
        form: { ...inputForm, title: 'Ändra ditt inspel', values: { text: input } },
        personal: true,
      }),
    }),
    defineCommand({
      id: 'test.vote',
      words: ['prioritera'],
      personal: true,
      args: z.object({ round: z.string().default('') }),
      run: (_, args): Reply => {
        runs.push('vote');
        if (args.round === 'stängd') {
          return {
            ...message({ kind: 'text', text: 'Prioriteringen är stängd.' }),
            outcome: 'refused',
          };
        }
        return message(
          { kind: 'heading', text: 'Prioritera: Kollektivtrafiken 2030' },
          { kind: 'text', text: ballotLine },
          {
            kind: 'actions',
            buttons: [{ label: 'Rösta på #1', command: 'test.vote.add', args: { input: '1' } }],
          },
        );
      },
    }),
  ];
  return { commands, runs };
}

/**
 * In a channel or group chat, a command that is not marked personal may still answer with
 * the person's own data once it has done its work. Teams has no message only one person in
 * a channel sees, so that answer goes to the person's personal chat with the bot (the stored
 * one, or one opened for them), the shared card stays as it is, and the presser gets a note
 * only they see.
 */
describe('Teams door: personal answers from a channel', () => {
  let teams: TeamsDoorHarness;
  let runs: string[];
  let round: Round;

  beforeEach(async () => {
    const test = roundCommands();
    runs = test.runs;
    teams = await startTeamsDoor({ app: testApp({ commands: test.commands }) });
    const { store } = teams.app;
    const facilitator = store.people.create(
      { email: 'eva@regionorebrolan.se', displayName: 'Eva Ek', locale: 'sv' },
      testNow,
    );
    round = store.rounds.create(
      {
        kind: 'workshop',
        title: 'Kollektivtrafiken 2030',
        audience: '',
        area: '',
        anonymity: 'named',
        tags: [],
        platform: 'teams',
        conversationId: channelId,
        locale: 'sv',
        opensAt: testNow,
        closesAt: '2026-11-29T09:00:00Z',
        prompts: ['Vad behöver länet?'],
        createdBy: facilitator.id,
      },
      testNow,
    );
  });
  afterEach(async () => {
    await teams.close();
    teams.app.close();
  });

  const inputs = () => teams.app.store.roundInputs.listForRound(round.id);
  const channel = () => teams.activity('message-channel-mention').conversation;
  /** "Skicka" on the round card's form in the channel, as Action.Execute sends it. */
  const submit = (text: string, overrides: Activity = {}) => {
    const invoke = teams.activity('action-execute-invoke', {
      conversation: channel(),
      ...overrides,
    });
    invoke.value.action = {
      type: 'Action.Execute',
      verb: 'test.input.save',
      data: { forumbot: { c: 'test.input.save', a: {} }, text },
    };
    return invoke;
  };
  /** A button on the round's card in the channel, as Action.Execute sends it. */
  const press = (command: string, args: Record<string, string> = {}, overrides: Activity = {}) => {
    const invoke = submit('', overrides);
    invoke.value.action = {
      type: 'Action.Execute',
      verb: command,
      data: { forumbot: { c: command, a: args } },
    };
    return invoke;
  };
  /** Anna writes to the bot in her personal chat once, so that chat is stored. */
  async function annaHasAPersonalChat() {
    await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    await teams.connector.waitForActivities(1);
    teams.connector.activities.length = 0;
  }
  const inChannel = () =>
    teams.connector.activities.filter((a) => a.conversationId.startsWith(channelId));

  it('sends a channel form’s personal answer to a personal chat it opens, and tells only the presser', async () => {
    const res = await teams.post(submit(input));

    // The invoke's answer is a note only Anna sees: the shared card is not replaced.
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sv('teams.personalChat.sent'),
    });
    // The command ran once and stored the input once.
    expect(runs).toEqual(['form']);
    expect(inputs().map((i) => [i.text, i.source])).toEqual([[input, 'form']]);

    // No personal chat was stored, so one was opened with Anna's Teams id, in her tenant,
    // on the connector the invoke came from…
    expect(teams.connector.conversationsCreated.map((c) => c.body)).toEqual([
      {
        isGroup: false,
        bot: { id: botId, role: 'bot' },
        members: [{ id: anna.teamsId, role: 'user' }],
        tenantId,
        channelData: { tenant: { id: tenantId } },
      },
    ]);
    // …and exactly one activity went there: her input, with her buttons.
    expect(teams.connector.activities).toHaveLength(1);
    const [sent] = teams.connector.activities;
    expect(sent?.kind).toBe('send');
    expect(sent?.conversationId).toBe(annasOpenedChat);
    expect(sent?.body).toMatchObject({
      type: 'message',
      from: { id: botId },
      conversation: { id: annasOpenedChat },
      summary: 'Tack! Ditt inspel 1 är sparat.',
    });
    const card = cardOf(sent);
    expect(textsOf(card)).toEqual(['Tack! Ditt inspel **1** är sparat.', input]);
    expect(
      actionsOf(card)
        .filter((a) => a.type === 'Action.Execute')
        .map((a) => [a.title, a.verb]),
    ).toEqual([
      ['Ändra', 'test.input.edit'],
      ['Dra tillbaka', 'test.input.withdraw'],
    ]);
    // Nothing in the channel, and no edit of any card there.
    expect(inChannel()).toEqual([]);
    expect(teams.connector.activities.filter((a) => a.kind === 'update')).toEqual([]);
    expect(teams.connector.refused).toEqual([]);

    // The chat opened is remembered: the next answer goes there without opening another.
    const person = teams.app.store.people.findByIdentity('teams', anna.aad);
    expect(teams.app.store.conversations.personalFor(Number(person?.id), 'teams')).toMatchObject({
      conversationId: annasOpenedChat,
      kind: 'personal',
    });
    const again = await teams.post(submit('Och en cykelbana till Kumla.'));
    expect(again.body.value).toBe(sv('teams.personalChat.sent'));
    expect(teams.connector.conversationsCreated).toHaveLength(1);
    expect(teams.connector.activities.map((a) => a.conversationId)).toEqual([
      annasOpenedChat,
      annasOpenedChat,
    ]);
    expect(inputs()).toHaveLength(2);
  });

  it('uses the personal chat already stored, and speaks the presser’s language', async () => {
    await annaHasAPersonalChat();
    const res = await teams.post(submit(input, { locale: 'en-US' }));

    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: en('teams.personalChat.sent'),
    });
    expect(inputs()).toHaveLength(1);
    expect(teams.connector.conversationsCreated).toEqual([]);
    expect(teams.connector.activities).toHaveLength(1);
    expect(teams.connector.activities[0]?.conversationId).toBe(annasStoredChat);
    expect(textsOf(cardOf(teams.connector.activities[0]))).toContain(input);
  });

  it('does the same in a group chat', async () => {
    const group = {
      id: '19:meeting_Y2hhdA@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId,
    };
    const res = await teams.post(submit(input, { conversation: group }));
    expect(res.body.value).toBe(sv('teams.personalChat.sent'));
    expect(inputs()).toHaveLength(1);
    expect(teams.connector.activities.map((a) => a.conversationId)).toEqual([annasOpenedChat]);
  });

  it('sends the answer to a reply in the round’s thread to the personal chat, with no channel post', async () => {
    await teams.post(teams.activity('message-channel-reply', { text: input }));
    const [sent] = await teams.connector.waitForActivities(1);

    expect(runs).toEqual(['reply']);
    expect(inputs().map((i) => [i.text, i.source])).toEqual([[input, 'reply']]);
    expect(teams.connector.conversationsCreated).toHaveLength(1);
    expect(teams.connector.conversationsCreated[0]?.body.members).toEqual([
      { id: anna.teamsId, role: 'user' },
    ]);
    expect(sent?.conversationId).toBe(annasOpenedChat);
    expect(textsOf(cardOf(sent))).toEqual(['Tack! Ditt inspel **1** är sparat.', input]);
    expect(teams.connector.activities).toHaveLength(1);
    expect(inChannel()).toEqual([]);
  });

  it('sends the answer to a thread reply to a stored personal chat without opening one', async () => {
    await annaHasAPersonalChat();
    await teams.post(teams.activity('message-channel-reply', { text: input }));
    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.conversationId).toBe(annasStoredChat);
    expect(teams.connector.conversationsCreated).toEqual([]);
    expect(inputs()).toHaveLength(1);
    expect(inChannel()).toEqual([]);
  });

  it('sends the answer to a command typed in a channel to the personal chat, with no channel post', async () => {
    await teams.post(
      teams.activity('message-channel-mention', { text: `<at>forumbot</at> inspel ${input}` }),
    );
    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.conversationId).toBe(annasOpenedChat);
    expect(textsOf(cardOf(sent))).toContain(input);
    expect(inputs()).toHaveLength(1);
    expect(teams.connector.activities).toHaveLength(1);
    expect(inChannel()).toEqual([]);
  });

  it('sends a personal form to the personal chat, filled in, and says so', async () => {
    const invoke = submit('');
    invoke.value.action.data = { forumbot: { c: 'test.input.change', a: {} } };
    const res = await teams.post(invoke);
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sv('teams.personalChat.formSent'),
    });
    expect(teams.connector.activities).toHaveLength(1);
    const [sent] = teams.connector.activities;
    expect(sent?.conversationId).toBe(annasOpenedChat);
    expect(inputOf(cardOf(sent), 'text')).toMatchObject({ type: 'Input.Text', value: input });
    expect(inChannel()).toEqual([]);
  });

  it('tells the presser why when nothing was saved, and sends nothing', async () => {
    const res = await teams.post(submit('   '));
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: 'Skriv något först.',
    });
    expect(inputs()).toEqual([]);
    expect(teams.connector.activities).toEqual([]);
    expect(teams.connector.conversationsCreated).toEqual([]);
  });

  it('keeps a refused form’s text out of the channel and tells the presser what to fix', async () => {
    const long = `${input} `.repeat(4);
    const res = await teams.post(submit(long));
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: `Lämna ett inspel\nInspel: Högst 200 tecken (nu ${long.length}).`,
    });
    expect(runs).toEqual(['form']);
    expect(inputs()).toEqual([]);
    expect(teams.connector.activities).toEqual([]);
    expect(teams.connector.conversationsCreated).toEqual([]);
  });

  it('runs a personal button on the shared card once, leaves the card, and sends the answer to the personal chat', async () => {
    const res = await teams.post(press('test.vote'));

    // Not the card that replaces the one everyone sees: a note only Anna sees.
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sv('teams.personalChat.sent'),
    });
    expect(runs).toEqual(['vote']);
    // Exactly one activity, in the personal chat opened with Anna: her ballot, with its
    // buttons, to use there.
    expect(teams.connector.conversationsCreated.map((c) => c.body.members)).toEqual([
      [{ id: anna.teamsId, role: 'user' }],
    ]);
    expect(teams.connector.activities).toHaveLength(1);
    const [sent] = teams.connector.activities;
    expect(sent?.kind).toBe('send');
    expect(sent?.conversationId).toBe(annasOpenedChat);
    expect(sent?.body.summary).toBe('Prioritera: Kollektivtrafiken 2030');
    const card = cardOf(sent);
    expect(textsOf(card)).toEqual(['Prioritera: Kollektivtrafiken 2030', ballotLine]);
    expect(
      actionsOf(card)
        .filter((a) => a.type === 'Action.Execute')
        .map((a) => [a.title, a.verb]),
    ).toEqual([['Rösta på #1', 'test.vote.add']]);
    // The shared card is not edited, and nothing is posted in the channel.
    expect(teams.connector.activities.filter((a) => a.kind === 'update')).toEqual([]);
    expect(inChannel()).toEqual([]);
    expect(teams.connector.refused).toEqual([]);
  });

  it('sends a personal button’s answer from a group chat to the personal chat already stored', async () => {
    await annaHasAPersonalChat();
    const group = {
      id: '19:meeting_Y2hhdA@thread.v2',
      conversationType: 'groupChat',
      isGroup: true,
      tenantId,
    };
    const res = await teams.post(press('test.vote', {}, { conversation: group }));
    expect(res.body.value).toBe(sv('teams.personalChat.sent'));
    expect(runs).toEqual(['vote']);
    expect(teams.connector.conversationsCreated).toEqual([]);
    expect(teams.connector.activities.map((a) => a.conversationId)).toEqual([annasStoredChat]);
    expect(textsOf(cardOf(teams.connector.activities[0]))).toContain(ballotLine);
  });

  it('runs a personal command typed in a channel, and answers only in the personal chat', async () => {
    await teams.post(
      teams.activity('message-channel-mention', { text: '<at>forumbot</at> prioritera' }),
    );
    const [sent] = await teams.connector.waitForActivities(1);
    expect(runs).toEqual(['vote']);
    expect(sent?.conversationId).toBe(annasOpenedChat);
    expect(textsOf(cardOf(sent))).toContain(ballotLine);
    expect(teams.connector.activities).toHaveLength(1);
    expect(inChannel()).toEqual([]);
  });

  it('tells only the presser when a personal button is refused, and sends nothing', async () => {
    const res = await teams.post(press('test.vote', { round: 'stängd' }));
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: 'Prioriteringen är stängd.',
    });
    expect(runs).toEqual(['vote']);
    expect(teams.connector.activities).toEqual([]);
    expect(teams.connector.conversationsCreated).toEqual([]);
  });
});

/**
 * When the personal chat cannot be reached, the input is still saved (the command ran), the
 * failure is logged without it, and the person is told to open their personal chat; a
 * reply in a thread stays silent in the channel. For a command marked personal the pointer
 * says what it always has: that their own data is handled in the personal chat.
 */
describe('Teams door: a personal answer the personal chat would not take', () => {
  let teams: TeamsDoorHarness;
  let runs: string[];

  beforeEach(async () => {
    const test = roundCommands();
    runs = test.runs;
    teams = await startTeamsDoor({ app: testApp({ commands: test.commands }) });
    const { store } = teams.app;
    const facilitator = store.people.create(
      { email: 'eva@regionorebrolan.se', displayName: 'Eva Ek', locale: 'sv' },
      testNow,
    );
    store.rounds.create(
      {
        kind: 'workshop',
        title: 'Kollektivtrafiken 2030',
        audience: '',
        area: '',
        anonymity: 'named',
        tags: [],
        platform: 'teams',
        conversationId: channelId,
        locale: 'sv',
        opensAt: testNow,
        closesAt: '2026-11-29T09:00:00Z',
        prompts: ['Vad behöver länet?'],
        createdBy: facilitator.id,
      },
      testNow,
    );
    // Teams will not open a chat with someone who may not have the app (403).
    teams.connector.failNext(
      { method: 'POST', path: /^\/v3\/conversations$/ },
      { status: 403, body: { error: { code: 'Forbidden', message: 'not allowed' } } },
      3,
    );
  });
  afterEach(async () => {
    await teams.close();
    teams.app.close();
  });

  const stored = () =>
    teams.app.db.prepare('SELECT count(*) AS n FROM round_inputs').get() as { n: number };
  const failureLogged = async () => {
    const line = await teams.logger.logged('teams reply to the personal chat not delivered');
    expect(line.level).toBe('error');
    expect(line.context?.error).toBe('open a personal chat: 403 Forbidden');
    expect(JSON.stringify(teams.logger.lines)).not.toContain('pendeltåg');
    return line;
  };

  it('tells the presser of a channel form to open the personal chat', async () => {
    const invoke = teams.activity('action-execute-invoke', {
      conversation: teams.activity('message-channel-mention').conversation,
    });
    invoke.value.action = {
      type: 'Action.Execute',
      verb: 'test.input.save',
      data: { forumbot: { c: 'test.input.save', a: {} }, text: input },
    };
    const res = await teams.post(invoke);
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sv('teams.personalChat.failed'),
    });
    expect((await failureLogged()).context?.activityType).toBe('invoke');
    expect(runs).toEqual(['form']);
    expect(stored()).toEqual({ n: 1 });
    expect(teams.connector.activities).toEqual([]);
  });

  it('answers a typed command with the link to the personal chat, and nothing personal', async () => {
    await teams.post(
      teams.activity('message-channel-mention', { text: `<at>forumbot</at> inspel ${input}` }),
    );
    const [sent] = await teams.connector.waitForActivities(1);
    await failureLogged();
    expect(stored()).toEqual({ n: 1 });
    expect(sent?.conversationId).toBe(`${channelId};messageid=1732266300456`);
    const card = cardOf(sent);
    expect(textsOf(card)).toEqual([sv('teams.personalChat.failed')]);
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: sv('button.openPersonalChat'),
        url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`,
      },
    ]);
    expect(JSON.stringify(sent?.body)).not.toContain('pendeltåg');
  });

  it('says nothing in the channel for a thread reply', async () => {
    await teams.post(teams.activity('message-channel-reply', { text: input }));
    expect((await failureLogged()).context?.activityType).toBe('message');
    expect(stored()).toEqual({ n: 1 });
    expect(teams.connector.activities).toEqual([]);
    expect(teams.connector.refused).toEqual([]);
  });

  it('tells the presser of a personal button to open the personal chat', async () => {
    const invoke = teams.activity('action-execute-invoke', {
      conversation: teams.activity('message-channel-mention').conversation,
    });
    invoke.value.action = {
      type: 'Action.Execute',
      verb: 'test.vote',
      data: { forumbot: { c: 'test.vote', a: {} } },
    };
    const res = await teams.post(invoke);
    expect(res.body).toEqual({
      statusCode: 200,
      type: messageResponse,
      value: sv('teams.personalChat.failed'),
    });
    expect(runs).toEqual(['vote']);
    const line = await teams.logger.logged('teams reply to the personal chat not delivered');
    expect(line.context).toMatchObject({
      activityType: 'invoke',
      error: 'open a personal chat: 403 Forbidden',
    });
    expect(JSON.stringify(teams.logger.lines)).not.toContain('röstsedel');
    expect(teams.connector.activities).toEqual([]);
  });

  it('answers a personal command typed in a channel with the link to the personal chat', async () => {
    await teams.post(
      teams.activity('message-channel-mention', { text: '<at>forumbot</at> prioritera' }),
    );
    const [sent] = await teams.connector.waitForActivities(1);
    expect(runs).toEqual(['vote']);
    expect(sent?.conversationId).toBe(`${channelId};messageid=1732266300456`);
    const card = cardOf(sent);
    expect(textsOf(card)).toEqual([sv('teams.personalChat.failed')]);
    expect(card.actions).toEqual([
      {
        type: 'Action.OpenUrl',
        title: sv('button.openPersonalChat'),
        url: `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(botId)}`,
      },
    ]);
    expect(JSON.stringify(sent?.body)).not.toContain('röstsedel');
    expect(teams.connector.activities).toHaveLength(1);
  });
});
