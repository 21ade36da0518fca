import { userInfo } from 'node:os';
import { clearLine, createInterface, cursorTo, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Door, DoorDeps } from '../door.js';
import { createShellOutlet } from './create-shell-outlet.js';
import { ansi, plain } from './render-view.js';
import { createShellSession } from './shell-session.js';

export interface ShellDoorOptions {
  input?: Readable;
  output?: Writable;
  /** Who is typing; defaults to the operating-system user. */
  user?: string;
  email?: string;
  /** Where files the bot sends (exports, calendar entries) are written; `data/exports`. */
  exportDir?: string;
  /** Called when the person leaves or the input ends, so the process can shut down. */
  onClose?: () => void;
}

/**
 * The terminal door, the default when no platform is configured: anyone can talk to the bot
 * with no Slack or Teams account, the way Hubot's shell adapter works. It reads lines, so it
 * works the same when stdin is a pipe.
 */
export function createShellDoor(deps: DoorDeps, options: ShellDoorOptions = {}): Door {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const tty = 'isTTY' in output && output.isTTY === true;
  const user = options.user ?? userInfo().username;
  let done: Promise<void> | undefined;
  let rl: Interface | undefined;

  const write = (...lines: string[]) => {
    for (const line of lines) output.write(`${line}\n`);
  };

  const session = createShellSession({
    dispatcher: deps.dispatcher,
    actor: {
      platform: 'shell',
      userId: user,
      displayName: user,
      ...(options.email ? { email: options.email } : {}),
      locale: deps.defaultLocale,
    },
    style: tty ? ansi : plain,
    write,
    ...(options.exportDir ? { exportDir: options.exportDir } : {}),
    ...(tty
      ? {
          aside: (print: () => void) => {
            clearLine(output, 0);
            cursorTo(output, 0);
            print();
            rl?.prompt(true);
          },
        }
      : {}),
  });

  const outlet = createShellOutlet({
    user,
    ...(options.email ? { email: options.email } : {}),
    store: deps.store,
    show: (name, outgoing) => session.notify(name, outgoing),
  });

  async function converse(): Promise<void> {
    rl = createInterface({ input, output, terminal: tty, prompt: session.prompt() });
    session.greet();
    if (tty) rl.prompt();
    try {
      // One line at a time, in order: the next line waits until the last reply is written.
      for await (const line of rl) {
        const goOn = await session.handleLine(line).catch((error: unknown) => {
          deps.logger.error('shell line failed', { error: String(error) });
          return true;
        });
        if (!goOn) break;
        if (tty) {
          rl.setPrompt(session.prompt());
          rl.prompt();
        }
      }
    } finally {
      session.close();
    }
    rl.close();
    options.onClose?.();
  }

  return {
    name: 'shell',
    outlet,
    async start() {
      // A broken input stream ends the conversation like an ended one: logged, then closed.
      done = converse().catch((error: unknown) => {
        deps.logger.error('shell input failed', { error: String(error) });
        options.onClose?.();
      });
    },
    async stop() {
      rl?.close();
      await done;
    },
  };
}
