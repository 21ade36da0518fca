import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/core/i18n/translate.js';
import {
  anna,
  blocksOf,
  erik,
  people,
  type SlackDoorHarness,
  signingSecret,
  startSlackDoor,
  textsOf,
  viewOf,
} from '../doors/slack/slack-harness.js';
import {
  buttonBody,
  directMessageBody,
  fileShareBody,
  filledIn,
  homeOpenedBody,
  type SentView,
  slashCommandBody,
  submissionBody,
  threadReplyBody,
} from '../doors/slack/slack-payloads.js';
import type { SlackBody } from '../helpers/sign-slack-request.js';
import { signSlackRequest } from '../helpers/sign-slack-request.js';
import { testApp } from '../helpers/test-store.js';
import { invalidRows, rowCounts } from './db-invariants.js';
import {
  Fuzzer,
  findLeak,
  fuzzSeed,
  hostileStrings,
  type Json,
  runBounded,
  settle,
} from './mutate.js';

/** FUZZ_CASE=n replays one case alone (its payload is printed), to look into a failure. */
const only = process.env.FUZZ_CASE === undefined ? undefined : Number(process.env.FUZZ_CASE);
const cases = only === undefined ? 10_000 : 1;
const seed = fuzzSeed(20_260_601);
const concurrency = 16;

/** A raw request: the body exactly as sent, its content type, and how it is signed. */
interface RawCase {
  body: string;
  contentType: string;
  signing: 'valid' | 'none' | 'forged' | 'stale';
}

