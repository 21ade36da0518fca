import { describe, expect, it } from 'vitest';
import type { Actor, Address, Platform } from '../../../src/core/chat.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { createDirectory } from '../../../src/core/outbox/directory.js';
import type { RoundKind } from '../../../src/core/rounds/round.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';
import { formOf, texts } from './rounds-fixture.js';

const places: { name: string; address: Address }[] = [
  {
    name: 'a Slack channel',
    address: { platform: 'slack', conversationId: 'C-RUS', kind: 'channel' },
  },
  {
    name: 'a Teams channel',
    address: { platform: 'teams', conversationId: '19:rus@thread.tacv2', kind: 'channel' },
  },
  {
    name: 'a Teams group chat',
    address: { platform: 'teams', conversationId: '19:grupp@thread.v2', kind: 'group' },
  },
  {
    name: 'the terminal',
    address: { platform: 'shell', conversationId: 'shell:operator', kind: 'personal' },
  },
];
const kinds: RoundKind[] = ['workshop', 'dialogue', 'remiss'];

describe.each(places)('rounds opened in $name', ({ address }) => {
  it.each(kinds)('a %s takes input there and closes with its summary there', async (kind) => {
    const platform: Platform = address.platform;
    const outlet = memoryOutlet({ platform });
    const app = testApp({ seed: false, directory: createDirectory([outlet.outlet]) });
    const courier = createCourier({
      store: app.store,
      outlets: [outlet.outlet],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    const person = (id: string, email: string): Actor => ({
      platform,
      userId: id,
      email,
      locale: 'sv',
    });
    const lead = person(platform === 'shell' ? 'operator' : 'lead', 'lead@regionorebrolan.se');
    const someone = person('someone', 'kontakt@kumla.se');
    const at = app.clock.now().toISOString();
    const leadPerson = app.store.people.create(
      { email: 'lead@regionorebrolan.se', displayName: null, locale: 'sv' },
      at,
    );
    app.store.roles.grant(leadPerson.id, 'facilitator', null, at);
    outlet.addUser('kontakt@kumla.se', 'someone');

    const form = await app.dispatcher.runText(
      lead,
      `runda ${kind === 'dialogue' ? 'dialog' : kind}`,
      address,
    );
    const opened = await app.dispatcher.run(
      lead,
      formOf(form).submitCommand,
      {
        ...formOf(form).values,
        title: `En ${kind}`,
        prompts: 'Vad tycker du?',
        ...(kind === 'remiss'
          ? { organisations: 'Kumla kommun;Kommun;Kumla;kontakt@kumla.se' }
          : {}),
        ...formOf(form).args,
      },
      address,
    );
    expect(texts(opened)[0]).toContain(`Rundan ”En ${kind}” är öppnad.`);
    await courier.drain();
    const round = app.store.rounds.listUnclosed()[0]!;
    expect(round).toMatchObject({ platform, conversationId: address.conversationId, kind });
    expect(outlet.sent.some((s) => s.userId === address.conversationId)).toBe(true);

    if (kind === 'remiss') {
      const answer = await app.dispatcher.run(
        someone,
        'rounds.answer',
        { round: String(round.id) },
        address,
      );
      await app.dispatcher.run(someone, 'rounds.answer.submit', {
        ...formOf(answer).values,
        ...formOf(answer).args,
        text: 'Vårt svar',
      });
    } else if (platform === 'shell' || round.anonymity !== 'named') {
      // The terminal has no threads, and a reply shows a name: the form is the way in.
      const input = await app.dispatcher.run(
        someone,
        'rounds.input',
        { round: String(round.id) },
        address,
      );
      await app.dispatcher.run(someone, 'rounds.input.submit', {
        ...formOf(input).values,
        ...formOf(input).args,
        text: 'Min synpunkt',
      });
    } else {
      const messageId = app.store.outbox.find(`round:${round.id}`)?.sent_message_id as string;
      await app.dispatcher.run(
        someone,
        'conversation.reply',
        { messageId, text: 'Min synpunkt' },
        address,
      );
    }
    expect(app.store.roundInputs.counts(round.id).inputs).toBe(1);

    await app.dispatcher.run(lead, 'rounds.close.confirm', { round: String(round.id) }, address);
    await courier.drain();
    const summary = outlet
      .textsTo(address.conversationId)
      .find((t) => t.startsWith('Sammanfattning'));
    expect(summary).toContain(
      kind === 'remiss' ? '1 av 1 organisationer svarade.' : '1 synpunkter från 1 deltagare.',
    );
    // The terminal cannot edit a message it printed; the others show the final count in place.
    if (platform !== 'shell') expect(outlet.edits.length).toBeGreaterThan(0);
    app.close();
  });
});
