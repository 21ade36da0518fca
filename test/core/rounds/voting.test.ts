import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/chat.js';
import type { Round } from '../../../src/core/rounds/round.js';
import {
  button,
  buttonsOf,
  facilitator,
  formOf,
  participant,
  type RoundsApp,
  roundsApp,
  text,
  texts,
} from './rounds-fixture.js';

/** Four inputs (#1–#4, by participants 1–4), #2 and #3 merged into a theme, voting with 3 dots each. */
describe('while a round is prioritised', () => {
  let app: RoundsApp;
  let round: Round;
  const saved: Reply[] = [];
  const r = () => String(round.id);
  const idOf = (n: number) => String(app.store.roundInputs.listForRound(round.id)[n - 1]?.id);
  const voter = participant(5);

  beforeEach(async () => {
    app = roundsApp();
    round = await app.openRound();
    await app.courier.drain();
    saved.length = 0;
    for (const [n, said] of ['Bredband', 'Bussar', 'Kollektivtrafik', 'Bostäder'].entries()) {
      saved.push(await app.give(participant(n + 1), round, said));
    }
    const merge = await app.run(facilitator, 'rounds.merge', { round: r() });
    await app.submit(facilitator, merge, { title: 'Trafik', numbers: '2, 3' });
    const start = await app.run(facilitator, 'rounds.voting.start', { round: r() });
    await app.submit(facilitator, start, { votes: '3' });
  });
  afterEach(() => app.close());

  const ballot = () => app.run(voter, 'rounds.ballot', { round: r() }, undefined);
  /** The voter's press on a ballot button for a candidate, by the button's label. */
  const vote = async (label: string) => {
    const found = buttonsOf(await ballot()).find((b) => b.label === label);
    if (!found) throw new Error(`no button ${label}`);
    return app.run(voter, 'rounds.vote', found.args);
  };

  it('gives the voter back the dots on an input hidden or withdrawn, or a theme left with no visible input', async () => {
    // The voter has taken part, so their ballot comes to their personal chat.
    await app.give(voter, round, 'Min egen');
    await vote('Rösta på #1');
    await vote('Rösta på #1');
    await vote('Rösta på #2, #3');
    expect(text(await ballot())).toContain('Du har 0 av 3 röster kvar.');

    // #1 is hidden: its two dots come back, to be put elsewhere.
    const hide = await app.run(facilitator, 'rounds.hide', { input: idOf(1) });
    await app.submit(facilitator, hide, { reason: 'Dubblett' });
    expect(text(await ballot())).toContain('Du har 2 av 3 röster kvar.');
    expect(text(await vote('Rösta på #4'))).toContain('Du har 1 av 3 röster kvar.');

    // The theme loses its inputs: #2 is withdrawn by its author, #3 taken out of it.
    await app.run(participant(2), 'rounds.input.withdraw.confirm', {
      input: idOf(2),
    });
    expect(text(await ballot())).toContain('Du har 1 av 3 röster kvar.');
    await app.run(facilitator, 'rounds.unmerge', { input: idOf(3) });
    expect(text(await ballot())).toContain('Du har 2 av 3 röster kvar.');
    // No dot is left on anything off the ballot, and the results count what is on it.
    const rows = app.db.prepare('SELECT input_id, theme_id FROM round_votes').all();
    expect(rows).toEqual([{ input_id: Number(idOf(4)), theme_id: null }]);
    await app.run(facilitator, 'rounds.voting.stop', { round: r() });
    expect(texts(await app.run(facilitator, 'rounds.results', { round: r() }))[1]).toBe(
      '1. #4 Bostäder – 1 röster',
    );
    // Shown again, #1 comes back without the dots that were given back.
    await app.run(facilitator, 'rounds.unhide', { input: idOf(1) });
    expect(app.db.prepare('SELECT count(*) AS n FROM round_votes').get()).toEqual({ n: 1 });
  });

  it('keeps the dots as the record once voting has ended', async () => {
    await app.give(voter, round, 'Min egen');
    await vote('Rösta på #1');
    await app.run(facilitator, 'rounds.voting.stop', { round: r() });
    const hide = await app.run(facilitator, 'rounds.hide', { input: idOf(1) });
    await app.submit(facilitator, hide, { reason: 'Reklam' });
    expect(app.store.roundVotes.totals(round.id).get(`i${idOf(1)}`)).toBe(1);
  });

  it('refuses changes to the text, in both languages', async () => {
    const edit = button(saved[3] as Reply, 'rounds.input.edit').args;
    const refused = await app.run(participant(4), 'rounds.input.edit', edit);
    expect(refused.outcome).toBe('refused');
    expect(texts(refused)).toEqual([
      'Prioriteringen pågår, så synpunkterna kan inte ändras just nu: alla röstar på samma text. Du kan fortfarande dra tillbaka din synpunkt.',
    ]);
    const english = await app.run(participant(4, 'en'), 'rounds.input.edit', edit);
    expect(texts(english)).toEqual([
      'Prioritising is under way, so inputs cannot be changed right now: everyone votes on the same text. You can still withdraw your input.',
    ]);
    expect(app.store.roundInputs.listForRound(round.id)[3]?.text).toBe('Bostäder');
  });

  it('refuses a change from a form opened before it began, with the text kept', async () => {
    app.close();
    app = roundsApp();
    round = await app.openRound();
    await app.courier.drain();
    const first = await app.give(participant(1), round, 'Bredband');
    const form = await app.run(participant(1), 'rounds.input.edit', {
      input: button(first, 'rounds.input.edit').args?.input as string,
    });
    const start = await app.run(facilitator, 'rounds.voting.start', { round: r() });
    await app.submit(facilitator, start, { votes: '3' });
    const late = await app.submit(participant(1), form, { text: 'Bredband överallt' });
    expect(late.outcome).toBe('refused');
    expect(formOf(late).values.text).toBe('Bredband överallt');
    expect(formOf(late).errors?.text).toContain('Prioriteringen pågår');
    expect(app.store.roundInputs.listForRound(round.id)[0]?.text).toBe('Bredband');
    // "Mina synpunkter" offers no change while it runs, only withdrawal.
    const mine = await app.run(participant(1), 'rounds.mine', { round: r() });
    expect(buttonsOf(mine).map((b) => b.command)).toEqual([
      'rounds.input.withdraw',
      'rounds.input',
    ]);
    const gone = await app.run(participant(1), 'rounds.input.withdraw.confirm', {
      input: button(first, 'rounds.input.edit').args?.input as string,
    });
    expect(texts(gone)[0]).toContain('är tillbakadragen');

    // Once voting has ended, inputs can be changed again while the round is open.
    await app.run(facilitator, 'rounds.voting.stop', { round: r() });
    const second = await app.give(participant(2), round, 'Bussar');
    const after = await app.run(
      participant(2),
      'rounds.input.edit',
      button(second, 'rounds.input.edit').args,
    );
    const changed = await app.submit(participant(2), after, { text: 'Fler bussar' });
    expect(texts(changed)[0]).toContain('är ändrad');
  });
});
