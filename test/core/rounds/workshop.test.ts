import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  button,
  channel,
  facilitator,
  formOf,
  participant,
  type RoundsApp,
  roundsApp,
  text,
  texts,
} from './rounds-fixture.js';

/** The clock stands at Sunday 22 November 2026 10.00 in Stockholm. */
describe('a workshop, end to end', () => {
  let app: RoundsApp;
  beforeEach(() => {
    app = roundsApp();
  });
  afterEach(() => app.close());

  it('posts the round in the channel, takes inputs by form and by reply, and keeps the count live', async () => {
    const round = await app.openRound({
      prompts: 'Vad behöver länet mest?\nVem ska göra det?',
      closesTime: '16:00',
      anonymity: 'named',
    });
    expect(round).toMatchObject({ kind: 'workshop', anonymity: 'named', platform: 'slack' });
    expect(round.tags).toHaveLength(11);
    expect(await app.courier.drain()).toBe(1);
    const posted = app.slack.textsTo('C-RUS')[0] as string;
    expect(posted).toContain('Workshop: Framtidens kompetens');
    expect(posted).toContain('Öppen till söndag 22 november 2026 kl. 16.00.');
    expect(posted).toContain('1. Vad behöver länet mest?\n2. Vem ska göra det?');
    expect(posted).toContain('Lämna synpunkt|Mina synpunkter');

    // By form: the prompt, the text and two tags.
    const prompts = app.store.rounds.prompts(round.id);
    const form = await app.run(
      participant(1),
      'rounds.input',
      { round: String(round.id) },
      channel,
    );
    expect(
      formOf(form)
        .inputs.map((i) => i.name)
        .slice(0, 3),
    ).toEqual(['prompt', 'text', 'tag_stark-konkurrenskraft']);
    const saved = await app.submit(participant(1), form, {
      prompt: String(prompts[1]?.id),
      text: 'Fler yrkesutbildningar i norra länsdelen',
      'tag_barn-och-unga': true,
      'tag_gron-omstallning': true,
    });
    expect(saved.personal).toBe(true);
    expect(texts(saved)[0]).toBe('Tack! Din synpunkt är sparad som #1 i ”Framtidens kompetens”.');
    expect(button(saved, 'rounds.input.withdraw').args).toEqual({ input: expect.any(String) });

    // By reply in the round's thread.
    const reply = await app.run(
      participant(2),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Bättre pendling mellan Lindesberg och Örebro' },
      channel,
    );
    expect(texts(reply)[0]).toContain('sparat som synpunkt #2');
    await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Och praktikplatser' },
      channel,
    );

    const inputs = app.store.roundInputs.listForRound(round.id);
    expect(inputs.map((i) => [i.number, i.source, i.promptId, i.tags])).toEqual([
      [1, 'form', prompts[1]?.id, ['barn-och-unga', 'gron-omstallning']],
      [2, 'reply', null, []],
      [3, 'reply', null, []],
    ]);
    await app.courier.drain();
    // Three edits were queued; only the newest was applied, with the fresh counts.
    expect(app.slack.edits).toHaveLength(1);
    const live = app.slack.edits[0]?.outgoing.view.blocks.find((b) => b.kind === 'fields');
    expect(live).toEqual({
      kind: 'fields',
      fields: [
        { label: 'Synpunkter', value: '3' },
        { label: 'Deltagare', value: '2' },
      ],
    });
  });

  it('lets the author see, change and withdraw their own inputs, and tells them kindly once it is closed', async () => {
    const round = await app.openRound({ anonymity: 'named' });
    await app.courier.drain();
    const first = await app.run(
      participant(1),
      'conversation.reply',
      {
        messageId: app.messageIdOf(round),
        text: 'Mer samverkan',
      },
      channel,
    );
    const edit = await app.run(
      participant(1),
      'rounds.input.edit',
      button(first, 'rounds.input.edit').args,
    );
    expect(formOf(edit).values.text).toBe('Mer samverkan');
    const changed = await app.submit(participant(1), edit, {
      text: 'Mer samverkan mellan kommunerna',
      tag_inkludering: true,
    });
    expect(texts(changed)[0]).toBe('Klart! Synpunkt #1 i ”Framtidens kompetens” är ändrad.');
    const mine = await app.run(participant(1), 'rounds.mine', { round: String(round.id) });
    expect(mine.personal).toBe(true);
    expect(text(mine)).toContain('*#1* Mer samverkan mellan kommunerna\nTaggar: Inkludering');

    // Someone else's buttons change nothing.
    const forged = await app.run(
      participant(2),
      'rounds.input.edit',
      button(first, 'rounds.input.edit').args,
    );
    expect(forged.outcome).toBe('refused');
    expect(texts(forged)[0]).toContain('inte din synpunkt');

    const second = await app.run(
      participant(1),
      'conversation.reply',
      {
        messageId: app.messageIdOf(round),
        text: 'Detta drar jag tillbaka',
      },
      channel,
    );
    const ask = await app.run(
      participant(1),
      'rounds.input.withdraw',
      button(second, 'rounds.input.withdraw').args,
    );
    expect(texts(ask)[0]).toContain('Vill du dra tillbaka synpunkt #2?');
    const gone = await app.run(
      participant(1),
      'rounds.input.withdraw.confirm',
      button(ask, 'rounds.input.withdraw.confirm').args,
    );
    expect(texts(gone)[0]).toBe('Synpunkt #2 i ”Framtidens kompetens” är tillbakadragen.');
    const withdrawn = app.store.roundInputs.listForRound(round.id)[1];
    expect(withdrawn).toMatchObject({ status: 'withdrawn', text: '', tags: [] });
    expect(app.store.roundInputs.counts(round.id)).toEqual({ inputs: 1, participants: 1 });

    // After 17.00 (the workshop's default end) the round is closed.
    app.clock.set('2026-11-22T16:30:00Z');
    const late = await app.run(
      participant(1),
      'rounds.input.edit',
      button(first, 'rounds.input.edit').args,
    );
    expect(late.outcome).toBe('refused');
    expect(texts(late)[0]).toBe(
      '”Framtidens kompetens” stängde söndag 22 november 2026 kl. 17.00, så det går inte att lämna eller ändra synpunkter längre. Tack för att du ville bidra: processledarna sammanställer det som kom in.',
    );
    const afterwards = await app.run(participant(1), 'rounds.mine', { round: String(round.id) });
    expect(text(afterwards)).toContain('Rundan stängde söndag 22 november 2026 kl. 17.00');
    expect(
      afterwards.kind === 'message' && afterwards.view.blocks.some((b) => b.kind === 'actions'),
    ).toBe(false);
  });

  it('prioritises with N dots each, refuses the N+1th, and ranks the results', async () => {
    const round = await app.openRound({ anonymity: 'named' });
    await app.courier.drain();
    for (const [n, said] of [
      'Kollektivtrafik',
      'Bredband',
      'Bussar på landsbygden',
      'Bostäder',
    ].entries()) {
      await app.run(
        participant(n + 1),
        'conversation.reply',
        { messageId: app.messageIdOf(round), text: said },
        channel,
      );
    }
    // Two inputs say the same: a theme stands for them.
    const merge = await app.run(facilitator, 'rounds.merge', { round: String(round.id) });
    const merged = await app.submit(facilitator, merge, {
      theme: 'new',
      title: 'Kollektivtrafik',
      numbers: '1, #3',
    });
    expect(texts(merged)[0]).toBe('Temat ”Kollektivtrafik”: #1, #3.');

    const refusedByParticipant = await app.run(participant(1), 'rounds.voting.start', {
      round: String(round.id),
    });
    expect(texts(refusedByParticipant)[0]).toContain('Det här är till för processledare');
    const start = await app.run(facilitator, 'rounds.voting.start', { round: String(round.id) });
    const badVotes = await app.submit(facilitator, start, { votes: '99' });
    expect(formOf(badVotes).errors?.votes).toBe('Välj mellan 1 och 10 röster.');
    const started = await app.submit(facilitator, start, { votes: '2' });
    expect(texts(started)[0]).toContain('2 röster var');
    await app.courier.drain();
    expect(app.slack.textsTo('C-RUS').at(-1)).toContain('Dags att prioritera');

    const ballot = await app.run(
      participant(5),
      'rounds.ballot',
      { round: String(round.id) },
      channel,
    );
    expect(ballot.personal).toBe(true);
    expect(text(ballot)).toContain('Du har 2 av 2 röster kvar.');
    expect(text(ballot)).toContain('*Tema: Kollektivtrafik* (#1, #3)');
    // The ballot is shown to the voter alone, in the channel (Slack's ephemeral message):
    // its buttons are pressed there.
    const onTheme = button(ballot, 'rounds.vote', 0);
    expect(onTheme.args?.target).toMatch(/^t\d+$/);
    const once = await app.run(participant(5), 'rounds.vote', onTheme.args, channel);
    expect(text(once)).toContain('Din röst på #1, #3 är lagd.');
    // The same button again, as a double click sends it: the ballot it came from is gone.
    const doubleClick = await app.run(participant(5), 'rounds.vote', onTheme.args, channel);
    expect(text(doubleClick)).toContain('Din röstsedel hade redan ändrats');
    expect(text(doubleClick)).toContain('Du har 1 av 2 röster kvar.');
    // A second dot on the theme, on purpose: the button of the ballot the first one drew.
    const twice = await app.run(
      participant(5),
      'rounds.vote',
      button(once, 'rounds.vote', 0).args,
      channel,
    );
    expect(text(twice)).toContain('Du har 0 av 2 röster kvar.');
    expect(text(twice)).toContain('Dina röster: ●●');
    const third = await app.run(
      participant(5),
      'rounds.vote',
      button(twice, 'rounds.vote', 1).args,
      channel,
    );
    expect(third.outcome).toBe('refused');
    expect(texts(third)[0]).toBe(
      'Du har redan lagt alla dina 2 röster. Ta tillbaka en om du vill flytta den.',
    );
    const back = await app.run(
      participant(5),
      'rounds.unvote',
      button(twice, 'rounds.unvote', 0).args,
      channel,
    );
    expect(text(back)).toContain('Du har 1 av 2 röster kvar.');
    await app.run(participant(5), 'rounds.vote', button(back, 'rounds.vote', 2).args, channel);
    await app.run(participant(6), 'rounds.vote', onTheme.args, channel);

    const early = await app.run(
      participant(6),
      'rounds.results',
      { round: String(round.id) },
      channel,
    );
    expect(texts(early)[0]).toBe('Resultatet visas när prioriteringen är avslutad.');
    const stopped = await app.run(facilitator, 'rounds.voting.stop', { round: String(round.id) });
    expect(texts(stopped)).toEqual([
      'Prioritering: Framtidens kompetens',
      '1. Tema: Kollektivtrafik (#1, #3) – 2 röster\n2. #4 Bostäder – 1 röster',
      '2 deltagare röstade.',
    ]);
    const late = await app.run(participant(7), 'rounds.vote', onTheme.args, channel);
    expect(texts(late)[0]).toBe(
      'Prioriteringen i ”Framtidens kompetens” är avslutad. Tack för dina röster!',
    );
    // No vote row names a person.
    const voters = app.db.prepare('SELECT DISTINCT voter_key FROM round_votes').all();
    expect(voters).toHaveLength(2);
  });

  it('records who hid, re-tagged and merged what, and when', async () => {
    const round = await app.openRound({ anonymity: 'named' });
    await app.courier.drain();
    for (const said of ['Kompetens', 'Reklam för mitt företag', 'Kompetensförsörjning']) {
      await app.run(
        participant(1),
        'conversation.reply',
        { messageId: app.messageIdOf(round), text: said },
        channel,
      );
    }
    const list = await app.run(facilitator, 'rounds.inputs', { round: String(round.id) });
    expect(list.personal).toBe(true);
    expect(text(list)).toContain(
      '*#2* · Deltagare 1 · söndag 22 november 2026 kl. 10.00\nReklam för mitt företag',
    );
    const hide = await app.run(facilitator, 'rounds.hide', button(list, 'rounds.hide', 1).args);
    const noReason = await app.submit(facilitator, hide, { reason: '  ' });
    expect(formOf(noReason).errors?.reason).toContain('Skriv ett skäl');
    app.clock.set('2026-11-22T09:10:00Z');
    await app.submit(facilitator, hide, { reason: 'Reklam, inte en synpunkt' });
    const retag = await app.run(facilitator, 'rounds.retag', button(list, 'rounds.retag', 0).args);
    await app.submit(facilitator, retag, { 'tag_stark-konkurrenskraft': true });
    const merge = await app.run(facilitator, 'rounds.merge', { round: String(round.id) });
    const unknown = await app.submit(facilitator, merge, {
      title: 'Kompetens',
      numbers: '1, 3, 9',
    });
    expect(formOf(unknown).errors?.numbers).toBe('De här finns inte i rundan: #9.');
    expect(formOf(unknown).values.numbers).toBe('1, 3, 9');
    await app.submit(facilitator, merge, { title: 'Kompetens', numbers: '1 3' });

    const hidden = app.store.roundInputs.listForRound(round.id)[1];
    expect(hidden).toMatchObject({
      status: 'hidden',
      hiddenReason: 'Reklam, inte en synpunkt',
      hiddenAt: '2026-11-22T09:10:00.000Z',
      text: 'Reklam för mitt företag',
    });
    const facilitatorId = app.store.people.findByEmail(facilitator.email as string)?.id;
    expect(hidden?.hiddenBy).toBe(facilitatorId);
    expect(app.store.roundInputs.listForRound(round.id)[0]?.tags).toEqual([
      'stark-konkurrenskraft',
    ]);
    const actions = app.store.roundActions
      .listForRound(round.id)
      .map((a) => [a.action, a.inputId, a.detail, a.personId]);
    const [one, two, three] = app.store.roundInputs.listForRound(round.id).map((i) => i.id);
    expect(actions).toEqual([
      ['open', null, {}, facilitatorId],
      ['hide', two, { reason: 'Reklam, inte en synpunkt' }, facilitatorId],
      ['retag', one, { from: [], to: ['stark-konkurrenskraft'] }, facilitatorId],
      [
        'merge',
        one,
        { themeId: expect.any(Number), theme: 'Kompetens', from: null },
        facilitatorId,
      ],
      [
        'merge',
        three,
        { themeId: expect.any(Number), theme: 'Kompetens', from: null },
        facilitatorId,
      ],
    ]);
    // A hidden input leaves the count, and the author is told why.
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(2);
    const mine = await app.run(participant(1), 'rounds.mine', { round: String(round.id) });
    expect(text(mine)).toContain('_Dold av processledarna: Reklam, inte en synpunkt_');
    const shown = await app.run(facilitator, 'rounds.unhide', { input: String(two) });
    expect(texts(shown)[0]).toBe('Synpunkt #2 syns och räknas igen.');
    expect(app.store.roundActions.listForRound(round.id).at(-1)?.action).toBe('unhide');
  });

  it('closes by hand once, posts the summary in the channel, and says so to latecomers', async () => {
    const round = await app.openRound({ anonymity: 'named' });
    await app.courier.drain();
    await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Ett' },
      channel,
    );
    const ask = await app.run(facilitator, 'rounds.close', { round: String(round.id) });
    const closed = await app.run(
      facilitator,
      'rounds.close.confirm',
      button(ask, 'rounds.close.confirm').args,
    );
    expect(texts(closed)[0]).toContain('”Framtidens kompetens” är stängd.');
    const again = await app.run(
      facilitator,
      'rounds.close.confirm',
      button(ask, 'rounds.close.confirm').args,
    );
    expect(texts(again)[0]).toBe('”Framtidens kompetens” är redan stängd.');
    await app.tick();
    await app.tick();
    const summaries = app.slack.textsTo('C-RUS').filter((t) => t.startsWith('Sammanfattning'));
    expect(summaries).toEqual([expect.stringContaining('1 synpunkter från 1 deltagare.')]);
    // The round's message loses its buttons.
    const last = app.slack.edits.at(-1)?.outgoing.view.blocks ?? [];
    expect(last.some((b) => b.kind === 'actions')).toBe(false);
    const late = await app.run(
      participant(2),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'För sent?' },
      channel,
    );
    expect(late.outcome).toBe('refused');
    expect(late.personal).toBe(true);
    expect(texts(late)[0]).toContain('stängde söndag 22 november 2026 kl. 10.00');
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(1);
  });
});
