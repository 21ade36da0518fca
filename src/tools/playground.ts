import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `npm run playground`: the bot with only its Teams door, anonymous, and Microsoft 365 Agents
 * Playground (Microsoft's local Teams client emulator) pointed at it, so the Teams experience
 * (cards, buttons, forms, proactive messages) can be tried with no tenant and no tunnel. The
 * Playground hosts a mock Bot Connector at its own address; every activity it sends names
 * that address as its serviceUrl, and the anonymous door answers there. Ctrl-C stops both.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  endpoint: string;
  /** The Playground's port; if it is taken, the Playground picks another and says which. */
  port: number;
  /** Where the Playground writes its log (by default ./devTools/… in its working directory). */
  logFile: string;
  /** The personal chat's conversation id; the Playground makes a random one by default. */
  conversationId?: string;
  /** The Playground's working directory: it looks for `.m365agentsplayground.yml` there. */
  cwd?: string;
}

export interface RunningPlayground {
  child: ChildProcess;
  /** The address to open in a browser, once the Playground is listening. */
  url: Promise<string>;
}

/**
 * Starts the Playground's CLI (`agentsplayground`) as a child: channel msteams, telemetry
 * off, and no browser opened for us (TEAMSAPPTESTER_BROWSER=none). It waits by itself until
 * the endpoint answers before it connects.
 */
export function startPlayground(options: PlaygroundOptions): RunningPlayground {
  const cli = createRequire(import.meta.url).resolve('@microsoft/m365agentsplayground/cli.js');
  const args = [
    cli,
    '--app-endpoint',
    options.endpoint,
    '--channel-id',
    'msteams',
    '--port',
    String(options.port),
    '--disable-telemetry',
    ...(options.conversationId ? ['--conversation-id', options.conversationId] : []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? root,
    env: {
      ...process.env,
      TEAMSAPPTESTER_BROWSER: 'none',
      M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = new Promise<string>((resolve, reject) => {
    let seen = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      seen += chunk;
      const port = /Listening on (\d+)/.exec(seen)?.[1];
      if (port) resolve(`http://localhost:${port}`);
    });
    child.once('exit', (code) => reject(new Error(`the Playground exited (${code}) first`)));
  });
  // Known by now or never: an exit before listening is reported through `url`.
  url.catch(() => {});
  return { child, url };
}

/** Settings that would start another door, or make the Teams door ask for tokens. */
const otherDoors = [
  'CLIENT_ID',
  'CLIENT_SECRET',
  'TENANT_ID',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
];

/** Starts the bot (`src/main.ts`) with only the anonymous Teams door. */
export function startAnonymousBot(env: Record<string, string | undefined>): ChildProcess {
  // Empty, not unset: the bot's .env file only fills in what the environment leaves unset.
  const blanks = Object.fromEntries(otherDoors.map((name) => [name, '']));
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...env, ...blanks, TEAMS_ANONYMOUS: 'true' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Resolves once anything answers HTTP at `url` (the bot takes a moment to start). */
async function answering(url: string): Promise<void> {
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

async function main(): Promise<void> {
  const teamsPort = Number(process.env.PORT_TEAMS || 3978);
  const endpoint = `http://127.0.0.1:${teamsPort}/api/messages`;
  const bot = startAnonymousBot(process.env);
  const playground = startPlayground({
    endpoint,
    port: 56150,
    logFile: path.join(root, 'data', 'playground.log'),
  });
  playground.child.stderr?.pipe(process.stderr);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of [playground.child, bot]) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    await Promise.all([exited(playground.child), exited(bot)]);
    process.exit(code);
  };
  // Ctrl-C reaches the children too (one process group); this waits for both to finish.
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  bot.once('exit', (code) => void stop(code ?? 1));
  playground.child.once('exit', (code) => void stop(code ?? 1));

  try {
    const [url] = await Promise.all([playground.url, answering(endpoint)]);
    // Printed last, so the bot's start-up lines do not push it out of sight.
    process.stdout.write(
      `\nMicrosoft 365 Agents Playground: open ${url} in your browser.\n` +
        `It talks to the bot's Teams door at ${endpoint} (anonymous, this machine only). ` +
        'Ctrl-C stops both.\n\n',
    );
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
    await stop(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
