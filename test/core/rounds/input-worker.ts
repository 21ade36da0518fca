/**
 * Another bot process for the load test: opens the same database file and has `count`
 * participants of its own reply to the round's message as fast as it can, one line out per
 * answer. Usage: node --import tsx test/core/rounds/input-worker.ts <db> <worker> <count> <round>
 */
import { allCommands } from '../../../src/core/commands.js';
import { createDispatcher } from '../../../src/core/dispatcher.js';
import { silentLogger } from '../../../src/core/logger.js';
import { fixedClock } from '../../../src/core/time/clock.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createStore } from '../../../src/store/store.js';

const [path = '', worker = '0', count = '1', round = '1'] = process.argv.slice(2);
const store = createStore(openDatabase(path));
const dispatcher = createDispatcher({
  store,
  clock: fixedClock('2026-11-22T09:00:30Z'),
  timeZone: 'Europe/Stockholm',
  logger: silentLogger,
  commands: allCommands,
});
const messageId = store.outbox.find(`round:${round}`)?.sent_message_id ?? '';
const channel = { platform: 'slack' as const, conversationId: 'C-RUS', kind: 'channel' as const };

for (let i = 0; i < Number(count); i++) {
  const actor = { platform: 'slack' as const, userId: `U-W${worker}-${i}`, locale: 'sv' as const };
  const reply = await dispatcher.run(
    actor,
    'conversation.reply',
    { messageId, text: `Synpunkt från process ${worker}, deltagare ${i}` },
    channel,
  );
  const first = reply.kind === 'message' ? reply.view.blocks[0] : undefined;
  process.stdout.write(`${first && 'text' in first ? first.text : reply.kind}\n`);
}
store.db.close();
