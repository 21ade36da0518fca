import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import { closeRound } from '../../../src/core/rounds/close-round.js';
import type { Round } from '../../../src/core/rounds/round.js';
import type { Store } from '../../../src/store/store.js';
import { timeZone } from '../../helpers/test-store.js';
import {
  button,
  facilitator,
  formOf,
  participant,
  type RoundsApp,
  roundsApp,
  texts,
} from './rounds-fixture.js';

/**
 * What a command checks before its transaction is checked again under the write lock:
 * here another process changes the round between the two (see `meanwhile`), and the command
 * is refused rather than acting on what it read before.
 */
describe('a change racing another process', () => {
  let app: RoundsApp;
  let round: Round;
  beforeEach(async () => {
    app = roundsApp();
  });
  afterEach(() => app.close());

  const closeIn = (other: Store) =>
    closeRound(other, other.rounds.get(round.id) as Round, null, timeZone, app.clock.now());

  it('does not change an input after the round closed', async () => {
    round = await app.openRound();
    await app.courier.drain();
    const saved = await app.give(participant(1), round, 'Bredband');
    const form = await app.run(
      participant(1),
      'rounds.input.edit',
      button(saved, 'rounds.input.edit').args,
    );
    app.meanwhile(closeIn);
    const late = await app.submit(participant(1), form, { text: 'Bredband överallt' });
    expect(late.outcome).toBe('refused');
    expect(formOf(late).values.text).toBe('Bredband överallt');
    expect(formOf(late).errors?.text).toContain('stängde söndag 22 november 2026 kl. 10.00');
    expect(app.store.roundInputs.listForRound(round.id)[0]?.text).toBe('Bredband');
  });

  it('does not change an input once voting has started', async () => {
    round = await app.openRound();
    await app.courier.drain();
    const saved = await app.give(participant(1), round, 'Bredband');
    const form = await app.run(
      participant(1),
      'rounds.input.edit',
      button(saved, 'rounds.input.edit').args,
    );
    app.meanwhile((other) => other.rounds.startVoting(round.id, 3, app.clock.now().toISOString()));
    const late = await app.submit(participant(1), form, { text: 'Bredband överallt' });
    expect(formOf(late).errors?.text).toContain('Prioriteringen pågår');
    expect(app.store.roundInputs.listForRound(round.id)[0]?.text).toBe('Bredband');
  });

  it('does not withdraw an input after the round closed', async () => {
    round = await app.openRound();
    await app.courier.drain();
    const saved = await app.give(participant(1), round, 'Bredband');
    app.meanwhile(closeIn);
    const withdraw = await app.run(participant(1), 'rounds.input.withdraw.confirm', {
      input: button(saved, 'rounds.input.withdraw').args?.input as string,
    });
    expect(withdraw.outcome).toBe('refused');
    expect(app.store.roundInputs.listForRound(round.id)[0]?.status).toBe('active');
  });

  it('puts no dot in a prioritisation that has just ended, nor on an input just hidden', async () => {
    round = await app.openRound();
    await app.courier.drain();
    await app.give(participant(1), round, 'Bredband');
    await app.give(participant(2), round, 'Bussar');
    const start = await app.run(facilitator, 'rounds.voting.start', { round: String(round.id) });
    await app.submit(facilitator, start, { votes: '2' });
    const voter: Actor = participant(1);
    const ballot = await app.run(voter, 'rounds.ballot', { round: String(round.id) });

    const [first, second] = app.store.roundInputs.listForRound(round.id);
    const facilitatorId = app.store.people.findByEmail(facilitator.email as string)?.id as number;
    app.meanwhile((other) =>
      other.roundInputs.hide(first?.id as number, 'Dubblett', facilitatorId, 'now'),
    );
    const hidden = await app.run(voter, 'rounds.vote', button(ballot, 'rounds.vote', 0).args);
    expect(texts(hidden)[0]).toBe(
      'Den synpunkten går inte att rösta på längre; den kan ha dolts eller slagits ihop.',
    );

    app.meanwhile((other) => other.rounds.endVoting(round.id, app.clock.now().toISOString()));
    const ended = await app.run(voter, 'rounds.vote', button(ballot, 'rounds.vote', 1).args);
    expect(texts(ended)[0]).toBe(
      'Prioriteringen i ”Framtidens kompetens” är avslutad. Tack för dina röster!',
    );
    expect(app.store.roundVotes.voters(round.id)).toBe(0);
    expect(second?.text).toBe('Bussar');
  });

  it('takes no remiss answer after the close', async () => {
    const contact: Actor = { ...participant(8), email: 'registrator@kumla.se' };
    round = await app.openRound(
      { organisations: 'Kumla kommun;Kommun;Kumla;registrator@kumla.se' },
      'remiss',
    );
    await app.courier.drain();
    const form = await app.run(contact, 'rounds.answer', { round: String(round.id) });
    app.meanwhile(closeIn);
    const late = await app.submit(contact, form, { text: 'Kumla tillstyrker.' });
    expect(late.outcome).toBe('refused');
    expect(formOf(late).values.text).toBe('Kumla tillstyrker.');
    expect(formOf(late).errors?.text).toContain('stängde');
    expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(0);
  });

  it('does not change a remiss answer after the close', async () => {
    const contact: Actor = { ...participant(8), email: 'registrator@kumla.se' };
    round = await app.openRound(
      { organisations: 'Kumla kommun;Kommun;Kumla;registrator@kumla.se' },
      'remiss',
    );
    const first = await app.run(contact, 'rounds.answer', { round: String(round.id) });
    await app.submit(contact, first, { text: 'Kumla tillstyrker.' });
    const change = await app.run(contact, 'rounds.answer', { round: String(round.id) });
    app.meanwhile(closeIn);
    const late = await app.submit(contact, change, { text: 'Kumla avstyrker.' });
    expect(formOf(late).errors?.text).toContain('stängde');
    expect(app.store.roundInputs.listForRound(round.id)[0]?.text).toBe('Kumla tillstyrker.');
  });

  it('extends nothing in a remiss closed meanwhile', async () => {
    round = await app.openRound(
      { organisations: 'Kumla kommun;Kommun;Kumla;registrator@kumla.se' },
      'remiss',
    );
    const extend = await app.run(facilitator, 'rounds.extend', { round: String(round.id) });
    const org = String(app.store.roundOrganisations.listForRound(round.id)[0]?.id);
    app.meanwhile(closeIn);
    const refused = await app.submit(facilitator, extend, { org, date: '2027-03-31' });
    expect(texts(refused)[0]).toBe('Remissen är stängd.');
    expect(app.store.roundOrganisations.listForRound(round.id)[0]?.deadline).toBeNull();
  });
});
