import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import type { Command } from '../../../src/core/command.js';
import {
  createShellDoor,
  type ShellDoorOptions,
} from '../../../src/doors/shell/create-shell-door.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import { testApp } from '../../helpers/test-store.js';

/** How long to wait for text before failing with what the screen shows instead. */
const patienceMs = 3000;

/**
 * The real terminal door over streams: `type(line, until)` sends a line and resolves when
 * `until` appears in what is printed after it, so tests wait for output, never for time.
 * A screen whose `isTTY` is set makes the door treat it as a terminal.
 */
export async function startShellDoor(
  options: {
    commands?: readonly Command[];
    door?: Partial<ShellDoorOptions>;
    tty?: boolean;
    /** A database of the caller's, instead of an empty one of its own; the caller closes it. */
    app?: ReturnType<typeof testApp>;
  } = {},
) {
  const app =
    options.app ??
    testApp({ seed: false, ...(options.commands ? { commands: options.commands } : {}) });
  const exportDir = join(mkdtempSync(join(tmpdir(), 'forumbot-exports-')), 'exports');
  const logger = memoryLogger();
  const input = new PassThrough();
  let screen = '';
  const waiting: { text: string; from: number; resolve: () => void }[] = [];
  const output = Object.assign(
    new Writable({
      write(chunk, _encoding, done) {
        screen += String(chunk);
        for (const w of waiting.filter((w) => screen.indexOf(w.text, w.from) >= 0)) {
          waiting.splice(waiting.indexOf(w), 1);
          w.resolve();
        }
        done();
      },
    }),
    options.tty ? { isTTY: true, columns: 100 } : {},
  );
  let closed = 0;
  const door = createShellDoor(
    { dispatcher: app.dispatcher, store: app.store, logger, defaultLocale: 'sv' },
    {
      input,
      output,
      user: 'eva',
      exportDir,
      onClose: () => {
        closed++;
      },
      ...options.door,
    },
  );

  /** Resolves when `text` is printed at or after offset `from`. */
  const printed = (text: string, from = 0) =>
    new Promise<void>((resolve, reject) => {
      if (screen.indexOf(text, from) >= 0) return resolve();
      const timer = setTimeout(() => {
        reject(new Error(`"${text}" was not printed; the screen shows:\n${screen.slice(from)}`));
      }, patienceMs);
      waiting.push({
        text,
        from,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });

  await door.start();
  await printed('Välkommen');
  return {
    app,
    door,
    logger,
    exportDir,
    input,
    screen: () => screen,
    printed,
    closed: () => closed,
    /** Types a line and waits for `until` to be printed after it. */
    async type(line: string, until: string) {
      const from = screen.length;
      input.write(`${line}\n`);
      await printed(until, from);
    },
    /**
     * Types several lines at once, as a paste does, and waits for `until` after them: the
     * lines of a multi-line answer print nothing in between.
     */
    async typeLines(lines: readonly string[], until: string) {
      const from = screen.length;
      input.write(lines.map((line) => `${line}\n`).join(''));
      await printed(until, from);
    },
    async close() {
      input.end();
      await door.stop();
      if (!options.app) app.close();
      rmSync(join(exportDir, '..'), { recursive: true, force: true });
    },
  };
}

export type ShellDoorHarness = Awaited<ReturnType<typeof startShellDoor>>;

/** How often `text` occurs in `screen`. */
export const count = (screen: string, text: string) => screen.split(text).length - 1;
