import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import { hasRoundActivity } from '../../../src/core/rounds/round-activity.js';
import { button, facilitator, participant, type RoundsApp, roundsApp } from './rounds-fixture.js';

/**
 * Whether a person has round history, for the merging of two person rows to refuse: their
 * inputs, votes and remiss answers, including those filed only under their key.
 */
describe('hasRoundActivity', () => {
  let app: RoundsApp;
  beforeEach(() => {
    app = roundsApp();
  });
  afterEach(() => app.close());

  const idOf = (actor: Actor) => app.store.people.findByEmail(actor.email as string)?.id as number;
  const has = (actor: Actor) => hasRoundActivity(app.store, idOf(actor));

  it('is false with no rounds at all, and makes no secret to find out', async () => {
    await app.run(participant(1), 'help');
    expect(has(participant(1))).toBe(false);
    expect(app.db.prepare('SELECT count(*) AS n FROM round_secret').get()).toEqual({ n: 0 });
  });

  it('finds named inputs, keyed anonymous ones, and votes alone', async () => {
    const named = await app.openRound({ anonymity: 'named' });
    const anonymous = await app.openRound({ anonymity: 'anonymous', title: 'Anonym runda' });
    await app.courier.drain();
    for (const n of [1, 2, 3, 4]) await app.run(participant(n), 'help');
    await app.give(participant(1), named, 'Med namn');
    await app.give(participant(2), anonymous, 'Utan namn');
    expect(app.store.roundInputs.listForRound(anonymous.id)[0]?.personId).toBeNull();
    const start = await app.run(facilitator, 'rounds.voting.start', {
      round: String(anonymous.id),
    });
    await app.submit(facilitator, start, { votes: '1' });
    const ballot = await app.dispatcher.runText(participant(3), `prioritera ${anonymous.id}`, {
      platform: 'slack',
      conversationId: 'C-RUS',
      kind: 'channel',
    });
    await app.run(participant(3), 'rounds.vote', button(ballot, 'rounds.vote').args, {
      platform: 'slack',
      conversationId: 'C-RUS',
      kind: 'channel',
    });

    expect(has(participant(1))).toBe(true);
    expect(has(participant(2))).toBe(true);
    expect(has(participant(3))).toBe(true);
    expect(has(participant(4))).toBe(false);
    // A withdrawn input is still a row filed under the key.
    const withdrawn = await app.give(participant(4), named, 'Ångrar mig');
    await app.run(
      participant(4),
      'rounds.input.withdraw.confirm',
      button(withdrawn, 'rounds.input.withdraw').args,
    );
    expect(has(participant(4))).toBe(true);
  });

  it('finds a remiss answer given for an organisation, not a contact who has not answered', async () => {
    const kim: Actor = { ...participant(8), email: 'registrator@kumla.se' };
    const uno: Actor = { ...participant(9), email: 'remiss@oru.se' };
    const round = await app.openRound(
      {
        organisations:
          'Kumla kommun;Kommun;Kumla;registrator@kumla.se\nÖrebro universitet;Universitet;;remiss@oru.se',
      },
      'remiss',
    );
    const form = await app.run(kim, 'rounds.answer', { round: String(round.id) });
    await app.submit(kim, form, { text: 'Kumla tillstyrker.' });
    expect(has(kim)).toBe(true);
    expect(has(uno)).toBe(false);
  });
});
