import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Address } from '../../../src/core/chat.js';
import { message } from '../../../src/core/chat.js';
import { type Command, defineCommand } from '../../../src/core/command.js';
import { testApp } from '../../helpers/test-store.js';
import {
  anna,
  blocksOf,
  erik,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
} from './slack-harness.js';
import { directMessageBody, threadReplyBody } from './slack-payloads.js';

/** The parent message of the fixture's thread: a post the bot made in C0001. */
const parentTs = '1700000000.000100';

/**
 * A stand-in for the core's `conversation.reply`, so these tests show what the door does
 * with a thread reply and with each kind of answer, whatever a consultation round decides:
 * "tyst" gets an empty answer, "formulär" a form, anything else a receipt.
 */
function replyCommands() {
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
      personal: true,
      args: z.object({ messageId: z.string(), text: z.string() }),
      run: (ctx, args) => {
        calls.push({
          args,
          userId: ctx.actor.userId,
          ...(ctx.address ? { address: ctx.address } : {}),
        });
        if (args.text.includes('tyst')) return { kind: 'message', view: { blocks: [] } };
        if (args.text.includes('formulär')) {
          return {
            kind: 'form',
            form: {
              title: 'Inspel',
              submitLabel: 'Skicka',
              submitCommand: 'conversation.reply',
              args: {},
              inputs: [],
              values: {},
            },
          };
        }
        return message({ kind: 'text', text: `Tack! Ditt inspel *${calls.length}* är sparat.` });
      },
    }),
  ];
  return { commands, calls };
}

describe('Slack door: replies in channel threads', () => {
  let slack: SlackDoorHarness;
  let calls: ReturnType<typeof replyCommands>['calls'];

  beforeEach(async () => {
    const test = replyCommands();
    calls = test.calls;
    slack = await startSlackDoor({ app: testApp({ seed: false, commands: test.commands }) });
  });
  afterEach(async () => {
    await slack.close();
    slack.app.close();
  });

  const ephemerals = () => slack.fake.taken('chat.postEphemeral');

  it('runs conversation.reply with the parent’s ts and the text, where the reply was written', async () => {
    const text = 'Vi vill se fler pendeltåg mellan Örebro och Hallsberg.';
    expect(await slack.post(threadReplyBody(text, anna))).toEqual({ status: 200, body: '' });
    const [sent] = await slack.fake.waitFor('chat.postEphemeral');

    expect(calls).toEqual([
      {
        args: { messageId: parentTs, text },
        userId: anna,
        address: { platform: 'slack', conversationId: 'C0001', kind: 'channel' },
      },
    ]);
    // Only Anna sees the answer, in the thread she wrote in; nothing is posted for all.
    expect(sent?.body).toMatchObject({ channel: 'C0001', user: anna, thread_ts: parentTs });
    expect(textsOf(blocksOf(sent!.body))).toEqual(['Tack! Ditt inspel *1* är sparat.']);
    expect(sent?.body.text).toBe('Tack! Ditt inspel *1* är sparat.');
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    // The person is known by the profile Slack gave, in her language.
    expect(slack.fake.callsTo('users.info').map((c) => c.body.user)).toEqual([anna]);
  });

  it('takes replies in private channels, and replies also sent to the channel', async () => {
    await slack.post(
      threadReplyBody('Från en privat kanal', erik, { channel: 'G0001', channel_type: 'group' }),
    );
    await slack.fake.waitFor('chat.postEphemeral');
    await slack.post(threadReplyBody('Även till kanalen', anna, { subtype: 'thread_broadcast' }));
    await slack.fake.waitFor('chat.postEphemeral', 2);

    expect(calls.map((c) => [c.userId, c.address?.conversationId, c.args.text])).toEqual([
      [erik, 'G0001', 'Från en privat kanal'],
      [anna, 'C0001', 'Även till kanalen'],
    ]);
    expect(ephemerals().map((c) => [c.body.channel, c.body.user, c.body.thread_ts])).toEqual([
      ['G0001', erik, parentTs],
      ['C0001', anna, parentTs],
    ]);
  });

  it('says nothing when the answer is empty (a thread the core does not know)', async () => {
    await slack.post(threadReplyBody('tyst, bara en kommentar', anna));
    // The next reply is answered; by then the first has long been handled.
    await slack.post(threadReplyBody('ett riktigt inspel', erik));
    await slack.fake.waitFor('chat.postEphemeral');

    expect(calls.map((c) => c.args.text)).toEqual([
      'tyst, bara en kommentar',
      'ett riktigt inspel',
    ]);
    expect(ephemerals().map((c) => c.body.user)).toEqual([erik]);
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('ignores what is not a person’s reply in a thread', async () => {
    const ignored = [
      // The thread's parent itself: thread_ts equal to its own ts.
      threadReplyBody('föräldern', anna, { ts: parentTs }),
      // A message in the channel, not in a thread.
      threadReplyBody('utanför tråden', anna, { thread_ts: undefined, parent_user_id: undefined }),
      // A bot's reply, such as our own.
      threadReplyBody('från en bot', anna, { bot_id: 'B0BOT' }),
      threadReplyBody('bot', anna, { subtype: 'bot_message', bot_id: 'B0OTHER' }),
      // Edits, deletions and joins carry a subtype.
      threadReplyBody('ändrad', anna, { subtype: 'message_changed' }),
      threadReplyBody('', anna, { subtype: 'message_deleted' }),
      threadReplyBody('gick med', anna, { subtype: 'channel_join' }),
      // A group DM is not a channel.
      threadReplyBody('gruppchatt', anna, { channel: 'G0002', channel_type: 'mpim' }),
    ];
    for (const body of ignored) {
      expect((await slack.post(body)).status).toBe(200);
    }
    await slack.post(threadReplyBody('det enda svaret', erik));
    await slack.fake.waitFor('chat.postEphemeral');

    expect(calls.map((c) => c.args.text)).toEqual(['det enda svaret']);
    expect(ephemerals()).toHaveLength(1);
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(slack.fake.callsTo('users.info').map((c) => c.body.user)).toEqual([erik]);
  });

  it('logs, and says nothing, when the answer is a form it cannot open from a message', async () => {
    await slack.post(threadReplyBody('formulär tack', anna));
    const line = await slack.logger.logged('slack cannot open a form in answer to a thread reply');
    expect(line.level).toBe('warn');
    expect(slack.fake.callsTo('chat.postEphemeral')).toEqual([]);
    expect(slack.fake.callsTo('views.open')).toEqual([]);
  });

  it('logs an ephemeral answer Slack refused, without apologising for a reply already taken', async () => {
    slack.fake.fail('chat.postEphemeral', 'user_not_in_channel', 1);
    await slack.post(threadReplyBody('ett inspel', anna));
    const line = await slack.logger.logged('slack reply failed');
    expect(line.context).toMatchObject({ via: 'chat.postEphemeral' });
    expect(calls).toHaveLength(1);
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('still answers a direct message as before, and never as a thread reply', async () => {
    await slack.post(directMessageBody('hjälp', anna));
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted?.body.channel).toBe('D0001');
    expect(textsOf(blocksOf(posted!.body))).toEqual(['Hjälp']);
    // A reply in a DM thread is a DM like any other.
    await slack.post(directMessageBody('hjälp', anna, { thread_ts: parentTs }));
    await slack.fake.waitFor('chat.postMessage', 2);
    expect(calls).toEqual([]);
    expect(slack.fake.callsTo('chat.postEphemeral')).toEqual([]);
  });
});
