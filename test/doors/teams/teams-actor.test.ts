import { describe, expect, it } from 'vitest';
import { createTeamsActor, type MemberInfo } from '../../../src/doors/teams/teams-actor.js';
import { type TeamsActivity, teamsAddress } from '../../../src/doors/teams/teams-address.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { fixture } from './teams-harness.js';

const personal = fixture('message-personal') as unknown as TeamsActivity;

function setup() {
  let now = 1_000_000;
  const logger = memoryLogger();
  const teamsActor = createTeamsActor({ defaultLocale: 'sv', logger, now: () => now });
  const lookups: string[] = [];
  const answer = (member: MemberInfo | Error) => async (): Promise<MemberInfo> => {
    lookups.push('lookup');
    if (member instanceof Error) throw member;
    return member;
  };
  return { teamsActor, lookups, answer, logger, later: (ms: number) => (now += ms) };
}

describe('teamsActor', () => {
  it('identifies the sender by AAD object id, with name, locale and lower-cased e-mail', async () => {
    const { teamsActor, answer } = setup();
    expect(await teamsActor(personal, answer({ email: 'Anna.Andersson@Example.SE' }))).toEqual({
      platform: 'teams',
      userId: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      displayName: 'Anna Andersson',
      email: 'anna.andersson@example.se',
      locale: 'sv',
    });
  });

  it('falls back to the Teams id, the client locale and then the default', async () => {
    const { teamsActor, answer } = setup();
    const noAad = {
      ...personal,
      from: { id: '29:abc', name: 'Bo' },
      locale: undefined,
    } as TeamsActivity;
    const english = {
      ...noAad,
      entities: [{ type: 'clientInfo', locale: 'en-GB' }],
    } as TeamsActivity;
    const none = { ...noAad, entities: [] } as TeamsActivity;
    expect(await teamsActor(english, answer({}))).toMatchObject({ userId: '29:abc', locale: 'en' });
    expect(await teamsActor(none, answer({}))).toMatchObject({ locale: 'sv' });
  });

  it('asks once per person for ten minutes, then again', async () => {
    const { teamsActor, lookups, answer, later } = setup();
    const lookup = answer({ userPrincipalName: 'anna@example.se' });
    await Promise.all([teamsActor(personal, lookup), teamsActor(personal, lookup)]);
    later(9 * 60_000);
    expect((await teamsActor(personal, lookup)).email).toBe('anna@example.se');
    expect(lookups).toHaveLength(1);
    later(2 * 60_000);
    await teamsActor(personal, lookup);
    expect(lookups).toHaveLength(2);
  });

  it('serves the person without an e-mail when the lookup fails, and retries sooner', async () => {
    const { teamsActor, lookups, answer, later, logger } = setup();
    const actor = await teamsActor(
      personal,
      answer(new Error('Request failed with status code 403')),
    );
    expect(actor.email).toBeUndefined();
    expect(logger.lines).toEqual([
      {
        level: 'warn',
        message: 'teams member lookup failed',
        context: { error: 'Request failed with status code 403' },
      },
    ]);
    later(61_000);
    await teamsActor(personal, answer({ email: 'anna@example.se' }));
    expect(lookups).toHaveLength(2);
  });

  it('does not take a guest principal name for an e-mail address', async () => {
    const { teamsActor, answer } = setup();
    const guest = answer({ userPrincipalName: 'anna_example.se#EXT#@contoso.onmicrosoft.com' });
    expect((await teamsActor(personal, guest)).email).toBeUndefined();
  });
});

describe('teamsAddress', () => {
  it('keeps what a later proactive send needs', () => {
    expect(teamsAddress(personal)).toEqual({
      platform: 'teams',
      conversationId: 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat',
      kind: 'personal',
      reference: {
        serviceUrl: 'https://smba.trafficmanager.net/emea',
        tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
        botId: '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
        conversationType: 'personal',
      },
    });
  });

  it('names a channel without its thread and a group chat as a group', () => {
    const channel = fixture('message-channel-mention') as unknown as TeamsActivity;
    expect(teamsAddress(channel)).toMatchObject({
      conversationId: '19:d2c1b0a9f8e7d6c5b4a3@thread.tacv2',
      kind: 'channel',
    });
    const group = {
      ...personal,
      conversation: { id: '19:meeting@thread.v2', conversationType: 'groupChat', isGroup: true },
    } as TeamsActivity;
    expect(teamsAddress(group)).toMatchObject({
      kind: 'group',
      reference: { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' },
    });
    expect(teamsAddress(group).reference).not.toHaveProperty('teamId');
  });

  it('keeps a channel’s team, whose roster finds people by e-mail', () => {
    const channel = fixture('message-channel-mention') as unknown as TeamsActivity;
    expect(teamsAddress(channel).reference).toEqual({
      serviceUrl: 'https://smba.trafficmanager.net/emea',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      botId: '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60',
      conversationType: 'channel',
      teamId: '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2',
    });
    const installed = fixture('conversation-update-team') as unknown as TeamsActivity;
    expect(teamsAddress(installed)).toMatchObject({
      conversationId: '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2',
      kind: 'channel',
      reference: { teamId: '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2' },
    });
  });
});
