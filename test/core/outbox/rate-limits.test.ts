import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { DeliveryError, type Outlet } from '../../../src/core/outbox/outlet.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';

describe('a platform that keeps saying "later"', () => {
  it('delays a message as often as it asks, and never gives it up for that', async () => {
    const app = testApp();
    const slack = memoryOutlet();
    const channel = { platform: 'slack' as const, conversationId: 'C1', kind: 'channel' as const };
    app.store.conversations.remember(channel, null, app.clock.now().toISOString());
    sendLater(
      app.store,
      {
        key: 'digest:1',
        purpose: 'digest',
        to: { platform: 'slack', conversationId: 'C1' },
        view: { blocks: [{ kind: 'text', text: 'Dagens siffror' }] },
        locale: 'sv',
      },
      app.clock.now(),
    );
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
});
