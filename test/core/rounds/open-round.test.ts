import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import {
  channel,
  facilitator,
  formOf,
  participant,
  personal,
  type RoundsApp,
  roundsApp,
  texts,
} from './rounds-fixture.js';

describe('opening a round', () => {
  let app: RoundsApp;
  beforeEach(() => {
    app = roundsApp();
  });
  afterEach(() => app.close());

  it('is refused kindly in a personal chat, and allowed in the terminal, the console', async () => {
    const refused = await app.run(facilitator, 'rounds.new', {}, personal(facilitator));
    expect(refused.outcome).toBe('refused');
    expect(texts(refused)[0]).toBe(
      'En runda hör hemma i en kanal eller gruppchatt, där deltagarna kan svara. Skriv *runda* där i stället.',
    );
    const typed = await app.dispatcher.runText(facilitator, 'runda', personal(facilitator));
    expect(typed.outcome).toBe('refused');
    const shell: Actor = { platform: 'shell', userId: 'operator', locale: 'sv' };
    const console = await app.dispatcher.runText(shell, 'runda dialog', {
      platform: 'shell',
      conversationId: 'shell:operator',
      kind: 'personal',
    });
    expect(formOf(console).values.kind).toBe('dialogue');
  });

  it('is for facilitators and coordinators, not participants', async () => {
    const refused = await app.run(participant(1), 'rounds.new', {}, channel);
    expect(refused.outcome).toBe('refused');
    expect(texts(refused)[0]).toContain('Det här är till för processledare (och samordnare).');
    const coordinator = { ...participant(9), email: 'samordnare@regionorebrolan.se' };
    const person = app.store.people.create(
      { email: coordinator.email, displayName: null, locale: 'sv' },
      'now',
    );
    app.store.roles.grant(person.id, 'coordinator', null, 'now');
    const form = await app.run(coordinator, 'rounds.new', {}, channel);
    expect(form.kind).toBe('form');
    // A forged submission from a participant is refused before anything is stored.
    const forged = await app.submit(participant(1), form, { title: 'X', prompts: 'Y' }, channel);
    expect(forged.outcome).toBe('refused');
    expect(app.store.rounds.listUnclosed()).toHaveLength(0);
  });

  it('fills in the form for its kind, and brings every problem back at once with what was typed', async () => {
    const form = await app.dispatcher.runText(facilitator, 'runda remiss', channel);
    expect(formOf(form).values).toMatchObject({
      kind: 'remiss',
      anonymity: 'named',
      closesDate: '2027-02-20',
      closesTime: '23:59',
    });
    expect(formOf(form).inputs.map((i) => i.name)).toContain('organisations');
    const refused = await app.submit(
      facilitator,
      form,
      {
        title: '',
        prompts: Array.from({ length: 11 }, (_, i) => `Fråga ${i + 1}`).join('\n'),
        anonymity: 'anonymous',
        closesDate: '2026-11-01',
        organisations:
          'Kumla kommun;Kommun;Kumla;inte-en-adress\nÖrbro kommun;Kommun;Örbro;a@orebro.se',
      },
      channel,
    );
    const refusedForm = formOf(refused);
    expect(refused.outcome).toBe('refused');
    expect(refusedForm.errors).toEqual({
      title: 'Fyll i det här fältet.',
      prompts: 'Högst 10 frågor, en per rad.',
      anonymity:
        'En remiss besvaras i organisationens namn och kan inte vara anonym. Välj ”Med namn”.',
      closesDate: 'Den tiden har redan varit.',
      organisations:
        'Rad 1: Kumla kommun: ”inte-en-adress” är ingen e-postadress.\nRad 2: ”Örbro” är ingen av länets tolv kommuner.',
    });
    expect(refusedForm.values.prompts).toContain('Fråga 11');
    expect(refusedForm.args.conversation).toBe('slack:C-RUS');
    const wrongOrder = await app.submit(
      facilitator,
      form,
      {
        title: 'Remiss',
        prompts: 'Tycker ni till?',
        opensDate: '2026-12-10',
        closesDate: '2026-12-01',
        organisations: '',
      },
      channel,
    );
    expect(formOf(wrongOrder).errors).toEqual({
      closesDate: 'Rundan måste stänga efter att den öppnar.',
    });
    expect(app.store.rounds.listUnclosed()).toHaveLength(0);
  });

  it('goes to the conversation the form was opened in, even from a modal that names none', async () => {
    const form = await app.run(facilitator, 'rounds.new', {}, channel);
    // A Slack modal's submission comes without the channel: the sealed one in args is used.
    const opened = await app.submit(facilitator, form, { title: 'Modal', prompts: 'Hur?' });
    expect(texts(opened)[0]).toContain('Rundan ”Modal” är öppnad.');
    expect(app.store.rounds.listUnclosed()[0]).toMatchObject({
      platform: 'slack',
      conversationId: 'C-RUS',
    });
    // A forged conversation (or seal) is refused.
    const forged = await app.dispatcher.run(facilitator, 'rounds.new.submit', {
      ...formOf(form).values,
      title: 'Forged',
      prompts: 'Hur?',
      conversation: 'slack:C-ELSEWHERE',
      seal: formOf(form).args.seal,
    });
    expect(texts(forged)[0]).toContain('En runda hör hemma i en kanal eller gruppchatt');
    expect(app.store.rounds.listUnclosed()).toHaveLength(1);
  });

  it('posts the message when a round opens later, and refuses inputs until then', async () => {
    const round = await app.openRound({
      opensDate: '2026-11-23',
      opensTime: '09:00',
      closesDate: '2026-11-23',
    });
    expect(round.opensAt).toBe('2026-11-23T08:00:00.000Z');
    expect(await app.courier.drain()).toBe(0);
    const early = await app.run(
      participant(1),
      'rounds.input',
      { round: String(round.id) },
      channel,
    );
    expect(texts(early)[0]).toBe(
      '”Framtidens kompetens” öppnar måndag 23 november 2026 kl. 09.00. Välkommen tillbaka då!',
    );
    app.clock.set('2026-11-23T08:00:00Z');
    expect(await app.courier.drain()).toBe(1);
    expect(app.slack.textsTo('C-RUS')[0]).toContain(
      'Öppen till måndag 23 november 2026 kl. 17.00.',
    );
  });

  it('lists rounds for facilitators with a way to manage each, and only their own to participants', async () => {
    const round = await app.openRound({ anonymity: 'named' });
    const list = await app.dispatcher.runText(facilitator, 'rundor', personal(facilitator));
    expect(texts(list)[1]).toBe(
      '*#1 Workshop: Framtidens kompetens* – öppen till söndag 22 november 2026 kl. 17.00 · 0 synpunkter',
    );
    const manage = await app.dispatcher.runText(
      facilitator,
      `rundor ${round.id}`,
      personal(facilitator),
    );
    expect(texts(manage)).toContain('Synpunkter: 0 (dolda 0, tillbakadragna 0)');
    const none = await app.dispatcher.runText(participant(1), 'rundor', personal(participant(1)));
    expect(texts(none)[0]).toContain('Du har inte deltagit i någon runda ännu.');
    await app.courier.drain();
    await app.run(
      participant(1),
      'conversation.reply',
      { messageId: app.messageIdOf(round), text: 'Hej' },
      channel,
    );
    const mine = await app.dispatcher.runText(participant(1), 'rundor', personal(participant(1)));
    expect(texts(mine)[1]).toContain('Workshop: Framtidens kompetens');
  });
});
