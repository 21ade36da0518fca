/**
 * The load generator: a child process of its own, so the clients never share an event loop
 * with the server they measure. It takes jobs over IPC, runs `concurrency` closed-loop clients
 * (each sends its next request when the previous answer has arrived) over keep-alive
 * connections for the job's duration, and answers with the latencies it saw.
 * Usage: forked by run-bench (see `startLoadGenerator`), never run by hand.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { Agent, request } from 'node:http';
import { signSlackRequest } from '../helpers/sign-slack-request.js';

export interface LoadJob {
  url: string;
  contentType: string;
  /**
   * Raw request bodies, sent in turn (one per person, so requests come from many people).
   * Each `__SEQ__` in a body becomes the request's own number, as every real press has a
   * trigger_id or activity id of its own (the bot drops a body it has seen before as a replay).
   */
  bodies: string[];
  /** Signs each body as Slack does, with a timestamp taken when the job starts. */
  slackSigningSecret?: string;
  /** Text every answer must contain (else it counts as an error): the work was really done. */
  expect?: string;
  /** The exact answer expected (Slack's empty acknowledgement, which closes a modal). */
  expectExactly?: string;
  concurrency: number;
  /** Requests during warm-up are sent but not counted (JIT, caches, connections). */
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  /** Requests answered 200 in the whole job, warm-up included. */
  answered: number;
  /** Those counted: sent after the warm-up. */
  requests: number;
  errors: number;
  /** The first unexpected status or error, to say what went wrong. */
  firstError?: string;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

/** Latencies in ms, sorted; the percentile by nearest rank. */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Where a body takes the request's own number. */
export const seqMark = '__SEQ__';
/** Counts across jobs, so no body is ever sent twice. */
let seq = 0;

async function runJob(job: LoadJob): Promise<LoadResult> {
  const url = new URL(job.url);
  const agent = new Agent({ keepAlive: true, maxSockets: job.concurrency });
  const timestamp = Math.floor(Date.now() / 1000);
  const parts = job.bodies.map((raw) => raw.split(seqMark));
  /** The next request's body and headers, signed as Slack signs when asked to. */
  const prepare = (i: number) => {
    const raw = parts[i % parts.length]!.join(String(++seq));
    const headers: Record<string, string | number> = {
      'content-type': job.contentType,
      'content-length': Buffer.byteLength(raw),
    };
    if (job.slackSigningSecret) {
      headers['x-slack-request-timestamp'] = String(timestamp);
      headers['x-slack-signature'] = signSlackRequest(job.slackSigningSecret, timestamp, raw);
    }
    return { raw, headers };
  };
  const latencies: number[] = [];
  let errors = 0;
  let answered = 0;
  let firstError: string | undefined;
  let next = 0;
  const start = performance.now();
  const measureFrom = start + job.warmupMs;
  const end = measureFrom + job.durationMs;

  const send = (i: number) =>
    new Promise<void>((resolve) => {
      const { raw, headers } = prepare(i);
      const sent = performance.now();
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', agent, headers },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            body += chunk;
          });
          res.on('end', () => {
            const done = performance.now();
            if (res.statusCode !== 200) {
              errors++;
              firstError ??= `HTTP ${res.statusCode}: ${body.slice(0, 200)}`;
            } else if (
              (job.expect !== undefined && !body.includes(job.expect)) ||
              (job.expectExactly !== undefined && body !== job.expectExactly)
            ) {
              errors++;
              firstError ??= `unexpected answer: ${body.slice(0, 200)}`;
            } else {
              answered++;
              if (sent >= measureFrom) latencies.push(done - sent);
            }
            resolve();
          });
        },
      );
      req.on('error', (error) => {
        errors++;
        firstError ??= error.message;
        resolve();
      });
      req.end(raw);
    });

  const client = async () => {
    while (performance.now() < end) await send(next++);
  };
  await Promise.all(Array.from({ length: job.concurrency }, client));
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  const seconds = job.durationMs / 1000;
  return {
    answered,
    requests: sorted.length,
    errors,
    ...(firstError ? { firstError } : {}),
    seconds,
    perSecond: sorted.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

/** Forks the generator and returns a function that runs one job in it. */
export function startLoadGenerator() {
  const child: ChildProcess = fork(new URL(import.meta.url).pathname, ['--child'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let pending: ((result: LoadResult | Error) => void) | undefined;
  child.on('message', (message: { result?: LoadResult; error?: string }) => {
    const settle = pending;
    pending = undefined;
    settle?.(message.error ? new Error(message.error) : (message.result as LoadResult));
  });
  child.on('exit', (code) => pending?.(new Error(`load generator exited with ${code}`)));
  return {
    run(job: LoadJob): Promise<LoadResult> {
      if (pending) throw new Error('one job at a time');
      return new Promise((resolve, reject) => {
        pending = (r) => (r instanceof Error ? reject(r) : resolve(r));
        child.send(job);
      });
    },
    stop() {
      child.disconnect();
    },
  };
}

if (process.argv.includes('--child')) {
  process.on('message', (job: LoadJob) => {
    runJob(job).then(
      (result) => process.send?.({ result }),
      (error: unknown) => process.send?.({ error: String(error) }),
    );
  });
  // Ends when the parent disconnects.
  process.on('disconnect', () => process.exit(0));
}
