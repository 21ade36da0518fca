import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../../src/core/command.js';
import { allCommands } from '../../src/core/commands.js';
import { createDispatcher } from '../../src/core/dispatcher.js';
import { seedDemoForum } from '../../src/core/forum/seed-demo-forum.js';
import { silentLogger } from '../../src/core/logger.js';
import type { Directory } from '../../src/core/outbox/directory.js';
import { defaultSettings, type Settings } from '../../src/core/settings.js';
import { fixedClock } from '../../src/core/time/clock.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';

export const timeZone = 'Europe/Stockholm';
export const demoForumPath = new URL('../../data/framtidsforum-demo.json', import.meta.url)
  .pathname;
/** A Sunday in November 2026: registration for the demo forum (March 2027) is open. */
export const testNow = '2026-11-22T09:00:00Z';

/**
 * A real SQLite file of its own for each test (WAL and all, as in production), the demo
 * forum loaded, a clock standing at `testNow`, and a dispatcher with every command.
 */
export function testApp(
  options: {
    seed?: boolean;
    /** Another command list (a door's tests may bring small commands of their own). */
    commands?: readonly Command[];
    settings?: Partial<Settings>;
    directory?: Directory;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-test-'));
  const path = join(dir, 'forumbot.db');
  const db = openDatabase(path);
  const store = createStore(db);
  const clock = fixedClock(testNow);
  if (options.seed !== false) seedDemoForum(store, demoForumPath, clock.now(), timeZone);
  const dispatcher = createDispatcher({
    store,
    clock,
    timeZone,
    logger: silentLogger,
    commands: options.commands ?? allCommands,
    // A test's own commands are stand-ins, even where they borrow a real command's id (a
    // door test's `file.received`): open to anyone, whatever the bot's table says.
    ...(options.commands
      ? {
          access: Object.fromEntries(
            options.commands.map((c) => [c.id, { who: 'anyone' } as const]),
          ),
        }
      : {}),
    settings: { ...defaultSettings, ...options.settings },
    ...(options.directory ? { directory: options.directory } : {}),
  });
  return {
    path,
    db,
    store,
    clock,
    dispatcher,
    demoForum: () => store.forums.listUpcoming(clock.now().toISOString())[0]!,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
