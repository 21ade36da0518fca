import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';

const root = new URL('../../', import.meta.url).pathname;

// biome-ignore lint/suspicious/noExplicitAny: log lines and fixtures are free-form JSON
export type Json = Record<string, any>;

/** A Teams activity fixture, as the platform documents it. */
export const teamsFixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/teams/${name}.json`, import.meta.url), 'utf8'));

/**
 * The real bot (`node --import tsx src/main.ts`, as `npm start` runs it) in a child process,
 * with the Teams door in anonymous mode on an ephemeral port and the feed server on another.
 * Its JSON log lines are kept, so a test can wait for one that has already gone by.
 */
export function startBot(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      TEAMS_ANONYMOUS: 'true',
      PORT_TEAMS: '0',
      FEED_PORT: '0',
      FEED_HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const lines: Json[] = [];
  const waiters: { match: (e: Json) => boolean; resolve: (e: Json) => void }[] = [];
  let buffer = '';
  child.stderr?.on('data', (chunk) => {
    buffer += chunk;
    const complete = buffer.split('\n');
    buffer = complete.pop() ?? '';
    for (const line of complete) {
      let entry: Json = { raw: line };
      try {
        if (line.startsWith('{')) entry = JSON.parse(line);
      } catch {}
      lines.push(entry);
      for (const w of waiters.filter((w) => w.match(entry))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(entry);
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

  function waitForLog(match: (e: Json) => boolean): Promise<Json> {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      waiters.push({ match, resolve });
      void exited.then(({ code, signal }) =>
        reject(new Error(`the bot exited (${code ?? signal}) before the log line`)),
      );
    });
  }

  return {
    child,
    lines,
    exited,
    waitForLog,
    /** Resolves with the Teams door's port once the bot is ready and /healthz says so. */
    async ready(): Promise<{ teams: number; feed: number }> {
      const teams = (await waitForLog((e) => e.msg === 'teams door listening')).port as number;
      const feed = (await waitForLog((e) => e.msg === 'calendar feed listening')).port as number;
      await waitForLog((e) => e.msg === 'forumbot is ready');
      // Generous: a loaded machine may take a while to transpile and start.
      for (let i = 0; i < 600; i++) {
        const res = await fetch(`http://127.0.0.1:${teams}/healthz`).catch(() => undefined);
        if (res?.status === 200) return { teams, feed };
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the bot never reported healthy');
    },
    kill(signal: NodeJS.Signals) {
      child.kill(signal);
      return exited;
    },
  };
}

export type BotProcess = ReturnType<typeof startBot>;

/** Whether a TCP connection to the port is refused (nothing listens there). */
export function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
