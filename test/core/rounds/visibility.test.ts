import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Address } from '../../../src/core/chat.js';
import type { Round } from '../../../src/core/rounds/round.js';
import {
  button,
  channel,
  facilitator,
  formOf,
  participant,
  personal,
  type RoundsApp,
  roundsApp,
  text,
  texts,
} from './rounds-fixture.js';

/** Another channel, that participant 1 is not in: the board's own round lives there. */
const board: Address = { platform: 'slack', conversationId: 'C-STYRELSEN', kind: 'channel' };
const notFound = 'Jag hittar ingen sådan runda. Skriv *rundor* för att se dem.';

/**
 * A participant reaches only the rounds they can see: one posted in the conversation they
 * write from, one they took part in, or a remiss they answer for. Anything else is refused
 * as a round that does not exist, whatever number is typed or forged.
 */
describe('a round in a channel the participant is not in', () => {
  let app: RoundsApp;
  let open: Round;
  let hidden: Round;
  const stranger = participant(1);
  const member = participant(2);
  beforeEach(async () => {
    app = roundsApp();
    open = await app.openRound({ title: 'Öppen runda' });
    hidden = await app.openRound({ title: 'Styrelsens runda' }, 'workshop', board);
    await app.courier.drain();
    await app.give(member, hidden, 'Styrelsens synpunkt');
    const start = await app.run(facilitator, 'rounds.voting.start', { round: String(hidden.id) });
    await app.submit(facilitator, start, { votes: '2' });
  });
  afterEach(() => app.close());

  const typed = (who: Actor, line: string, where: Address = personal(who)) =>
    app.dispatcher.runText(who, line, where);

  it('is not the default for `prioritera`, and not reached by its number', async () => {
    // The newest round prioritising is the board's; the stranger is told none runs.
    expect(texts(await typed(stranger, 'prioritera'))).toEqual([
      'Ingen prioritering pågår just nu.',
    ]);
    expect(texts(await typed(stranger, `prioritera ${hidden.id}`))).toEqual([notFound]);
    expect(texts(await typed(stranger, 'prioritera', channel))).toEqual([
      'Ingen prioritering pågår just nu.',
    ]);
    // A forged vote button changes nothing.
    const vote = await app.run(stranger, 'rounds.vote', {
      round: String(hidden.id),
      target: `i${app.store.roundInputs.listForRound(hidden.id)[0]?.id}`,
    });
    expect(texts(vote)).toEqual([notFound]);
    expect(app.store.roundVotes.voters(hidden.id)).toBe(0);

    // Someone in the board's channel gets its ballot there (in Teams it is brought to their
    // own chat), and its buttons work where it is shown: for them, not for anyone they
    // forward it to.
    const newcomer = participant(3);
    const theirs = await typed(newcomer, 'prioritera', board);
    expect(text(theirs)).toContain('Prioritera: Styrelsens runda');
    const press = button(theirs, 'rounds.vote');
    expect(texts(await app.run(stranger, 'rounds.vote', press.args))).toEqual([notFound]);
    expect(text(await app.run(newcomer, 'rounds.vote', press.args))).toContain(
      'Du har 1 av 2 röster kvar.',
    );
    expect(app.store.roundVotes.voters(hidden.id)).toBe(1);
    const ballot = await typed(member, 'prioritera');
    expect(text(ballot)).toContain('Prioritera: Styrelsens runda');
    await app.run(member, 'rounds.vote', button(ballot, 'rounds.vote').args);
    expect(app.store.roundVotes.voters(hidden.id)).toBe(2);
    // Facilitators reach every round, from anywhere.
    expect(text(await typed(facilitator, 'prioritera'))).toContain('Prioritera: Styrelsens runda');
  });

  it('is not listed, given an input or shown with `synpunkter <n>`, nor its results', async () => {
    expect(texts(await typed(stranger, `synpunkter ${hidden.id}`))).toEqual([notFound]);
    const give = await app.run(stranger, 'rounds.input', { round: String(hidden.id) }, channel);
    expect(give.outcome).toBe('refused');
    expect(texts(give)).toEqual([notFound]);
    // A forged form, from no conversation and without the pass a form carries.
    const forged = await app.run(
      stranger,
      'rounds.input.submit',
      { round: String(hidden.id), text: 'Smugglad synpunkt' },
      undefined,
    );
    expect(texts(forged)).toEqual([notFound]);
    // Nor with the pass from someone else's form.
    const others = await app.run(member, 'rounds.input', { round: String(hidden.id) }, board);
    const borrowed = await app.run(
      stranger,
      'rounds.input.submit',
      { ...formOf(others).args, text: 'Lånat pass' },
      undefined,
    );
    expect(texts(borrowed)).toEqual([notFound]);
    expect(app.store.roundInputs.listForRound(hidden.id).map((i) => i.text)).toEqual([
      'Styrelsens synpunkt',
    ]);

    await app.run(facilitator, 'rounds.voting.stop', { round: String(hidden.id) });
    const results = await app.run(stranger, 'rounds.results', { round: String(hidden.id) });
    expect(texts(results)).toEqual([notFound]);
    expect(text(await app.run(member, 'rounds.results', { round: String(hidden.id) }))).toContain(
      'Prioritering: Styrelsens runda',
    );
    expect(text(await typed(stranger, 'rundor'))).not.toContain('Styrelsens runda');

    // "Mina synpunkter" pressed in the board's channel: in Teams the list is brought to the
    // person's own chat, and its "Lämna synpunkt" works there, for them.
    const newcomer = participant(3);
    const list = await app.run(newcomer, 'rounds.mine', { round: String(hidden.id) }, board);
    const giveThere = button(list, 'rounds.input');
    expect(texts(await app.run(stranger, 'rounds.input', giveThere.args))).toEqual([notFound]);
    const theirForm = await app.run(newcomer, 'rounds.input', giveThere.args);
    expect(texts(await app.submit(newcomer, theirForm, { text: 'Från min chatt' }))[0]).toContain(
      'sparad som #2',
    );

    // The round in the stranger's own channel is theirs to answer, by number too.
    expect(text(await typed(stranger, `synpunkter ${open.id}`, channel))).toContain('Öppen runda');
    const form = await app.run(stranger, 'rounds.input', { round: String(open.id) }, channel);
    expect(formOf(form).submitCommand).toBe('rounds.input.submit');
    // Submitted as a Slack modal is, from no conversation: the form's pass lets it in.
    const saved = await app.submit(stranger, form, { text: 'Min synpunkt' });
    expect(texts(saved)[0]).toContain('sparad som #1');
    // Having taken part, they see it from their personal chat too.
    expect(text(await typed(stranger, `synpunkter ${open.id}`))).toContain('Min synpunkt');
  });
});

describe('a remiss', () => {
  it('is seen by its invited contacts, wherever they write from, and by no one else', async () => {
    const app = roundsApp();
    const contact = { ...participant(4), email: 'registrator@kumla.se' };
    const remiss = await app.openRound(
      { title: 'Remiss', organisations: 'Kumla kommun;Kommun;Kumla;registrator@kumla.se' },
      'remiss',
      board,
    );
    await app.courier.drain();
    const mine = await app.dispatcher.runText(
      contact,
      `synpunkter ${remiss.id}`,
      personal(contact),
    );
    expect(texts(mine)).toContain('Remiss: Remiss');
    const stranger = await app.dispatcher.runText(
      participant(1),
      `synpunkter ${remiss.id}`,
      personal(participant(1)),
    );
    expect(texts(stranger)).toEqual([notFound]);
    app.close();
  });
});
