import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface LogEntry {
  level?: string;
  msg?: string;
  [key: string]: unknown;
}

export interface BotProcess {
  child: ChildProcess;
  /** Every JSON line the bot wrote on stderr so far. */
  logs: LogEntry[];
  /** Stops the bot as Ctrl-C would, and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * Starts `src/main.ts` as its own process (what `npm start` runs) with only the settings
 * given, and resolves once it logs that it is ready. Nothing from the developer's
 * environment leaks in but PATH and HOME, so a .env with real tokens cannot start Slack.
 */
export async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      CLIENT_ID: '',
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const logs: LogEntry[] = [];
  const ready = new Promise<void>((resolve, reject) => {
    let buffer = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const entry: LogEntry = line.startsWith('{') ? JSON.parse(line) : { raw: line };
        logs.push(entry);
        if (entry.msg === 'forumbot is ready') resolve();
      }
    });
    child.once('exit', (code) =>
      reject(new Error(`the bot exited (${code}) before it was ready: ${JSON.stringify(logs)}`)),
    );
  });
  ready.catch(() => {});
  await ready;
  const exit = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });
  return {
    child,
    logs,
    stop() {
      if (child.exitCode === null) child.kill('SIGINT');
      return exit;
    },
  };
}

/**
 * Lines that say something went wrong between the bot and its client: errors, refused
 * arguments (a form the client sent back in a shape we did not expect), and sends that
 * did not get through.
 */
export function troubleIn(logs: readonly LogEntry[]): LogEntry[] {
  return logs.filter(
    (entry) =>
      entry.level === 'error' ||
      ('raw' in entry && String(entry.raw).trim() !== '') ||
      (entry.level === 'warn' && /refused|not delivered|failed|cannot/i.test(entry.msg ?? '')),
  );
}
