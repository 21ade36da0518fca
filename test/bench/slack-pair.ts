/**
 * Pair 1: the Slack sign-up button against the Bolt floor. Signed `block_actions` requests for
 * "Anmäl mig" (the documented payload, as in test/fixtures/slack), from 300 people in turn,
 * to the bot's real HTTP receiver and to the minimal Bolt app that only acknowledges.
 *
 * What one click costs the bot: the acknowledgement first (what Slack times), then after it
 * the person from the cache (users.info once per person), the dispatcher (the person and the
 * conversation remembered, the forum read, the form filled in with their registration), and
 * views.open to the fake Web API. Before all that, two global middlewares: the replay guard
 * (a delivery key claimed in SQLite, one committed write) and the envelope check.
 *
 * The floor only acknowledges, as the issue defines it; `floor+modal` is the same Bolt app
 * doing the frameworks' share of the bot's job (acknowledge, then views.open with the very
 * modal the bot opened), so ours against it is what our own code adds.
 * The submitted form (`view_submission`) is where the registration is written, before the
 * acknowledgement; it is measured too, for information.
 */
import { writeFileSync } from 'node:fs';
import { encodeButtonValue } from '../../src/doors/slack/button-value.js';
import {
  buttonBody,
  filledIn,
  type SentView,
  submissionBody,
} from '../doors/slack/slack-payloads.js';
import type { SlackBody } from '../helpers/sign-slack-request.js';
import { alternateRounds, settle } from './alternate-rounds.js';
import type { BenchReport } from './bench-report.js';
import {
  type Bench,
  peopleCount,
  type ServerProcess,
  signingSecret,
  slackUserId,
} from './bench-servers.js';
import { modalActionId } from './floor-slack.js';
import { type LoadJob, type LoadResult, seqMark } from './load-generator.js';

type Json = Record<string, unknown>;

const contentType = 'application/x-www-form-urlencoded';
/** Signed as Slack signs; the empty acknowledgement both sides must give (a submitted form
 * with field errors would be answered with them instead, and count as an error). */
const signed = { slackSigningSecret: signingSecret, expectExactly: '' };
/** A Slack interaction as sent: the form field `payload` holding the JSON. */
const asForm = (body: SlackBody) =>
  new URLSearchParams({
    payload: JSON.stringify((body as { payload: unknown }).payload),
  }).toString();

export interface PairContext {
  bench: Bench;
  ours: ServerProcess;
  floor: ServerProcess;
  run: (job: LoadJob) => Promise<LoadResult>;
}

export async function run(report: BenchReport, { bench, ours, floor, run }: PairContext) {
  const { slackApi } = bench;
  const clicksOn = (actionId: string) =>
    Array.from({ length: peopleCount }, (_, i) =>
      asForm(
        buttonBody(
          {
            action_id: actionId,
            value: encodeButtonValue('forum.signup', { forum: bench.forumId }),
          },
          {
            user: slackUserId(i),
            responseUrl: slackApi.responseUrl(`bench-${i}`),
            triggerId: `${1000 + i}.${seqMark}.d8c1bb837935619ccad0f624c448ffb3`,
          },
        ),
      ),
    );
  const clicks = clicksOn('forumbot:0');
  const job = (url: string, bodies: string[]) => ({ url, contentType, bodies, ...signed });

  // The modal the bot opens, for the floor's "same job" and for the submissions below.
  await run({ ...job(bench.urls.oursSlack, clicks), concurrency: 1, warmupMs: 0, durationMs: 50 });
  // The modal opens after the acknowledgement: wait for it rather than for the answer.
  const [opened] = await slackApi.waitFor('views.open', 1, 10_000);
  const view = opened?.body.view as SentView | undefined;
  if (!view) throw new Error('bench: the bot opened no sign-up modal');
  await settle(ours.child.pid!);
  slackApi.calls.length = 0;
  writeFileSync(bench.modalFile, JSON.stringify(view));

  // Each click must open a modal, on both sides that open one; the fake's records are emptied
  // after each run so its memory stays flat.
  const tally = { ours: { clicked: 0, opened: 0 }, 'floor+modal': { clicked: 0, opened: 0 } };
  const countModals = (side: keyof typeof tally) => (result: LoadResult) => {
    tally[side].opened += slackApi.callsTo('views.open').filter((c) => c.ok).length;
    tally[side].clicked += result.answered;
    slackApi.calls.length = 0;
  };
  const button = await alternateRounds({
    run,
    sides: {
      ours: {
        pid: ours.child.pid!,
        job: job(bench.urls.oursSlack, clicks),
        afterRun: countModals('ours'),
      },
      floor: { pid: floor.child.pid!, job: job(bench.urls.floorSlack, clicks) },
      'floor+modal': {
        pid: floor.child.pid!,
        job: job(bench.urls.floorSlack, clicksOn(modalActionId)),
        afterRun: countModals('floor+modal'),
      },
    },
    levels: [1, 50, 200],
    onlyAt: { 'floor+modal': [200] },
    // p99 at 200 clients is the ratio: most rounds there, so one noisy run cannot decide it.
    rounds: { 1: 2, 50: 2, 200: 5 },
    warmupMs: 400,
    durationMs: 2000,
  });
  report.table('Slack: sign-up button (block_actions), ack latency', button.rows);
  for (const [side, { clicked, opened }] of Object.entries(tally)) {
    report.note(`  ${side}: ${clicked} clicks acknowledged, ${opened} modals opened (views.open)`);
    if (opened !== clicked)
      report.fail(`slack: ${side}: ${clicked - opened} clicks opened no modal`);
  }

  // The form submitted, filled in as a person would: a change of their registration.
  const submits = Array.from({ length: peopleCount }, (_, i) => {
    const body = submissionBody(view, filledIn, { user: slackUserId(i) }) as { payload: Json };
    body.payload.trigger_id = `${2000 + i}.${seqMark}.5bd1a2b9f5a5b1d1e2c3`;
    return asForm(body);
  });
  const empty = () => {
    slackApi.calls.length = 0;
  };
  const submit = await alternateRounds({
    run,
    sides: {
      ours: { pid: ours.child.pid!, job: job(bench.urls.oursSlack, submits), afterRun: empty },
      floor: { pid: floor.child.pid!, job: job(bench.urls.floorSlack, submits) },
    },
    levels: [50],
    rounds: 3,
    warmupMs: 300,
    durationMs: 1500,
  });
  report.table(
    'Slack: sign-up form submitted (view_submission: an UPDATE of the registration before the ack)',
    submit.rows,
  );

  const p99 = (side: string) => button.medianOf(side, 200).p99;
  report.ratio('slack_p99', p99('ours') / p99('floor'), 1.3);
  report.ratio('slack_p99_same_job', p99('ours') / p99('floor+modal'));
  // CPU per request of the server process: steadier than a p99 on a shared machine.
  const cpu = (side: string) => button.medianOf(side, 200).cpuUsPerRequest;
  report.ratio('slack_cpu_same_job', cpu('ours') / cpu('floor+modal'));
}
