import type { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSlackActors } from '../../../src/doors/slack/slack-actor.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';

type UsersInfo = (args: { user: string; include_locale?: boolean }) => Promise<unknown>;
const clientWith = (info: UsersInfo) => ({ users: { info } }) as unknown as webApi.WebClient;

describe('slack actor lookup', () => {
  let app: ReturnType<typeof testApp>;
  let now = 0;
  const logger = memoryLogger();
  const actors = () =>
    createSlackActors({ store: app.store, logger, defaultLocale: 'sv', now: () => now });
  beforeEach(() => {
    app = testApp({ seed: false });
    now = 1_000_000;
    logger.lines.length = 0;
  });
  afterEach(() => app.close());

  it('asks users.info with include_locale and maps locale, e-mail and name', async () => {
    const asked: unknown[] = [];
    const client = clientWith(async (args) => {
      asked.push(args);
      return {
        ok: true,
        user: {
          real_name: '',
          locale: 'en-GB',
          profile: { display_name: 'Erik', email: 'e@x.se' },
        },
      };
    });
    expect(await actors().actorFor(client, 'U2')).toEqual({
      platform: 'slack',
      userId: 'U2',
      locale: 'en',
      displayName: 'Erik',
      email: 'e@x.se',
    });
    expect(asked).toEqual([{ user: 'U2', include_locale: true }]);
  });

  it('reuses an answer for ten minutes, then asks again', async () => {
    let calls = 0;
    const client = clientWith(async () => {
      calls++;
      return { ok: true, user: { real_name: 'Anna', locale: 'sv-SE' } };
    });
    const lookup = actors();
    await lookup.actorFor(client, 'U1');
    now += 9 * 60_000;
    await lookup.actorFor(client, 'U1');
    expect(calls).toBe(1);
    expect(lookup.known('U1')?.displayName).toBe('Anna');
    now += 2 * 60_000;
    await lookup.actorFor(client, 'U1');
    expect(calls).toBe(2);
  });

  it('goes on with the default language and no e-mail when users.info fails', async () => {
    let calls = 0;
    const client = clientWith(async () => {
      calls++;
      throw new Error('An API error occurred: missing_scope');
    });
    const lookup = actors();
    expect(await lookup.actorFor(client, 'U9')).toEqual({
      platform: 'slack',
      userId: 'U9',
      locale: 'sv',
    });
    await lookup.actorFor(client, 'U9');
    expect(calls).toBe(2); // a failure is not cached
    expect(logger.lines[0]).toMatchObject({ level: 'warn' });
    expect(JSON.stringify(logger.lines)).not.toContain('U9');
  });

  it('keeps the language it last knew for someone when users.info fails', async () => {
    const known = { platform: 'slack' as const, userId: 'U3', locale: 'en' as const };
    await app.dispatcher.run(known, 'help');
    const client = clientWith(async () => {
      throw new Error('timeout');
    });
    expect((await actors().actorFor(client, 'U3')).locale).toBe('en');
  });

  it('knows someone without asking Slack: from the cache, else as stored, else by default', async () => {
    const asked: string[] = [];
    const client = clientWith(async ({ user }) => {
      asked.push(user);
      return { ok: true, user: { real_name: 'Anna', locale: 'en-GB' } };
    });
    const lookup = actors();
    await lookup.actorFor(client, 'U1');
    const stored = { platform: 'slack' as const, userId: 'U2', locale: 'en' as const };
    await app.dispatcher.run({ ...stored, displayName: 'Erik Ek', email: 'e@x.se' }, 'help');

    expect(lookup.actorWithoutLookup('U1')).toMatchObject({ displayName: 'Anna', locale: 'en' });
    expect(lookup.actorWithoutLookup('U2')).toEqual({
      ...stored,
      displayName: 'Erik Ek',
      email: 'e@x.se',
    });
    expect(lookup.actorWithoutLookup('U3')).toEqual({
      platform: 'slack',
      userId: 'U3',
      locale: 'sv',
    });
    expect(asked).toEqual(['U1']);
  });
});
