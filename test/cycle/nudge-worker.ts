/**
 * Another bot process for the two-process test: opens the same database file, starts the
 * cycle as create-bot does, and ticks the given instants with the real scheduler and courier,
 * printing one JSON line for every message its outlet is handed.
 * Usage: node --import tsx test/cycle/nudge-worker.ts <db> <cycle file> <instant,instant,…>
 */
import { cycleJobs } from '../../src/core/cycle/capability.js';
import { startCycle } from '../../src/core/cycle/start-cycle.js';
import { silentLogger } from '../../src/core/logger.js';
import { createCourier } from '../../src/core/outbox/create-courier.js';
import { createScheduler } from '../../src/core/schedule/create-scheduler.js';
import { defaultSettings } from '../../src/core/settings.js';
import { fixedClock } from '../../src/core/time/clock.js';
import { openDatabase } from '../../src/store/open-database.js';
import { createStore } from '../../src/store/store.js';
import { cycleOutlet } from './cycle-outlet.js';

const [path = '', file = '', list = ''] = process.argv.slice(2);
const instants = list.split(',');
const store = createStore(openDatabase(path));
const clock = fixedClock(instants[0] as string);
startCycle(store, { file, catchUpHours: 72 }, clock.now());
const outlet = cycleOutlet(clock);
const courier = createCourier({
  store,
  outlets: [outlet.outlet],
  clock,
  logger: silentLogger,
  sleep: async () => {},
});
const scheduler = createScheduler({
  store,
  clock,
  timeZone: 'Europe/Stockholm',
  settings: defaultSettings,
  logger: silentLogger,
  jobs: cycleJobs,
});
for (const instant of instants) {
  clock.set(instant);
  await scheduler.tick();
  await courier.drain();
}
for (const d of outlet.deliveries) {
  const title = d.blocks[0]?.kind === 'heading' ? d.blocks[0].text : '';
  process.stdout.write(
    `${JSON.stringify({ to: d.to, title, at: d.at, late: d.text.includes('sent eftersom') })}\n`,
  );
}
store.db.close();
