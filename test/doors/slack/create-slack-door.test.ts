import { describe, expect, it } from 'vitest';
import { createSlackDoor } from '../../../src/doors/slack/create-slack-door.js';
import { isPersonMessage } from '../../../src/doors/slack/on-direct-message.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';

const depsOf = (app: ReturnType<typeof testApp>) => ({
  dispatcher: app.dispatcher,
  store: app.store,
  logger: memoryLogger(),
  defaultLocale: 'sv' as const,
});

describe('createSlackDoor', () => {
  it('needs a signing secret unless Socket Mode is used', () => {
    const app = testApp({ seed: false });
    try {
      expect(() => createSlackDoor(depsOf(app), { botToken: 'xoxb-t', port: 0 })).toThrow(
        /SLACK_SIGNING_SECRET/,
      );
      // Socket Mode: no secret, no HTTP server, and nothing sent before start().
      const door = createSlackDoor(depsOf(app), {
        botToken: 'xoxb-t',
        appToken: 'xapp-t',
        port: 0,
        apiUrl: 'http://127.0.0.1:9/api/',
      });
      expect(door.name).toBe('slack');
      expect(door.address()).toBeUndefined();
    } finally {
      app.close();
    }
  });

  it('listens on an ephemeral port and stops cleanly, twice', async () => {
    const app = testApp({ seed: false });
    const door = createSlackDoor(depsOf(app), {
      botToken: 'xoxb-t',
      signingSecret: 's',
      port: 0,
      host: '127.0.0.1',
      botId: 'B1',
      botUserId: 'U1',
    });
    await door.stop(); // not started: nothing to do
    await door.start();
    const port = door.address()?.port ?? 0;
    expect(port).toBeGreaterThan(0);
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`, { method: 'POST' })).status).toBe(
      404,
    );
    await door.stop();
    await door.stop();
    expect(door.address()).toBeUndefined();
    app.close();
  });
});

describe('isPersonMessage', () => {
  const base = {
    type: 'message',
    channel: 'D1',
    channel_type: 'im',
    user: 'U1',
    ts: '1',
    event_ts: '1',
  };
  it('takes what a person types in the DM and nothing else', () => {
    const ok = (m: object) => isPersonMessage(m as never);
    expect(ok({ ...base, text: 'hjälp' })).toBe(true);
    expect(ok({ ...base, channel_type: 'channel' })).toBe(false);
    expect(ok({ ...base, subtype: 'message_changed' })).toBe(false);
    expect(ok({ ...base, bot_id: 'B0BOT' })).toBe(false);
    expect(ok({ ...base, user: undefined })).toBe(false);
  });
});
