import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import { encodeButtonValue } from '../../../src/doors/slack/button-value.js';
import { onButton } from '../../../src/doors/slack/on-button.js';
import { createSlackActors } from '../../../src/doors/slack/slack-actor.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';

type Handler = ReturnType<typeof onButton>;
type Args = Parameters<Handler>[0];

/**
 * The listener called directly, with a client that records what it is asked: awaiting the
 * listener is awaiting everything it does, so "did not publish" needs no waiting.
 */
describe('Slack door: what a button click refreshes', () => {
  let app: ReturnType<typeof testApp>;
  let calls: string[];
  const anna: Actor = { platform: 'slack', userId: 'U0001', locale: 'sv' };

  beforeEach(() => {
    app = testApp();
    calls = [];
  });
  afterEach(() => app.close());

  async function click(
    command: string,
    args: Record<string, string> = {},
    respond: () => Promise<unknown> = ok('respond'),
  ) {
    const logger = memoryLogger();
    const client = {
      users: { info: async () => ({ ok: true, user: { locale: 'sv-SE' } }) },
      chat: { postMessage: ok('chat.postMessage') },
      views: { publish: ok('views.publish'), open: ok('views.open') },
    };
    const actors = createSlackActors({ store: app.store, logger, defaultLocale: 'sv' });
    const ctx = { dispatcher: app.dispatcher, logger, defaultLocale: 'sv' as const, actors };
    const listenerArgs = {
      ack: async () => {},
      respond,
      client,
      action: { type: 'button', value: encodeButtonValue(command, args) },
      body: { user: { id: anna.userId }, trigger_id: 't', response_url: 'https://r' },
    } as unknown as Args;
    await onButton(ctx)(listenerArgs);
    return logger;
  }

  const ok = (method: string) => async () => {
    calls.push(method);
    return { ok: true };
  };
  const forum = () => ({ forum: String(app.demoForum().id) });

  it('refreshes Home after a done command about the person’s own registration', async () => {
    await app.dispatcher.run(anna, 'forum.signup.submit', {
      ...forum(),
      organisation: 'Kumla kommun',
      roleTitle: 'Kommundirektör',
      invoiceReference: 'KK-123',
    });
    await click('forum.cancel.confirm', forum());
    expect(calls).toEqual(['respond', 'views.publish']);
  });

  it('does not refresh Home after a command that is not about the person', async () => {
    await click('help');
    expect(calls).toEqual(['respond']);
  });

  it('does not refresh Home when the command was refused', async () => {
    await click('forum.cancel.confirm', forum()); // not registered: nothing to cancel
    expect(calls).toEqual(['respond']);
  });

  it('logs an answer that cannot be delivered instead of passing it to the error boundary', async () => {
    const failing = async () => {
      throw new Error('An API error occurred: channel_not_found');
    };
    // Resolving is the point: a rejection would reach the error boundary, which apologises.
    const logger = await click('help', {}, failing);
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        message: 'slack reply failed',
        context: { via: 'response_url', error: 'An API error occurred: channel_not_found' },
      },
    ]);
  });
});
