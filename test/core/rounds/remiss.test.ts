import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import type { Round } from '../../../src/core/rounds/round.js';
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

const contact = (name: string, email: string): Actor => ({
  platform: 'slack',
  userId: `U-${name}`,
  email,
  displayName: name,
  locale: 'sv',
});
const kumla = contact('Kim', 'registrator@kumla.se');
const oru = contact('Uno', 'remiss@oru.se');
const lrf = contact('Lisa', 'lrf@example.se');

const list = [
  'Organisation;Organisationstyp;Kommun;E-post;Kontaktperson',
  'Kumla kommun;Kommun;Kumla kommun;registrator@kumla.se;Kim Kumla',
  'Örebro universitet;Universitet;;REMISS@oru.se;Uno Universitet',
  'LRF Mälardalen;Intresseorganisation;;lrf@example.se;',
].join('\n');

/** The remiss opens Sunday 22 November 2026 and closes Saturday 20 February 2027 23:59. */
describe('a remiss, answered once per organisation', () => {
  let app: RoundsApp;
  let round: Round;
  const r = () => String(round.id);
  const orgId = (name: string) =>
    String(app.store.roundOrganisations.listForRound(round.id).find((o) => o.name === name)?.id);

  beforeEach(async () => {
    app = roundsApp();
    for (const c of [kumla, oru, lrf]) app.slack.addUser(c.email as string, c.userId);
    round = await app.openRound(
      {
        title: 'Remiss RUS 2027',
        prompts: 'Vad tycker ni om förslaget?\nVad saknas?',
        organisations: list,
      },
      'remiss',
    );
    await app.courier.drain();
  });
  afterEach(() => app.close());

  it('lists the organisations in the round and invites each contact', async () => {
    expect(round).toMatchObject({ kind: 'remiss', closesAt: '2027-02-20T22:59:00.000Z' });
    const posted = app.slack.textsTo('C-RUS')[0] as string;
    expect(posted).toContain(
      '*Inbjudna organisationer (3):* Kumla kommun, LRF Mälardalen, Örebro universitet',
    );
    const message = app.slack.sent.find((s) => s.userId === 'C-RUS');
    const fields = message?.outgoing.view.blocks.find((b) => b.kind === 'fields');
    expect(fields).toEqual({
      kind: 'fields',
      fields: [{ label: 'Svar', value: '0 av 3 organisationer' }],
    });
    expect(posted).toContain('Svara för organisationen|Be om mer tid');
    const invitation = app.slack.textsTo('U-Uno')[0] as string;
    expect(invitation).toContain(
      'Region Örebro län ber Örebro universitet att svara på remissen *Remiss RUS 2027*. Du är organisationens kontaktperson. Sista dag att svara: lördag 20 februari 2027 kl. 23.59.',
    );
    expect(invitation).toContain('Svara för Örebro universitet|Be om mer tid');
    expect(app.slack.sent.filter((s) => s.userId.startsWith('U-'))).toHaveLength(3);
    // Listing them again updates and invites nobody twice.
    const again = await app.run(facilitator, 'rounds.orgs', { round: r() });
    const saved = await app.submit(facilitator, again, { organisations: list });
    expect(texts(saved)[0]).toBe(
      '0 organisationer tillagda, 3 uppdaterade. Nya kontaktpersoner får en inbjudan att svara.',
    );
    await app.courier.drain();
    expect(app.slack.sent.filter((s) => s.userId.startsWith('U-'))).toHaveLength(3);
    const refused = await app.submit(facilitator, again, { organisations: 'Bara ett namn' });
    expect(formOf(refused).errors?.organisations).toBe(
      'Rad 1: Bara ett namn: ”” är ingen e-postadress.',
    );
  });

  it('takes the contact’s answer with a document link, changes it until the deadline, and refuses others', async () => {
    const form = await app.run(kumla, 'rounds.answer', { round: r() }, channel);
    expect(formOf(form).intro).toContain('Svar från Kumla kommun på remissen ”Remiss RUS 2027”.');
    const badLink = await app.submit(kumla, form, {
      text: 'Kumla tillstyrker.',
      link: 'javascript:alert(1)',
    });
    expect(formOf(badLink).errors).toEqual({
      link: 'Skriv en hel webbadress som börjar med https://.',
    });
    const saved = await app.submit(kumla, form, {
      text: 'Kumla tillstyrker.',
      link: 'https://kumla.se/remissvar.pdf',
      tag_inkludering: true,
    });
    expect(texts(saved)[0]).toContain('Tack! Svaret är sparat (#1) på remissen ”Remiss RUS 2027”.');
    const change = await app.run(
      kumla,
      button(saved, 'rounds.answer').command,
      button(saved, 'rounds.answer').args,
    );
    expect(formOf(change).values).toMatchObject({
      text: 'Kumla tillstyrker.',
      link: 'https://kumla.se/remissvar.pdf',
      tag_inkludering: true,
    });
    await app.submit(kumla, change, { text: 'Kumla tillstyrker med två synpunkter.' });
    const answers = app.store.roundInputs.listForRound(round.id);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({
      number: 1,
      text: 'Kumla tillstyrker med två synpunkter.',
      organisation: 'Kumla kommun',
      organisationType: 'Kommun',
      municipality: 'Kumla',
      documentUrl: 'https://kumla.se/remissvar.pdf',
    });

    const stranger = await app.run(participant(1), 'rounds.answer', { round: r() });
    expect(texts(stranger)[0]).toBe(
      'Du står inte som kontaktperson för någon organisation i remissen ”Remiss RUS 2027”. Hör av dig till processledaren om det är fel.',
    );
    const forged = await app.run(kumla, 'rounds.answer.submit', {
      round: r(),
      org: orgId('Örebro universitet'),
      text: 'Falskt svar',
    });
    expect(forged.outcome).toBe('refused');
    expect(app.store.roundInputs.listForRound(round.id)).toHaveLength(1);
    const notHere = await app.run(participant(1), 'rounds.input', { round: r() }, channel);
    expect(texts(notHere)[0]).toContain('En remiss besvaras per organisation');

    // After the deadline the form comes back with the text, and says why.
    const late = await app.run(lrf, 'rounds.answer', { round: r() });
    app.clock.set('2027-02-20T23:00:00Z');
    const tooLate = await app.submit(lrf, late, { text: 'LRF:s svar' });
    expect(formOf(tooLate).values.text).toBe('LRF:s svar');
    expect(formOf(tooLate).errors?.text).toContain('stängde lördag 20 februari 2027 kl. 23.59');
  });

  it('shows the status board, reminds those who have not answered once each, and extends per organisation', async () => {
    const answer = await app.run(kumla, 'rounds.answer', { round: r() });
    await app.submit(kumla, answer, { text: 'Vi tillstyrker.' });
    const ask = await app.run(oru, 'rounds.moretime', { round: r() });
    const early = await app.submit(oru, ask, { date: '2027-02-01' });
    expect(formOf(early).errors?.date).toBe('Välj en dag efter den nuvarande sista dagen.');
    const asked = await app.submit(oru, ask, {
      date: '2027-03-15',
      reason: 'Styrelsen möts i mars',
    });
    expect(texts(asked)[0]).toBe(
      'Vi har bett processledaren om tid till måndag 15 mars 2027 kl. 23.59. Ni får besked här i chatten.',
    );
    await app.courier.drain();
    expect(app.slack.textsTo('U-FAC').at(-1)).toContain(
      'Örebro universitet ber om mer tid för remissen ”Remiss RUS 2027”, till måndag 15 mars 2027 kl. 23.59. Skäl: Styrelsen möts i mars',
    );

    const board = await app.dispatcher.runText(facilitator, `remisstatus ${round.id}`);
    // It lists contacts' e-mail addresses and reasons: for the facilitator's eyes only.
    expect(board.personal).toBe(true);
    expect(app.dispatcher.isPersonal('rounds.status')).toBe(true);
    expect(texts(board)).toEqual([
      'Svarsläge: Remiss RUS 2027',
      '1 har svarat, 1 har bett om mer tid, 0 har fått förlängt, 1 har inte svarat. Sista dag: lördag 20 februari 2027 kl. 23.59.',
      '*Har svarat (1)*\n• Kumla kommun (söndag 22 november 2026)',
      '*Har bett om mer tid (1)*\n• Örebro universitet: vill ha till måndag 15 mars 2027 – Styrelsen möts i mars',
      '*Har inte svarat (1)*\n• LRF Mälardalen (lrf@example.se)',
    ]);

    // 14 days before: both who have not answered are reminded, once, however often the clock ticks.
    app.clock.set('2027-02-06T23:00:00Z');
    await app.tick();
    await app.tick();
    const reminders = () =>
      app.store.outbox
        .listByPrefix(`round:${round.id}:org:`)
        .filter((o) => o.key.includes(':reminder:'));
    expect(reminders()).toHaveLength(2);
    expect(app.slack.textsTo('U-Lisa').at(-1)).toContain(
      'En påminnelse: LRF Mälardalen har inte svarat på remissen *Remiss RUS 2027* ännu.',
    );
    expect(app.slack.textsTo('U-Kim')).toHaveLength(1);

    // The facilitator grants the extension from the button on the board.
    const extend = await app.run(
      facilitator,
      'rounds.extend',
      button(board, 'rounds.extend', 0).args,
    );
    expect(formOf(extend).values).toMatchObject({
      org: orgId('Örebro universitet'),
      date: '2027-03-15',
    });
    const tooEarly = await app.submit(facilitator, extend, { date: '2027-02-10' });
    expect(formOf(tooEarly).errors?.date).toBe(
      'Förlängningen måste vara efter remissens sista dag.',
    );
    const extended = await app.submit(facilitator, extend, {});
    expect(texts(extended)[0]).toBe(
      'Örebro universitet har nu till måndag 15 mars 2027 kl. 23.59 (förlängt av Frida Processledare).',
    );
    await app.courier.drain();
    expect(app.slack.textsTo('U-Uno').at(-1)).toContain(
      'har fått förlängt till måndag 15 mars 2027 kl. 23.59',
    );
    expect(app.store.roundActions.listForRound(round.id).at(-1)).toMatchObject({
      action: 'extend',
      organisationId: Number(orgId('Örebro universitet')),
      detail: { from: '2027-02-20T22:59:00.000Z', to: '2027-03-15T22:59:00.000Z' },
    });

    // 3 days before the round's deadline: only LRF; the university's deadline has moved.
    app.clock.set('2027-02-17T23:00:00Z');
    await app.tick();
    await app.tick();
    expect(reminders().map((o) => o.key.split(':').slice(-3).join(':'))).toEqual([
      'reminder:2027-02-20:14',
      'reminder:2027-02-20:14',
      'reminder:2027-02-20:3',
    ]);
    expect(app.slack.textsTo('U-Lisa')).toHaveLength(3);
    expect(app.slack.textsTo('U-Uno').filter((t) => t.includes('påminnelse'))).toHaveLength(1);

    // After the round's deadline the remiss stays open for the university only.
    app.clock.set('2027-02-21T09:00:00Z');
    await app.tick();
    expect(app.store.rounds.get(round.id)?.closedAt).toBeNull();
    const lisaLate = await app.run(lrf, 'rounds.answer', { round: r() });
    expect(texts(lisaLate)[0]).toContain('stängde lördag 20 februari 2027 kl. 23.59');
    const uno = await app.run(oru, 'rounds.answer', { round: r() });
    await app.submit(oru, uno, { text: 'Universitetet tillstyrker.' });
    const boardLater = await app.run(facilitator, 'rounds.status', { round: r() });
    expect(texts(boardLater)[1]).toBe(
      '2 har svarat, 0 har bett om mer tid, 0 har fått förlängt, 1 har inte svarat. Sista dag: lördag 20 februari 2027 kl. 23.59.',
    );

    // At the last extension's end the clock closes it, with the summary, once.
    app.clock.set('2027-03-15T23:00:00Z');
    await app.tick();
    await app.tick();
    expect(app.store.rounds.get(round.id)?.closedAt).not.toBeNull();
    const summaries = app.slack.textsTo('C-RUS').filter((t) => t.startsWith('Sammanfattning'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toContain('2 av 3 organisationer svarade.');
    expect(summaries[0]).toContain('*Per organisationstyp*\nKommun: 1\nUniversitet: 1');
    expect(summaries[0]).toContain('*Per kommun*\nKumla: 1\nLänsövergripande: 1');

    const xlsx = await app.run(facilitator, 'rounds.export', { round: r(), format: 'csv' });
    const files = (xlsx.attachments ?? []).map((a) => a.name);
    expect(files).toEqual([
      'remiss-rus-2027-2027-03-16-synpunkter.csv',
      'remiss-rus-2027-2027-03-16-taggar.csv',
      'remiss-rus-2027-2027-03-16-remissinstanser.csv',
    ]);
    const status = Buffer.from(xlsx.attachments?.[2]?.content ?? []).toString('utf8');
    expect(status).toContain(
      'LRF Mälardalen;Intresseorganisation;;lrf@example.se;har inte svarat;2027-02-20 23:59;',
    );
    expect(status).toContain(
      'Örebro universitet;Universitet;;remiss@oru.se;har svarat;2027-03-15 23:59;2027-02-21 10:00',
    );
    expect(text(await app.run(facilitator, 'rounds.manage', { round: r() }))).toContain(
      'Svar: 2 av 3 organisationer',
    );
  });

  it('reminds at 09.00 Swedish time on the day, and again before a deadline an extension moved', async () => {
    const reminded = () =>
      app.slack.textsTo('U-Uno').filter((t) => t.includes('En påminnelse: Örebro universitet'));
    const at = async (iso: string) => {
      app.clock.set(iso);
      await app.tick();
      return reminded().length;
    };
    // 14 days before Saturday 20 February: Saturday 6 February at 09.00 (08.00 UTC).
    expect(await at('2027-02-06T07:59:00Z')).toBe(0);
    expect(await at('2027-02-06T08:00:00Z')).toBe(1);
    expect(await at('2027-02-17T08:00:00Z')).toBe(2);

    // The university gets until Monday 5 April, in summer time.
    app.clock.set('2027-02-18T10:00:00Z');
    const extend = await app.run(facilitator, 'rounds.extend', {
      round: r(),
      org: orgId('Örebro universitet'),
    });
    await app.submit(facilitator, extend, { date: '2027-04-05' });
    expect(await at('2027-03-22T07:59:00Z')).toBe(2);
    expect(await at('2027-03-22T08:00:00Z')).toBe(3);
    expect(reminded().at(-1)).toContain('Sista dag: måndag 5 april 2027 kl. 23.59.');
    // The 3-day one at 09.00 summer time (07.00 UTC), not at 23.59 the evening before.
    expect(await at('2027-04-02T06:59:00Z')).toBe(3);
    expect(await at('2027-04-02T07:00:00Z')).toBe(4);
    expect(await at('2027-04-02T21:59:00Z')).toBe(4);
    const keys = app.store.outbox
      .listByPrefix(`round:${round.id}:org:${orgId('Örebro universitet')}:reminder:`)
      .map((o) => o.key.split(':').slice(-2).join(':'));
    expect(keys).toEqual(['2027-02-20:14', '2027-02-20:3', '2027-04-05:14', '2027-04-05:3']);
  });

  it('does not send again a reminder queued under the key without the deadline', async () => {
    // As a reminder was queued before its key named the deadline: at 23.59, 14 days before.
    app.clock.set('2027-02-06T22:59:00Z');
    for (const name of ['Örebro universitet', 'LRF Mälardalen']) {
      sendLater(
        app.store,
        {
          key: `round:${round.id}:org:${orgId(name)}:reminder:14`,
          purpose: 'remiss-reminder',
          to: { personId: app.store.people.findByEmail('lrf@example.se')?.id as number },
          view: { blocks: [{ kind: 'text', text: 'En påminnelse' }] },
          locale: 'sv',
        },
        app.clock.now(),
      );
    }
    app.clock.set('2027-02-07T09:00:00Z');
    await app.tick();
    const keys = app.store.outbox
      .listByPrefix(`round:${round.id}:org:`)
      .filter((o) => o.key.includes(':reminder:2027'))
      .map((o) => o.key.split(':')[3]);
    // Only Kumla, which had none, is reminded now.
    expect(keys).toEqual([orgId('Kumla kommun')]);
  });
});
