import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import {
  channel,
  facilitator,
  participant,
  type RoundsApp,
  roundsApp,
  texts,
} from './rounds-fixture.js';

describe('a reply to the round’s message', () => {
  let app: RoundsApp;
  beforeEach(() => {
    app = roundsApp();
  });
  afterEach(() => app.close());

  it('becomes an input, with a personal confirmation and buttons to change or withdraw it', async () => {
    const round = await app.openRound();
    await app.courier.drain();
    expect(app.messageIdOf(round)).toBe('m1');
    const reply = await app.run(
      participant(3, 'en'),
      'conversation.reply',
      { messageId: 'm1', text: 'Better broadband in the countryside' },
      channel,
    );
    expect(reply.personal).toBe(true);
    expect(texts(reply)).toEqual([
      'Thank you! Your reply is saved as input #1 in “Framtidens kompetens”. Press *Change* to add tags.',
      'Better broadband in the countryside',
    ]);
    const labels =
      reply.kind === 'message'
        ? reply.view.blocks.flatMap((b) =>
            b.kind === 'actions' ? b.buttons.map((x) => x.label) : [],
          )
        : [];
    expect(labels).toEqual(['Change', 'Withdraw', 'Give another']);
    const [input] = app.store.roundInputs.listForRound(round.id);
    expect(input).toMatchObject({
      source: 'reply',
      text: 'Better broadband in the countryside',
      tags: [],
    });
    // With one question in the round, the reply answers it.
    expect(input?.promptId).toBe(app.store.rounds.prompts(round.id)[0]?.id);
  });

  it('says nothing about any other message, or the same id in another conversation', async () => {
    const round = await app.openRound();
    sendLater(
      app.store,
      {
        key: 'other',
        purpose: 'test',
        to: { platform: 'slack', conversationId: 'C-RUS' },
        view: { blocks: [{ kind: 'text', text: 'Något annat' }] },
        locale: 'sv',
      },
      app.clock.now(),
    );
    await app.courier.drain();
    const other = app.store.outbox.find('other')?.sent_message_id as string;
    const elsewhere = { ...channel, conversationId: 'C-OTHER' };
    for (const [messageId, address] of [
      [other, channel],
      ['m-unknown', channel],
      [app.messageIdOf(round), elsewhere],
    ] as const) {
      const reply = await app.run(
        participant(1),
        'conversation.reply',
        { messageId, text: 'Hej' },
        address,
      );
      expect(reply).toEqual({ kind: 'message', view: { blocks: [] } });
    }
    // Nothing was stored.
    expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(0);
    const noAddress = await app.dispatcher.run(participant(1), 'conversation.reply', {
      messageId: 'm1',
      text: 'Hej',
    });
    expect(noAddress).toEqual({ kind: 'message', view: { blocks: [] } });
  });

  it('in a remiss is not an answer, and says how to answer', async () => {
    const round = await app.openRound({ kind: 'remiss', anonymity: 'named' }, 'remiss');
    await app.courier.drain();
    const reply = await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Vårt svar' },
      channel,
    );
    expect(reply.outcome).toBe('refused');
    expect(reply.personal).toBe(true);
    expect(texts(reply)[0]).toContain('”Framtidens kompetens” är en remiss');
    expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(0);
  });

  it('works for facilitators too, who are participants like anyone', async () => {
    await app.openRound();
    await app.courier.drain();
    const reply = await app.run(
      facilitator,
      'conversation.reply',
      { messageId: 'm1', text: 'Mitt bidrag' },
      channel,
    );
    expect(texts(reply)[0]).toContain('#1');
  });
});
