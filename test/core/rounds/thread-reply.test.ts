import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import {
  button,
  buttonsOf,
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

  it('becomes an input in a round with names, with a personal confirmation and buttons to change or withdraw it', async () => {
    const round = await app.openRound({ anonymity: 'named' });
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
    await app.openRound({ anonymity: 'named' });
    await app.courier.drain();
    const reply = await app.run(
      facilitator,
      'conversation.reply',
      { messageId: 'm1', text: 'Mitt bidrag' },
      channel,
    );
    expect(texts(reply)[0]).toContain('#1');
  });

  it.each(['anonymous', 'facilitators'] as const)(
    'in a round with %s names is not stored: the replier is asked, in private, to delete it and use the form',
    async (anonymity) => {
      const round = await app.openRound({ anonymity });
      await app.courier.drain();
      // The round's message does not invite replies, which show the replier's name to all.
      const posted = app.slack.textsTo('C-RUS')[0] as string;
      expect(posted).toContain(
        'Tryck på *Lämna synpunkt* för att skriva och välja fråga och taggar: där syns inte ditt namn i kanalen.',
      );
      expect(posted).not.toContain('Svara på det här meddelandet');

      const reply = await app.reply(participant(1), round, 'Min synpunkt med mitt namn');
      expect(reply.personal).toBe(true);
      expect(reply.outcome).toBe('refused');
      expect(texts(reply)).toEqual([
        'Ditt svar sparades inte som synpunkt. I ”Framtidens kompetens” visas inte vem som skrev vad, men ett svar i tråden visar ditt namn för alla i kanalen. Radera gärna svaret och tryck på *Lämna synpunkt* i stället: där syns inte ditt namn.',
      ]);
      const give = button(reply, 'rounds.input');
      expect(give).toEqual({
        label: 'Lämna synpunkt',
        command: 'rounds.input',
        args: { round: String(round.id), pass: expect.any(String) },
      });
      expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(0);
      // The note goes to the replier alone (in Teams, to their own chat): its button works there.
      const form = await app.run(participant(1), give.command, give.args);
      const saved = await app.submit(participant(1), form, { text: 'Min synpunkt utan namn' });
      expect(texts(saved)[0]).toBe('Tack! Din synpunkt är sparad som #1 i ”Framtidens kompetens”.');
      const english = await app.reply(participant(2, 'en'), round, 'Mine');
      expect(texts(english)[0]).toContain('Please delete the reply and press *Give input* instead');

      // Once it is closed, the note says so too, without a button that would only refuse.
      app.clock.set('2026-11-22T16:30:00Z');
      const late = await app.reply(participant(1), round, 'För sent');
      expect(texts(late)[0]).toContain('Radera gärna svaret');
      expect(texts(late)[0]).toContain('stängde söndag 22 november 2026 kl. 17.00');
      expect(buttonsOf(late)).toEqual([]);
      expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(1);
    },
  );
});
