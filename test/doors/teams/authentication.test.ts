import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/open-database.js';
import {
  connectorClaims,
  newSigningKey,
  type SigningKey,
  signJwt,
  startFakeBotFrameworkKeys,
} from './fake-bot-framework-keys.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const clientId = '5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** An unsigned token in the shape Entra ID issues, for the bot's own calls to the connector. */
function botToken(): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ aud: 'https://api.botframework.com', appid: clientId, tid: tenantId })}.sig`;
}

/** Rows in every table: "nothing stored" means these do not change. */
function tableCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

describe('Teams door with credentials: only activities the Bot Connector signed get in', () => {
  // Bot Framework's signing key (served by the local key set) and an attacker's own key.
  const botFramework = newSigningKey('bf-key-1');
  const attacker = newSigningKey('bf-key-1'); // the same kid, copied off a real token
  const stranger = newSigningKey('attacker-key');
  let keys: Awaited<ReturnType<typeof startFakeBotFrameworkKeys>>;
  let teams: TeamsDoorHarness;

  beforeEach(async () => {
    keys = await startFakeBotFrameworkKeys([botFramework]);
    teams = await startTeamsDoor({
      door: {
        clientId,
        tenantId,
        anonymous: false,
        cloud: keys.cloud,
        token: () => botToken(),
      },
    });
  });
  afterEach(async () => {
    await teams.close();
    await keys.close();
  });

  const message = () => teams.activity('message-personal', { text: 'hjälp' });
  const claims = (overrides: Record<string, unknown> = {}) =>
    connectorClaims(clientId, teams.connector.serviceUrl, overrides);
  const bearer = (key: SigningKey, overrides: Record<string, unknown> = {}) => ({
    authorization: `Bearer ${signJwt(key, claims(overrides))}`,
  });
  it('accepts a token signed with the Bot Framework key (the control)', async () => {
    const before = tableCounts(teams.app.db);
    const answer = await teams.post(message(), bearer(botFramework));
    expect(answer.status).toBe(200);
    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.authorization).toBe(`Bearer ${botToken()}`);
    expect(tableCounts(teams.app.db).people).toBe(before.people! + 1);
    expect(keys.fetches).toEqual(['/v1/.well-known/keys']); // checked against the key set
  });

  it('refuses every forged, expired or misdirected token with 401: nothing stored or sent', async () => {
    const before = tableCounts(teams.app.db);
    const now = Math.floor(Date.now() / 1000);
    const attempts: { name: string; headers: Record<string, string>; reason: RegExp }[] = [
      { name: 'no Authorization header', headers: {}, reason: /missing Authorization header/ },
      {
        name: 'signed by another key under the real key id',
        headers: bearer(attacker),
        reason: /JWT verification failed: invalid signature/,
      },
      {
        name: 'signed by a key the Bot Framework does not have',
        headers: bearer(stranger),
        reason:
          /JWT verification failed: .*Unable to find a signing key that matches 'attacker-key'/,
      },
      {
        name: 'expired an hour ago',
        headers: bearer(botFramework, { iat: now - 7200, nbf: now - 7200, exp: now - 3600 }),
        reason: /JWT verification failed: jwt expired/,
      },
      {
        name: 'for another bot (audience)',
        headers: bearer(botFramework, { aud: '00000000-0000-0000-0000-000000000000' }),
        reason: /JWT verification failed: jwt audience invalid/,
      },
      {
        name: 'from another issuer',
        headers: bearer(botFramework, { iss: 'https://sts.example.org' }),
        reason: /Custom validation failed: Token issuer 'https:\/\/sts.example.org' does not match/,
      },
      {
        name: 'issued for another serviceUrl (the bot would be sent elsewhere)',
        headers: bearer(botFramework, { serviceurl: 'https://smba.example.org/' }),
        reason: /Service URL mismatch/,
      },
      {
        name: 'unsigned (alg none)',
        headers: {
          authorization: `Bearer ${[
            Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url'),
            Buffer.from(JSON.stringify(claims())).toString('base64url'),
            '',
          ].join('.')}`,
        },
        reason: /JWT verification failed: jwt signature is required/,
      },
      {
        name: 'not a JWT at all',
        headers: { authorization: 'Bearer not-a-jwt' },
        reason: /JWT verification failed: jwt malformed/,
      },
    ];

    const answers = [];
    for (const attempt of attempts) answers.push(await teams.post(message(), attempt.headers));

    expect(answers.map((a) => a.status)).toEqual(attempts.map(() => 401));
    expect(answers[0]?.body).toEqual({ error: 'Missing authorization header' });
    for (const answer of answers.slice(1)) {
      expect(answer.body).toEqual({ error: 'JWT validation failed' });
    }
    // Each refused for its own reason, in order (the SDK logs why, then that it refused).
    const reasons = teams.logger.lines
      .map((l) => l.message)
      .filter((m) =>
        /^(inbound activity rejected|JWT verification failed|Custom validation)/.test(m),
      );
    expect(reasons).toHaveLength(attempts.length);
    attempts.forEach((attempt, i) => {
      expect(reasons[i], attempt.name).toMatch(attempt.reason);
    });
    expect(tableCounts(teams.app.db)).toEqual(before);
    expect(teams.connector.requests).toEqual([]);
  });
});
