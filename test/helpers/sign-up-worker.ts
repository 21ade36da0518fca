/**
 * A second (third, fourth…) bot process for the concurrency test: opens the same database
 * file and signs people up as fast as it can, printing one line per answer.
 * Usage: node --import tsx test/helpers/sign-up-worker.ts <db> <worker> <count>
 */
import { allCommands } from '../../src/core/commands.js';
import { createDispatcher } from '../../src/core/dispatcher.js';
import { silentLogger } from '../../src/core/logger.js';
import { fixedClock } from '../../src/core/time/clock.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';

const [path = '', worker = '0', count = '1'] = process.argv.slice(2);
const store = createStore(openDatabase(path));
const clock = fixedClock('2026-11-22T09:00:00Z');
const dispatcher = createDispatcher({
  store,
  clock,
  timeZone: 'Europe/Stockholm',
  logger: silentLogger,
  commands: allCommands,
});
const forum = String(store.forums.listUpcoming(clock.now().toISOString())[0]?.id);

for (let i = 0; i < Number(count); i++) {
  const reply = await dispatcher.run(
    { platform: 'slack', userId: `U${worker}-${i}`, locale: 'sv' },
    'forum.signup.submit',
    { forum, organisation: 'Kumla kommun', roleTitle: 'Handläggare', invoiceReference: 'K-1' },
  );
  const first = reply.kind === 'message' ? reply.view.blocks[0] : undefined;
  process.stdout.write(`${first && 'text' in first ? first.text : reply.kind}\n`);
}
store.db.close();
