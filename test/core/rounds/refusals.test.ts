import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../src/core/rounds/round.js';
import {
  button,
  channel,
  formOf,
  participant,
  type RoundsApp,
  roundsApp,
  texts,
} from './rounds-fixture.js';

describe('bad input is refused or kept harmless, and nothing typed is lost', () => {
  let app: RoundsApp;
  let round: Round;
  beforeEach(async () => {
    app = roundsApp();
    round = await app.openRound({ anonymity: 'named' });
    await app.courier.drain();
  });
  afterEach(() => app.close());

  const form = () => app.run(participant(1), 'rounds.input', { round: String(round.id) }, channel);

  it('refuses an empty or oversized text with the text and tags back in the form', async () => {
    const empty = await app.submit(participant(1), await form(), {
      text: ' \n\t ',
      tag_jamstalldhet: true,
    });
    expect(empty.outcome).toBe('refused');
    expect(formOf(empty).errors).toEqual({ text: 'Skriv något först: synpunkten är tom.' });
    expect(formOf(empty).values.tag_jamstalldhet).toBe(true);

    const long = 'ord '.repeat(800);
    const oversized = await app.submit(participant(1), await form(), { text: long });
    expect(formOf(oversized).errors?.text).toBe('Högst 3000 tecken (nu 3199).');
    expect(formOf(oversized).values.text).toBe(long);
    expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(0);

    const byReply = await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'x'.repeat(3001) },
      channel,
    );
    expect(byReply.outcome).toBe('refused');
    expect(texts(byReply)[0]).toBe(
      'Ditt svar kunde inte sparas som synpunkt: Högst 3000 tecken (nu 3001). Texten finns kvar i tråden; du kan också använda formuläret.',
    );
    expect(button(byReply, 'rounds.input').args).toEqual({
      round: String(round.id),
      pass: expect.any(String),
    });
    const blank = await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: '\u200f ' },
      channel,
    );
    expect(texts(blank)[0]).toContain('synpunkten är tom');
  });

  it('brings the form back with the text when the round closed while it was being written', async () => {
    const open = await form();
    app.clock.set('2026-11-22T16:00:01Z');
    const late = await app.submit(participant(1), open, { text: 'Min långa synpunkt' });
    expect(late.outcome).toBe('refused');
    expect(formOf(late).values.text).toBe('Min långa synpunkt');
    expect(formOf(late).errors?.text).toBe(
      '”Framtidens kompetens” stängde söndag 22 november 2026 kl. 17.00, så synpunkten kunde inte sparas. Din text finns kvar här: kopiera den om du vill spara den.',
    );
    expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(0);
  });

  it('stores mentions, links and HTML as written, for the doors to escape, minus control and direction marks', async () => {
    const written =
      '@channel <!everyone> [klicka här](https://evil.example) <b>fet</b> <script>alert(1)</script>';
    const reply = await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: `  ${written}\u202e\u0007\u200e\r\n` },
      channel,
    );
    expect(reply.outcome).toBeUndefined();
    expect(app.store.roundInputs.listForRound(round.id)[0]?.text).toBe(written);
    // The confirmation shows it only as a text block, which every door escapes.
    const shown =
      reply.kind === 'message' ? reply.view.blocks.filter((b) => b.kind === 'text') : [];
    expect(shown.map((b) => ('text' in b ? b.text : ''))).toContain(written);
  });

  it('refuses every facilitator action to a participant, in words about rounds', async () => {
    await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Hej' },
      channel,
    );
    const input = String(app.store.roundInputs.listForRound(round.id)[0]?.id);
    const r = String(round.id);
    const attempts: [string, Record<string, string>][] = [
      ['rounds.manage', { round: r }],
      ['rounds.inputs', { round: r }],
      ['rounds.hide', { input }],
      ['rounds.hide.submit', { input, reason: 'Jag vill' }],
      ['rounds.unhide', { input }],
      ['rounds.retag', { input }],
      ['rounds.retag.submit', { input }],
      ['rounds.merge', { round: r }],
      ['rounds.merge.submit', { round: r, title: 'T', numbers: '1' }],
      ['rounds.unmerge', { input }],
      ['rounds.voting.start', { round: r }],
      ['rounds.voting.start.submit', { round: r, votes: '3' }],
      ['rounds.voting.stop', { round: r }],
      ['rounds.close', { round: r }],
      ['rounds.close.confirm', { round: r }],
      ['rounds.export', { round: r, format: 'csv' }],
      ['rounds.orgs', { round: r }],
      ['rounds.extend', { round: r }],
      ['rounds.status', { round: r }],
    ];
    for (const [command, args] of attempts) {
      const reply = await app.run(participant(2), command, args);
      expect(reply.outcome, command).toBe('refused');
      expect(texts(reply)[0], command).toContain('Det här är till för processledare');
    }
    expect(app.store.roundInputs.listForRound(round.id)[0]?.status).toBe('active');
    expect(app.store.rounds.get(round.id)?.closedAt).toBeNull();
    expect(app.store.roundActions.listForRound(round.id).map((a) => a.action)).toEqual(['open']);
  });

  it('refuses forged or stale buttons without changing anything', async () => {
    const odd = await app.run(participant(1), 'rounds.input', { round: 'DROP TABLE' }, channel);
    expect(texts(odd)[0]).toBe('Något i det du skickade stämmer inte. Försök igen.');
    const missing = await app.run(participant(1), 'rounds.input', { round: '999' }, channel);
    expect(texts(missing)[0]).toContain('Jag hittar ingen sådan runda.');
    const vote = await app.run(
      participant(1),
      'rounds.vote',
      { round: String(round.id), target: 'i1' },
      channel,
    );
    expect(texts(vote)[0]).toBe('Prioriteringen i ”Framtidens kompetens” har inte börjat ännu.');
    const remiss = await app.run(participant(1), 'rounds.answer', { round: String(round.id) });
    expect(texts(remiss)[0]).toBe('Det här är ingen remiss.');
  });
});
