import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { DeliveryError, type Outlet } from '../../../src/core/outbox/outlet.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';

/** A test store with a digest queued for a Slack channel the bot knows, and an outlet. */
function digestQueued(key: string) {
  const app = testApp();
  const slack = memoryOutlet();
  const channel = { platform: 'slack' as const, conversationId: 'C1', kind: 'channel' as const };
  app.store.conversations.remember(channel, null, app.clock.now().toISOString());
  sendLater(
    app.store,
    {
      key,
      purpose: 'digest',
      to: { platform: 'slack', conversationId: 'C1' },
      view: { blocks: [{ kind: 'text', text: 'Dagens siffror' }] },
      locale: 'sv',
    },
    app.clock.now(),
  );
  return { app, slack };
}

describe('a platform that keeps saying "later"', () => {
  it('delays a message as often as it asks, and never gives it up for that', async () => {
    const { app, slack } = digestQueued('digest:1');
    // Twice as many 429s as the courier's five attempts for real failures.
    let refusals = 10;
    const limited: Outlet = {
      ...slack.outlet,
      sendToConversation(address, outgoing) {
        if (refusals-- > 0) throw new DeliveryError('ratelimited', 'rate-limited', 1000);
        return slack.outlet.sendToConversation(address, outgoing);
      },
    };
    const courier = createCourier({
      store: app.store,
      outlets: [limited],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    for (let pass = 0; pass < 12; pass++) {
      await courier.drain();
      app.clock.set(new Date(app.clock.now().getTime() + 1000));
    }
    expect(app.store.outbox.find('digest:1')?.status).toBe('sent');
    expect(refusals).toBe(-1);
    expect(slack.sent).toHaveLength(1);
    app.close();
  });

  it('keeps all its attempts for real failures however often it was told "later" first', async () => {
    const { app, slack } = digestQueued('digest:2');
    // Six 429s (one without Retry-After, as Slack's `ratelimited` in a 200 answer comes),
    // then four failures that never reached the platform: the fifth real try goes through.
    const answers: (DeliveryError | 'send')[] = [
      ...Array.from({ length: 5 }, () => new DeliveryError('ratelimited', 'rate-limited', 1000)),
      new DeliveryError('ratelimited', 'rate-limited'),
      ...Array.from({ length: 4 }, () => new DeliveryError('ECONNREFUSED', 'transient')),
      'send',
    ];
    const limited: Outlet = {
      ...slack.outlet,
      sendToConversation(address, outgoing) {
        const next = answers.shift();
        if (next instanceof DeliveryError) throw next;
        return slack.outlet.sendToConversation(address, outgoing);
      },
    };
    const courier = createCourier({
      store: app.store,
      outlets: [limited],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    const row = () => app.store.outbox.find('digest:2');
    const waits: number[] = [];
    for (let pass = 0; pass < 11 && row()?.status === 'queued'; pass++) {
      const due = Date.parse(row()?.not_before as string);
      waits.push(Math.max(0, due - app.clock.now().getTime()));
      app.clock.set(new Date(Math.max(due, app.clock.now().getTime())));
      await courier.drain();
    }
    expect(answers).toEqual([]);
    expect(row()).toMatchObject({ status: 'sent', attempts: 5 });
    expect(slack.sent).toHaveLength(1);
    // Retry-After as asked; a 429 without one waits as a first failure would (30 s); the
    // failures after them back off from 30 s, not from where six 429s would have put them.
    expect(waits).toEqual([
      0, 1000, 1000, 1000, 1000, 1000, 30_000, 30_000, 60_000, 120_000, 240_000,
    ]);
    app.close();
  });
});