/** A Slack body as the bytes Slack sends, before signing. */
function encode(body: SlackBody): { raw: string; contentType: string } {
  if ('json' in body) return { raw: JSON.stringify(body.json), contentType: 'application/json' };
  if ('form' in body) {
    const fields = body.form && typeof body.form === 'object' ? body.form : { text: body.form };
    const form = Object.fromEntries(
      Object.entries(fields as Json).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    );
    return {
      raw: new URLSearchParams(form).toString(),
      contentType: 'application/x-www-form-urlencoded',
    };
  }
  return {
    raw: new URLSearchParams({ payload: JSON.stringify(body.payload) }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  };
}

/** The same kind of body, with the mutated part in place of the original. */
function mutated(fuzz: Fuzzer, body: SlackBody): SlackBody {
  if ('json' in body) return { json: fuzz.mutate(body.json) };
  if ('payload' in body) return { payload: fuzz.mutate(body.payload) };
  return { form: fuzz.mutate(body.form) };
}

describe('Slack door under 10,000 hostile payloads', { timeout: 120_000 }, () => {
  let slack: SlackDoorHarness;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  const statuses = new Map<number, number>();
  const leaks: string[] = [];
  let elapsedMs = 0;
  let seeds: SlackBody[] = [];

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    // Anna is an admin, so the fuzz also reaches the coordinators' and facilitators' commands.
    const app = testApp({ settings: { admins: [people[anna]?.email as string] } });
    slack = await startSlackDoor({ app });
    const responseUrl = slack.fake.responseUrl('fuzz');

    // Real payloads to mutate: the sign-up modal the door opened, and buttons it sent.
    await slack.post(slashCommandBody('anmäl', { user: erik, responseUrl }));
    const [opened] = await slack.fake.waitFor('views.open');
    const signupView = viewOf(opened!.body) as SentView;
    for (const text of ['forum', 'hjälp', 'min', 'program', 'synpunkter', 'årshjul']) {
      await slack.post(slashCommandBody(text, { user: anna, responseUrl }));
    }
    await slack.fake.waitFor((c) => c.kind === 'response_url', 6);
    const buttons = slack.fake
      .callsTo((c) => c.kind === 'response_url')
      .flatMap((c) => blocksOf(c.body) ?? [])
      .flatMap((b) => b.elements ?? [])
      .filter((e) => e.type === 'button' && e.value);
    expect(buttons.length).toBeGreaterThan(3);
    const csv = slack.fake.hostFile({
      name: 'gaster.csv',
      mimetype: 'text/csv',
      content: Buffer.from('namn;e-post;organisation\nÅsa;asa@example.org;Kumla kommun\n'),
    });

    const users = [anna, erik, 'U0009'];
    seeds = users.flatMap((user) => [
      slashCommandBody('anmäl', { user, responseUrl }),
      slashCommandBody('checkin 1234', { user, responseUrl }),
      ...buttons.map((b) =>
        buttonBody({ action_id: b.action_id, value: b.value }, { user, responseUrl }),
      ),
      submissionBody(signupView, filledIn, { user }),
      directMessageBody('min', user),
      threadReplyBody('Fler pendeltåg, tack.', user),
      homeOpenedBody(user),
      fileShareBody([csv], '', user),
    ]);
    slack.fake.calls.length = 0;
  });

  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await slack?.close();
    slack?.app.close();
  }, 30_000);

  /** Case i, made only from the seed and i, so a failure can be replayed. */
  function caseFor(i: number): RawCase {
    const fuzz = new Fuzzer(seed + i);
    const base = fuzz.pick(seeds);
    const roll = fuzz.int(100);
    if (roll < 70) return { ...asRaw(mutated(fuzz, base)), signing: 'valid' };
    if (roll < 78) {
      const { raw, contentType } = encode(base);
      const broken =
        contentType === 'application/json'
          ? fuzz.brokenJson(raw)
          : new URLSearchParams({ payload: fuzz.brokenJson(raw) }).toString();
      return { body: broken, contentType, signing: 'valid' };
    }
    if (roll < 85) {
      // Something else altogether: random JSON, or a form with random fields.
      return fuzz.chance(0.5)
        ? { body: JSON.stringify(fuzz.value()), contentType: 'application/json', signing: 'valid' }
        : {
            body: new URLSearchParams({ [fuzz.string().slice(0, 20)]: fuzz.string() }).toString(),
            contentType: 'application/x-www-form-urlencoded',
            signing: 'valid',
          };
    }
    if (roll < 90) {
      const { raw } = encode(base);
      const contentType = fuzz.pick([
        'text/plain',
        'application/xml',
        'multipart/form-data; boundary=x',
        'application/json; charset=utf-16',
        '',
      ]);
      return { body: raw, contentType, signing: 'valid' };
    }
    // Unsigned, forged or stale: must be refused before any listener runs.
    const { raw, contentType } = encode(fuzz.chance(0.5) ? base : mutated(fuzz, base));
    return { body: raw, contentType, signing: fuzz.pick(['none', 'forged', 'stale'] as const) };
  }

  const asRaw = (body: SlackBody) => {
    const { raw, contentType } = encode(body);
    return { body: raw, contentType };
  };

  async function send(c: RawCase): Promise<{ status: number; body: string }> {
    const now = Math.floor(Date.now() / 1000);
    const timestamp = c.signing === 'stale' ? now - 60 * 10 : now;
    const secret = c.signing === 'forged' ? 'not-the-secret' : signingSecret;
    const headers: Record<string, string> = {
      'x-slack-request-timestamp': String(timestamp),
      ...(c.contentType ? { 'content-type': c.contentType } : {}),
    };
    if (c.signing !== 'none') {
      headers['x-slack-signature'] = signSlackRequest(secret, timestamp, c.body);
    }
    try {
      const res = await fetch(slack.url, { method: 'POST', headers, body: c.body });
      return { status: res.status, body: await res.text() };
    } catch (error) {
      // Over Bolt's 4 MB limit the answer is 413 and the connection may close mid-upload.
      if (Buffer.byteLength(c.body) > 4 * 1024 * 1024) return { status: 413, body: '' };
      throw error;
    }
  }

  it('stays up, leaks no stack trace, and refuses every unsigned request', async () => {
    const started = Date.now();
    let refusedUnsigned = 0;
    let unsigned = 0;
    await runBounded(cases, concurrency, async (n) => {
      const i = only ?? n;
      const c = caseFor(i);
      if (only !== undefined) console.info(c.contentType, c.signing, c.body.slice(0, 3000));
      if (only !== undefined) (await import('node:fs')).writeFileSync('/tmp/fuzz-case.txt', c.body);
      const sentAt = Date.now();
      const answer = await send(c);
      if (process.env.FUZZ_DEBUG && (Date.now() - sentAt > 2500 || answer.status >= 500)) {
        console.info(`case ${i}: ${answer.status} after ${Date.now() - sentAt} ms`);
      }
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      const leaked = findLeak(answer.body);
      if (leaked) leaks.push(`case ${i} (seed ${seed + i}) answered: ${leaked}`);
      if (c.signing !== 'valid') {
        unsigned++;
        if (answer.status === 401) refusedUnsigned++;
      }
    });
    await settle(() => slack.fake.calls.length + slack.logger.lines.length);
    elapsedMs = Date.now() - started;
    if (only !== undefined)
      console.info(JSON.stringify(slack.logger.lines, null, 1).slice(0, 5000));

    // What the door sent on (messages, modals, ephemeral answers) shows no stack either.
    for (const call of slack.fake.calls) {
      const leaked = findLeak(JSON.stringify(call.body));
      if (leaked) leaks.push(`sent ${call.method}: ${leaked}`);
    }
    // Nobody can ping a channel or hide a link with what they wrote.
    const pings = slack.fake.calls.filter((c) =>
      /<!(?:channel|here|everyone)>|<@U0001>|<https:\/\/evil/.test(
        JSON.stringify({ text: c.body.text, blocks: c.body.blocks, view: c.body.view }),
      ),
    );
    console.info(
      `slack fuzz: seed ${seed}, ${cases} cases in ${elapsedMs} ms, statuses ${JSON.stringify(
        Object.fromEntries(statuses),
      )}, ${slack.fake.calls.length} calls to Slack, ${refusedUnsigned}/${unsigned} unsigned refused`,
    );
    expect(crashes, `seed ${seed}`).toEqual([]);
    expect(leaks.slice(0, 5), `seed ${seed}`).toEqual([]);
    expect(
      pings.map((c) => c.method),
      `seed ${seed}`,
    ).toEqual([]);
    expect(refusedUnsigned).toBe(unsigned);
    expect(statuses.get(500) ?? 0, `seed ${seed}`).toBe(0);
    expect(statuses.get(404) ?? 0, `seed ${seed}`).toBe(0);
    // And no payload made the bot apologise for a fault of its own.
    const apologies = slack.fake.calls.filter((c) =>
      JSON.stringify(c.body).includes(translator('sv')('error.unexpected')),
    );
    expect(
      apologies.map((c) => c.method),
      `seed ${seed}`,
    ).toEqual([]);
    // Nothing leaked into Object.prototype from a "__proto__" key.
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('answers a signed body of null with 400 instead of ending the process', async () => {
    for (const c of [
      { body: 'null', contentType: 'application/json' },
      { body: 'payload=null', contentType: 'application/x-www-form-urlencoded' },
    ]) {
      expect(await send({ ...c, signing: 'valid' })).toEqual({ status: 400, body: '' });
    }
    expect(crashes).toEqual([]);
  });

  it('logs no fault: every malformed payload was refused at the door, not deep inside', () => {
    const faults = slack.logger.lines
      .filter((l) => l.level === 'error')
      .map((l) => `${l.message}: ${String(l.context?.error ?? '').split('\n')[0]}`);
    expect([...new Set(faults)].slice(0, 10), `seed ${seed}`).toEqual([]);
  });

  it('stores nothing invalid', () => {
    const db = slack.app.db;
    const problems = invalidRows(db);
    console.info(
      'slack fuzz stored',
      rowCounts(db, ['people', 'identities', 'conversations', 'registrations', 'round_inputs']),
    );
    expect(problems, `seed ${seed}`).toEqual([]);
  });

  it('still answers a valid request afterwards', async () => {
    const answer = await slack.post(
      slashCommandBody('forum', { user: anna, responseUrl: slack.fake.responseUrl('after') }),
    );
    expect(answer.status).toBe(200);
    const [reply] = await slack.fake.waitFor(
      (c) => c.kind === 'response_url' && c.method === 'after',
    );
    expect(textsOf(blocksOf(reply!.body)).join('\n')).toContain('Framtidsforum 2027');
    expect(hostileStrings.length).toBeGreaterThan(50);
  });
});
