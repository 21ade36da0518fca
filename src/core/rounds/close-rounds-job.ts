import type { Job } from '../schedule/job.js';
import { closeRound } from './close-round.js';
import { closingTime } from './round-access.js';

/**
 * Closes every round whose time has come (a remiss: after its last extension) and posts its
 * summary. Each close happens once, however many processes tick at the same minute.
 */
export const closeRoundsJob: Job = {
  name: 'rounds.close',
  run({ store, now, timeZone, logger }) {
    const at = now.toISOString();
    for (const round of store.rounds.listUnclosed()) {
      if (at < closingTime(store, round)) continue;
      if (closeRound(store, round, null, timeZone, now)) {
        logger.info('round closed', { round: round.id, kind: round.kind });
      }
    }
  },
};
