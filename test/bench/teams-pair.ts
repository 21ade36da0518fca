/**
 * Pair 2: a Teams card action against the Teams SDK floor. Action.Execute invokes
 * (`adaptiveCard/action`, the Bot Framework's shape as in test/fixtures/teams) for the sign-up
 * button, from 300 people in their personal chats, to the bot's anonymous Teams door and to
 * the minimal app of the same SDK version that answers every invoke with a note.
 *
 * What one press costs the bot: the SDK's routing, the person's e-mail from the fake Bot
 * Connector (once per person, then cached), the dispatcher (the person and the conversation
 * remembered, the forum read, the form filled in with their registration) and the form
 * rendered as the Adaptive Card that replaces the pressed one, in the invoke's answer; before
 * it, the replay guard (a delivery key claimed in SQLite, one committed write). The floor
 * answers with a note; `floor+card` answers with the very card the bot answered with, so ours
 * against it is what our own code adds. The submitted form (the registration written, and its
 * answer card) is measured too.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { alternateRounds } from './alternate-rounds.js';
import type { BenchReport } from './bench-report.js';
import { peopleCount, teamsUserId } from './bench-servers.js';
import { cardVerb } from './floor-teams.js';
import { seqMark } from './load-generator.js';
import type { PairContext } from './slack-pair.js';

const invokeFixture = JSON.parse(
  readFileSync(new URL('../fixtures/teams/action-execute-invoke.json', import.meta.url), 'utf8'),
);

/** The documented invoke, from person `i` in their personal chat, carrying `data`. */
function invoke(i: number, serviceUrl: string, verb: string, data: Record<string, unknown>) {
  const activity = structuredClone(invokeFixture);
  activity.id = `f:bench-${i}-${seqMark}`;
  activity.serviceUrl = serviceUrl;
  activity.from = {
    ...activity.from,
    id: teamsUserId(i),
    name: `Person ${i}`,
    aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  };
  activity.conversation = { ...activity.conversation, id: `a:bench-personal-chat-${i}` };
  activity.value.action = { ...activity.value.action, verb, data };
  return JSON.stringify(activity);
}

const oursCard = '"type":"application/vnd.microsoft.card.adaptive"';
const floorNote = '"type":"application/vnd.microsoft.activity.message"';

export async function run(report: BenchReport, { bench, ours, floor, run }: PairContext) {
  const serviceUrl = bench.connector.serviceUrl;
  const pressesOf = (verb: string) =>
    Array.from({ length: peopleCount }, (_, i) =>
      invoke(i, serviceUrl, verb, {
        forumbot: { c: 'forum.signup', a: { forum: bench.forumId } },
      }),
    );
  const presses = pressesOf('forum.signup');
  // The fixture's own data is a filled-in sign-up form; only the forum is ours.
  const submitted = invokeFixture.value.action.data;
  const submits = Array.from({ length: peopleCount }, (_, i) =>
    invoke(i, serviceUrl, 'forum.signup.submit', {
      ...submitted,
      forumbot: { ...submitted.forumbot, a: { forum: bench.forumId } },
    }),
  );
  const contentType = 'application/json';
  // Ours answers with the card that replaces the pressed one (the form; after a submit, the
  // confirmation); an apology or a refusal would be a note instead, and count as an error.
  const job = (url: string, bodies: string[], expect: string) => ({
    url,
    contentType,
    bodies,
    expect,
  });
  const oursJob = (bodies: string[]) => job(bench.urls.oursTeams, bodies, oursCard);
  const floorJob = (bodies: string[]) => job(bench.urls.floorTeams, bodies, floorNote);

  // The card the bot answers with, for the floor's "same job".
  const answer = await fetch(bench.urls.oursTeams, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: presses[0]!.split(seqMark).join('0'),
  });
  const { value: card } = (await answer.json()) as { value: unknown };
  writeFileSync(bench.cardFile, JSON.stringify(card));

  const button = await alternateRounds({
    run,
    sides: {
      ours: { pid: ours.child.pid!, job: oursJob(presses) },
      floor: { pid: floor.child.pid!, job: floorJob(presses) },
      'floor+card': {
        pid: floor.child.pid!,
        job: job(bench.urls.floorTeams, pressesOf(cardVerb), oursCard),
      },
    },
    levels: [1, 50, 200],
    onlyAt: { 'floor+card': [200] },
    // p99 at 200 clients is the ratio: most rounds there, so one noisy run cannot decide it.
    rounds: { 1: 2, 50: 2, 200: 5 },
    warmupMs: 400,
    durationMs: 2000,
  });
  report.table('Teams: sign-up button (Action.Execute invoke), answer latency', button.rows);
  const submit = await alternateRounds({
    run,
    sides: {
      ours: { pid: ours.child.pid!, job: oursJob(submits) },
      floor: { pid: floor.child.pid!, job: floorJob(submits) },
    },
    levels: [50],
    rounds: 3,
    warmupMs: 300,
    durationMs: 1500,
  });
  report.table(
    'Teams: sign-up form submitted (Action.Execute: an UPDATE of the registration)',
    submit.rows,
  );
  const p99 = (side: string) => button.medianOf(side, 200).p99;
  report.ratio('teams_p99', p99('ours') / p99('floor'), 1.3);
  report.ratio('teams_p99_same_job', p99('ours') / p99('floor+card'));
  // CPU per request of the server process: steadier than a p99 on a shared machine.
  const cpu = (side: string) => button.medianOf(side, 200).cpuUsPerRequest;
  report.ratio('teams_cpu_same_job', cpu('ours') / cpu('floor+card'));
}
