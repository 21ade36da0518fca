import { describe, expect, it } from 'vitest';
import type { View } from '../../../src/core/chat.js';
import { silentLogger } from '../../../src/core/logger.js';
import { createCourier } from '../../../src/core/outbox/create-courier.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';

const view = (text: string): View => ({ blocks: [{ kind: 'text', text }] });

describe('editing a message the bot sent', () => {
  it('applies only the newest of many queued edits, after the message itself', async () => {
    const app = testApp();
    const slack = memoryOutlet();
    const channel = { platform: 'slack' as const, conversationId: 'C1', kind: 'channel' as const };
    app.store.conversations.remember(channel, null, 'now');
    const now = app.clock.now();
    const to = { platform: 'slack' as const, conversationId: 'C1' };
    sendLater(
      app.store,
      { key: 'live:1', purpose: 'test', to, view: view('0 inputs'), locale: 'sv' },
      now,
    );
    const courier = createCourier({
      store: app.store,
      outlets: [slack.outlet],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    // An edit queued before the message went waits for it.
    sendLater(
      app.store,
      {
        key: 'live:1:edit:1',
        purpose: 'test',
        to,
        view: view('1 input'),
        locale: 'sv',
        editOf: 'live:1',
      },
      now,
    );
    for (let n = 2; n <= 200; n++) {
      sendLater(
        app.store,
        {
          key: `live:1:edit:${n}`,
          purpose: 'test',
          to,
          view: view(`${n} inputs`),
          locale: 'sv',
          editOf: 'live:1',
        },
        now,
      );
    }
    await courier.drain();
    expect(slack.sent).toHaveLength(1);
    expect(slack.edits).toEqual([
      { messageId: 'm1', outgoing: { view: view('200 inputs'), locale: 'sv' } },
    ]);
    expect(app.store.outbox.find('live:1')?.sent_message_id).toBe('m1');
    expect(
      app.store.outbox.listByPrefix('live:1:edit:').filter((r) => r.status === 'withdrawn'),
    ).toHaveLength(199);
    app.close();
  });

  it('leaves an edit unreachable when the door kept no id to edit by, and never sends it anew', async () => {
    const app = testApp();
    const shell = memoryOutlet({ platform: 'shell' });
    const console = {
      platform: 'shell' as const,
      conversationId: 'terminal',
      kind: 'personal' as const,
    };
    app.store.conversations.remember(console, null, 'now');
    const to = { platform: 'shell' as const, conversationId: 'terminal' };
    const now = app.clock.now();
    const outlet = { ...shell.outlet, sendToConversation: async () => ({ address: console }) };
    const courier = createCourier({
      store: app.store,
      outlets: [outlet],
      clock: app.clock,
      logger: silentLogger,
      sleep: async () => {},
    });
    sendLater(
      app.store,
      { key: 'live:2', purpose: 'test', to, view: view('0'), locale: 'sv' },
      now,
    );
    await courier.drain();
    sendLater(
      app.store,
      {
        key: 'live:2:edit:1',
        purpose: 'test',
        to,
        view: view('1'),
        locale: 'sv',
        editOf: 'live:2',
      },
      now,
    );
    await courier.drain();
    expect(app.store.outbox.find('live:2:edit:1')?.status).toBe('unreachable');
    expect(shell.edits).toEqual([]);
    app.close();
  });
});
