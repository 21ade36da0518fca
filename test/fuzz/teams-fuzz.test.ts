import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translate.js';
import {
  type Activity,
  type FixtureName,
  startTeamsDoor,
  type TeamsDoorHarness,
} from '../doors/teams/teams-harness.js';
import { testApp } from '../helpers/test-store.js';
import { invalidRows, rowCounts } from './db-invariants.js';
import { Fuzzer, findLeak, fuzzSeed, type Json, runBounded, settle } from './mutate.js';

/** FUZZ_CASE=n replays one case alone (its payload is written to /tmp/fuzz-case.txt). */
const only = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
const cases = only === undefined ? 10_000 : 1;
const seed = fuzzSeed(20_260_602);
const concurrency = 16;
const annaEmail = 'anna.andersson@regionorebrolan.se';

const fixtures: FixtureName[] = [
  'message-personal',
  'message-channel-mention',
  'message-channel-reply',
  'action-submit',
  'action-execute-invoke',
  'conversation-update',
  'conversation-update-team',
  'message-personal-file',
];

/** Every `data` a card in this activity carries for our buttons. */
function buttonData(value: Json): Json[] {
  if (!value || typeof value !== 'object') return [];
  const own = value.data?.forumbot ? [value.data] : [];
  return [...own, ...Object.values(value).flatMap(buttonData)];
}

describe('Teams door under 10,000 hostile activities', { timeout: 60_000 }, () => {
  let teams: TeamsDoorHarness;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  const statuses = new Map<number, number>();
  const leaks: string[] = [];
  let seeds: Activity[] = [];

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    const app = testApp({ settings: { admins: [annaEmail] } });
    teams = await startTeamsDoor({
      app,
      members: { '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId': { name: 'Anna', email: annaEmail } },
    });
    const csv = teams.connector.serveFile('gaster.csv', 'namn;e-post\nÅsa;asa@example.org\n', {
      contentType: 'text/csv',
    });
    // Real payloads to mutate: the fixtures, and the buttons of the cards the door sent.
    for (const text of ['forum', 'hjälp', 'min', 'anmäl', 'synpunkter']) {
      await teams.post(teams.activity('message-personal', { text, id: `seed-${text}` }));
    }
    const data = teams.connector.activities.flatMap((a) => buttonData(a.body));
    expect(data.length).toBeGreaterThan(3);
    seeds = [
      ...fixtures.map((name) => teams.activity(name)),
      ...data.map((d) => {
        const invoke = teams.activity('action-execute-invoke');
        invoke.value.action.data = d;
        return invoke;
      }),
      teams.activity('message-personal-file', {
        attachments: [
          {
            contentType: 'application/vnd.microsoft.teams.file.download.info',
            name: 'gaster.csv',
            content: { downloadUrl: csv, fileType: 'csv' },
          },
        ],
      }),
    ];
    teams.connector.activities.length = 0;
  }, 30_000);

  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await teams?.close();
    teams?.app.close();
  }, 30_000);

  /** Case i, made only from the seed and i, so a failure can be replayed. */
  function caseFor(i: number): { body: string; contentType: string } {
    const fuzz = new Fuzzer(seed + i);
    const base = fuzz.pick(seeds);
    const roll = fuzz.int(100);
    const json = 'application/json';
    if (roll < 80) return { body: JSON.stringify(fuzz.mutate(base)), contentType: json };
    if (roll < 88) return { body: fuzz.brokenJson(JSON.stringify(base)), contentType: json };
    if (roll < 95) return { body: JSON.stringify(fuzz.value()), contentType: json };
    return {
      body: JSON.stringify(base),
      contentType: fuzz.pick(['text/plain', 'application/xml', 'multipart/form-data', '']),
    };
  }

  it('stays up and leaks no stack trace', async () => {
    const started = Date.now();
    await runBounded(cases, concurrency, async (n) => {
      const i = only ?? n;
      const c = caseFor(i);
      if (only !== undefined) (await import('node:fs')).writeFileSync('/tmp/fuzz-case.txt', c.body);
      const res = await fetch(teams.url, {
        method: 'POST',
        headers: c.contentType ? { 'content-type': c.contentType } : {},
        body: c.body,
      });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (process.env.FUZZ_DEBUG && res.status >= 500) console.info(`case ${i}: ${res.status}`);
      const leaked = findLeak(text);
      if (leaked) leaks.push(`case ${i} (seed ${seed + i}) answered: ${leaked}`);
    });
    await settle(() => teams.connector.requests.length + teams.logger.lines.length);
    const elapsedMs = Date.now() - started;
    for (const sent of [...teams.connector.activities, ...teams.connector.refused]) {
      const leaked = findLeak(JSON.stringify(sent.body));
      if (leaked) leaks.push(`sent to ${sent.conversationId}: ${leaked}`);
    }
    const sorry = translator('sv')('error.unexpected');
    const apologies = teams.connector.activities.filter((a) =>
      JSON.stringify(a.body).includes(sorry),
    );
    console.info(
      `teams fuzz: seed ${seed}, ${cases} cases in ${elapsedMs} ms, statuses ${JSON.stringify(
        Object.fromEntries(statuses),
      )}, ${teams.connector.activities.length} activities sent`,
    );
    expect(crashes, `seed ${seed}`).toEqual([]);
    expect(leaks.slice(0, 5), `seed ${seed}`).toEqual([]);
    expect(statuses.get(500) ?? 0, `seed ${seed}`).toBe(0);
    expect(apologies.length, `seed ${seed}`).toBe(0);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('logs no fault: every malformed activity was refused at the door, not deep inside', () => {
    // A connector that refuses a reply ("teams reply not delivered") is the platform's answer,
    // logged where it is sent; a fault is something that threw in the door or the core.
    const faults = teams.logger.lines
      .filter((l) => l.level === 'error' && /failed$/.test(l.message))
      .map((l) => `${l.message}: ${String(l.context?.error ?? '').split('\n')[0]}`);
    expect([...new Set(faults)].slice(0, 10), `seed ${seed}`).toEqual([]);
  });

  it('stores nothing invalid', () => {
    const db = teams.app.db;
    console.info(
      'teams fuzz stored',
      rowCounts(db, ['people', 'identities', 'conversations', 'registrations', 'round_inputs']),
    );
    expect(invalidRows(db), `seed ${seed}`).toEqual([]);
  });

  it('still answers a valid activity afterwards', async () => {
    const before = teams.connector.activities.length;
    // A fresh activity id: one seen before is a redelivery, and is rightly left alone.
    const fresh = { text: 'forum', id: 'after-the-fuzz' };
    const answer = await teams.post(teams.activity('message-personal', fresh));
    expect(answer.status).toBe(200);
    const sent = await teams.connector.waitForActivities(before + 1);
    expect(JSON.stringify(sent.slice(before))).toContain('Framtidsforum 2027');
  });
});
