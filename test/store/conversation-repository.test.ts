import { afterEach, describe, expect, it } from 'vitest';
import type { Address } from '../../src/core/chat.js';
import { testApp } from '../helpers/test-store.js';

describe('conversations: remembering where we talked', () => {
  let app: ReturnType<typeof testApp>;
  afterEach(() => app.close());

  const slackChat: Address = {
    platform: 'slack',
    conversationId: 'D0001',
    kind: 'personal',
    reference: { channel: 'D0001' },
  };
  const teamsChat: Address = {
    platform: 'teams',
    conversationId: 'a:chat-1',
    kind: 'personal',
    reference: { serviceUrl: 'https://smba.trafficmanager.net/emea/' },
  };
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 22, 9, minutes)).toISOString();
  const updatedAt = (address: Address) =>
    (
      app.db
        .prepare('SELECT updated_at FROM conversations WHERE conversation_id = ?')
        .get(address.conversationId) as { updated_at: string }
    ).updated_at;
  /** Rows written so far: SQLite's count of changes on this connection. */
  const writes = () => (app.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

  function person() {
    app = testApp({ seed: false });
    return app.store.people.create({ email: null, displayName: 'Anna', locale: 'sv' }, at(0)).id;
  }

  it('writes a conversation used again within the hour, unchanged, only once', () => {
    const id = person();
    const { conversations } = app.store;
    conversations.remember(slackChat, id, at(0));
    const before = writes();
    conversations.remember(slackChat, id, at(10));
    conversations.remember(slackChat, id, at(59));
    expect(writes()).toBe(before);
    expect(updatedAt(slackChat)).toBe(at(0));
    // An hour on, "last used" moves again.
    conversations.remember(slackChat, id, at(61));
    expect(updatedAt(slackChat)).toBe(at(61));
  });

  it('writes at once when the reference changes', () => {
    const id = person();
    const { conversations } = app.store;
    conversations.remember(teamsChat, id, at(0));
    const moved = {
      ...teamsChat,
      reference: { serviceUrl: 'https://smba.trafficmanager.net/se/' },
    };
    conversations.remember(moved, id, at(5));
    expect(conversations.find('teams', teamsChat.conversationId)).toEqual(moved);
    expect(updatedAt(teamsChat)).toBe(at(5));
  });

  it('keeps the app last used as the person’s latest, even within the hour', () => {
    const id = person();
    const { conversations } = app.store;
    conversations.remember(slackChat, id, at(0));
    conversations.remember(teamsChat, id, at(5));
    expect(conversations.lastPlatformOf(id)).toBe('teams');
    // Back in Slack ten minutes later: Slack is the app they use now.
    conversations.remember(slackChat, id, at(10));
    expect(conversations.lastPlatformOf(id)).toBe('slack');
    expect(updatedAt(slackChat)).toBe(at(10));
  });
});
