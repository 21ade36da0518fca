import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Address, message } from '../../../src/core/chat.js';
import { type Command, defineCommand } from '../../../src/core/command.js';
import { testApp } from '../../helpers/test-store.js';
import { cardOf, textsOf } from './card-query.js';
import { type Activity, startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';
import { calendarFile } from './test-commands.js';

const channelId = '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2';
const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
/** The bot's post in the channel that the fixture's reply answers. */
const rootId = '1732266300456';
const annasChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';
const annasTeamsId = '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId';
/** The personal chat the fake connector opens for Anna's Teams id. */
const annasOpenedChat = `a:personal-chat-with-${annasTeamsId}`;
const annaAad = '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';

/**
 * A stand-in for the core's `conversation.reply`, so these tests show what the door does
 * with a thread reply and each kind of answer: "tyst" gets an empty answer, "kalender" a
 * receipt with a file, anything else a receipt. Marked personal unless told otherwise, so
 * every answer is the replier's own.
 */
function replyCommands({ personal = true }: { personal?: boolean } = {}) {
  const calls: { args: Record<string, unknown>; address?: Address; userId: string }[] = [];
  const commands: Command[] = [
    defineCommand({
      id: 'help',
      words: ['hjälp', 'help'],
      args: z.object({}),
      run: () => message({ kind: 'heading', text: 'Hjälp' }),
    }),
    defineCommand({
      id: 'conversation.reply',
      personal,
      args: z.object({ messageId: z.string(), text: z.string() }),
      run: (ctx, args) => {
        calls.push({
          args,
          userId: ctx.actor.userId,
          ...(ctx.address ? { address: ctx.address } : {}),
        });
        if (args.text.includes('tyst')) return { kind: 'message', view: { blocks: [] } };
        const receipt = message({
          kind: 'text',
          text: `Tack! Ditt inspel *${calls.length}* är sparat.`,
        });
        return args.text.includes('kalender')
          ? { ...receipt, attachments: [calendarFile] }
          : receipt;
      },
    }),
  ];
  return { commands, calls };
}

/**
 * Replies in a channel thread (`conversation.id` ending `;messageid=<root>`), mentioning the
 * bot or not: the manifest asks for ChannelMessage.Read.Group, so Teams delivers them unmentioned.
 */
describe('Teams door: replies in channel threads', () => {
  let teams: TeamsDoorHarness;
  let calls: ReturnType<typeof replyCommands>['calls'];

  beforeEach(async () => {
    const test = replyCommands();
    calls = test.calls;
    teams = await startTeamsDoor({ app: testApp({ commands: test.commands }) });
  });
  afterEach(async () => {
    await teams.close();
    teams.app.close();
  });

  const reply = (overrides: Activity = {}) => teams.activity('message-channel-reply', overrides);
  /** Anna writes to the bot in her personal chat once, so that chat is stored. */
  async function annaHasAPersonalChat() {
    await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    await teams.connector.waitForActivities(1);
  }

  it('runs conversation.reply with the root post and the text, and answers in a personal chat it opens', async () => {
    const text = 'Vi vill se fler pendeltåg mellan Örebro och Hallsberg.';
    await teams.post(reply());
    const [answer] = await teams.connector.waitForActivities(1);

    expect(calls).toEqual([
      {
        args: { messageId: rootId, text },
        userId: annaAad,
        address: {
          platform: 'teams',
          conversationId: channelId,
          kind: 'channel',
          reference: {
            serviceUrl: teams.connector.serviceUrl.replace(/\/$/, ''),
            tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
            botId,
            conversationType: 'channel',
            teamId,
          },
        },
      },
    ]);
    // Personal: not a word of it in the channel; no chat was stored, so one was opened with
    // Anna, and the answer is the one activity sent.
    expect(teams.connector.conversationsCreated.map((c) => c.body.members)).toEqual([
      [{ id: annasTeamsId, role: 'user' }],
    ]);
    expect(answer?.conversationId).toBe(annasOpenedChat);
    expect(textsOf(cardOf(answer))).toEqual(['Tack! Ditt inspel **1** är sparat.']);
    expect(teams.connector.activities).toHaveLength(1);
    expect(teams.connector.refused).toEqual([]);
  });

  it('sends the answer to the person’s personal chat when one is stored', async () => {
    await annaHasAPersonalChat();
    await teams.post(reply({ text: 'Ett inspel med en kalender' }));
    const [, answer] = await teams.connector.waitForActivities(2);

    expect(answer?.kind).toBe('send');
    expect(answer?.conversationId).toBe(annasChat);
    expect(answer?.body).toMatchObject({
      type: 'message',
      from: { id: botId },
      conversation: { id: annasChat },
      summary: 'Tack! Ditt inspel 1 är sparat.',
    });
    const texts = textsOf(cardOf(answer));
    expect(texts[0]).toBe('Tack! Ditt inspel **1** är sparat.');
    // Files come as the personal chat shows them: a link, kept for this person only.
    expect(JSON.stringify(answer?.body)).toContain(calendarFile.label);
    const person = teams.app.store.people.findByIdentity('teams', annaAad);
    expect(teams.app.db.prepare('SELECT person_id FROM downloads').all()).toEqual([
      { person_id: person?.id },
    ]);
    expect(
      teams.connector.activities.filter((a) => a.conversationId.startsWith(channelId)),
    ).toEqual([]);
  });

  it('says nothing for an empty answer, even with a personal chat', async () => {
    await annaHasAPersonalChat();
    await teams.post(reply({ text: 'tyst, bara en kommentar' }));
    await teams.post(reply({ text: 'ett riktigt inspel', id: '1732266480123' }));
    await teams.connector.waitForActivities(2);
    expect(calls.map((c) => c.args.text)).toEqual([
      'tyst, bara en kommentar',
      'ett riktigt inspel',
    ]);
    expect(teams.connector.activities.map((a) => a.conversationId)).toEqual([annasChat, annasChat]);
  });

  it('takes the @mention out of a reply that has one', async () => {
    const mention = {
      mentioned: { id: botId, name: 'forumbot' },
      text: '<at>forumbot</at>',
      type: 'mention',
    };
    await teams.post(
      reply({
        text: '<at>forumbot</at>&nbsp;Fler cykelbanor i Kumla.',
        entities: [mention, ...reply().entities],
      }),
    );
    await teams.connector.waitForActivities(1);
    expect(calls.map((c) => c.args)).toEqual([
      { messageId: rootId, text: 'Fler cykelbanor i Kumla.' },
    ]);
  });

  it('answers a command that @mentions the bot in a thread the core does not know, in that thread', async () => {
    const mention = {
      mentioned: { id: botId, name: 'forumbot' },
      text: '<at>forumbot</at>',
      type: 'mention',
    };
    // "tyst" makes the stand-in conversation.reply answer nothing: not a round's thread.
    await teams.post(
      reply({ text: '<at>forumbot</at> hjälp tyst', entities: [mention, ...reply().entities] }),
    );
    const [answer] = await teams.connector.waitForActivities(1);
    expect(calls.map((c) => c.args.text)).toEqual(['hjälp tyst']);
    expect(answer?.conversationId).toBe(`${channelId};messageid=${rootId}`);
    expect(textsOf(cardOf(answer))).toEqual(['Hjälp']);
  });

  it('takes the root from replyToId when the conversation id names no thread', async () => {
    await teams.post(
      reply({
        conversation: { ...reply().conversation, id: channelId },
        replyToId: '1732266000777',
      }),
    );
    await teams.connector.waitForActivities(1);
    expect(calls.map((c) => [c.args.messageId, c.address?.conversationId])).toEqual([
      ['1732266000777', channelId],
    ]);
  });

  it('leaves alone a new channel post that does not mention the bot, and answers one that does', async () => {
    const { replyToId: _, ...newPost } = reply({
      id: rootId,
      text: 'hjälp',
      conversation: { ...reply().conversation, id: `${channelId};messageid=${rootId}` },
    });
    await teams.post(newPost);
    await teams.logger.logged('teams channel post not addressed to the bot; left alone');
    expect(teams.connector.activities).toEqual([]);
    // Nobody was looked up or remembered for it.
    expect(teams.connector.memberLookups).toEqual([]);
    expect(teams.app.db.prepare('SELECT count(*) AS n FROM people').get()).toEqual({ n: 0 });

    // Mentioned, the same post is a command, answered in its thread as before.
    await teams.post(
      teams.activity('message-channel-mention', { text: '<at>forumbot</at> hjälp' }),
    );
    const [answer] = await teams.connector.waitForActivities(1);
    expect(answer?.conversationId).toBe(`${channelId};messageid=${rootId}`);
    expect(textsOf(cardOf(answer))).toEqual(['Hjälp']);
    expect(calls).toEqual([]);
  });

  it('does not take a card’s Action.Submit in a thread, or a group chat message, for a reply', async () => {
    const channel = teams.activity('message-channel-mention').conversation;
    const submit = teams.activity('action-submit', { conversation: channel });
    submit.value = { forumbot: { c: 'help', a: {} } };
    await teams.post(submit);
    await teams.connector.waitForActivities(1);

    // A group chat has no threads: a message there with replyToId (a quoted reply) is typed text.
    const group = teams.activity('message-personal', {
      text: '<at>forumbot</at> hjälp',
      replyToId: '1732266000555',
      conversation: {
        id: '19:meeting_Y2hhdA@thread.v2',
        conversationType: 'groupChat',
        isGroup: true,
        tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      },
    });
    await teams.post(group);
    const [, answered] = await teams.connector.waitForActivities(2);
    expect(answered?.conversationId).toBe('19:meeting_Y2hhdA@thread.v2');
    expect(textsOf(cardOf(answered))).toEqual(['Hjälp']);
    expect(calls).toEqual([]);
  });
});

describe('Teams door: a thread reply’s answer that is not personal', () => {
  it('goes only to a personal chat already stored, and otherwise nowhere', async () => {
    const test = replyCommands({ personal: false });
    const teams = await startTeamsDoor({ app: testApp({ commands: test.commands }) });
    try {
      await teams.post(teams.activity('message-channel-reply'));
      await teams.logger.logged(
        'teams answer to a thread reply not shown: no personal chat stored',
      );
      expect(test.calls).toHaveLength(1);
      expect(teams.connector.activities).toEqual([]);
      expect(teams.connector.conversationsCreated).toEqual([]);
      // The log line says why, not what.
      expect(JSON.stringify(teams.logger.lines)).not.toContain('Tack!');

      await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
      await teams.post(teams.activity('message-channel-reply', { id: '1732266480123' }));
      const [, answer] = await teams.connector.waitForActivities(2);
      expect(answer?.conversationId).toBe(annasChat);
      expect(teams.connector.conversationsCreated).toEqual([]);
    } finally {
      await teams.close();
      teams.app.close();
    }
  });
});

describe('Teams door: a fault while answering a thread reply', () => {
  it('is logged, with no apology in the channel for everyone to read', async () => {
    const teams = await startTeamsDoor({
      dispatcher: (real) => ({ ...real, run: () => Promise.reject(new Error('database gone')) }),
    });
    try {
      await teams.post(teams.activity('message-channel-reply'));
      const line = await teams.logger.logged('teams activity failed');
      expect(line.context).toMatchObject({ activityType: 'message' });
      expect(teams.connector.activities).toEqual([]);
      expect(teams.connector.refused).toEqual([]);
    } finally {
      await teams.close();
    }
  });
});
