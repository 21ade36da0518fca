import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';

describe('a message a stopped process was sending', () => {
  it('is listed as unconfirmed once two minutes old, by a courier already running, and never sent', async () => {
    const app = testApp();
    const slack = memoryOutlet();
    const to = { platform: 'slack' as const, conversationId: 'D1' };
    const claimedAt = app.clock.now();
    sendLater(
      app.store,
      {
        key: 'invitation:1',
        purpose: 'invitation',
        to,
        view: { blocks: [{ kind: 'text', text: 'Välkommen' }] },
        locale: 'sv',
      },
      claimedAt,
    );
    // Another process claims it and dies before it knows whether Slack took it.
    expect(app.store.outbox.claimNext(claimedAt.toISOString())?.key).toBe('invitation:1');

    // This process comes up 30 seconds later: too soon to call the claim abandoned.
    app.clock.set(new Date(claimedAt.getTime() + 30_000));
    const courier = createCourier({
      store: app.store,
      outlets: [slack.outlet],
      clock: app.clock,
      logger: silentLogger,
      pollMs: 5,
      sleep: async () => {},
    });
    courier.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(app.store.outbox.find('invitation:1')?.status).toBe('sending');

      app.clock.set(new Date(claimedAt.getTime() + 2 * 60_000 + 1000));
      courier.wake();
      await vi.waitFor(() =>
        expect(app.store.outbox.find('invitation:1')?.status).toBe('unconfirmed'),
      );
      expect(slack.sent).toEqual([]);
    } finally {
      await courier.stop();
      app.close();
    }
  });
});
