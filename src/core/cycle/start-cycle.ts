import { existsSync } from 'node:fs';
import type { Store } from '../../store/store.js';
import type { Logger } from '../logger.js';
import { type CycleProblem, describeCycleProblem } from './cycle-problem.js';
import { newFeedToken } from './feed-token.js';
import { importCycle, readCycleSource } from './import-cycle.js';
import { storedCycle } from './stored-cycle.js';

export interface CycleStartOptions {
  /** The shipped or configured cycle file, e.g. `data/arshjul.json`. */
  file: string;
  catchUpHours: number;
  /** Where people reach the feed server, for the link shown to coordinators. */
  feedBaseUrl?: string;
}

export interface CycleStart {
  /** True when the file was imported now: the database had no cycle yet. */
  seeded: boolean;
  /** The file differs from the one imported: a coordinator can import it (`årshjul importera`). */
  fileChanged: boolean;
  fileMissing: boolean;
  /** Every problem of the stored cycle, each naming the item and field: log them. */
  problems: CycleProblem[];
}

/**
 * At start: seeds the cycle from its file into an empty database, or notes that the file
 * changed since it was imported. A later change is imported by a coordinator in chat rather
 * than at start, so chat edits are never overwritten behind anyone's back. Also records the
 * configuration the nudge job and the feed link read, and makes the feed's token.
 */
export function startCycle(store: Store, options: CycleStartOptions, now: Date): CycleStart {
  const fileMissing = !existsSync(options.file);
  const source = fileMissing ? undefined : readCycleSource(options.file);
  const at = now.toISOString();
  const result = store.transaction(() => {
    const before = store.cycle.settings();
    const seeded = source !== undefined && !before?.importedAt;
    if (seeded) importCycle(store, source, null, now);
    store.cycle.updateSettings(
      {
        catchUpHours: options.catchUpHours,
        feedBaseUrl: options.feedBaseUrl ?? null,
        // The configured file is the one a coordinator's import reads.
        sourcePath: options.file,
        ...(before?.feedToken ? {} : { feedToken: newFeedToken() }),
      },
      at,
    );
    const fileChanged = !seeded && source !== undefined && before?.sourceHash !== source.hash;
    return { seeded, fileChanged };
  });
  return { ...result, fileMissing, problems: storedCycle(store).problems };
}

/** One line per problem, naming the item and the field, and a word on the file. */
export function logCycleStart(logger: Logger, file: string, start: CycleStart): void {
  if (start.fileMissing) logger.warn('annual cycle file not found', { file });
  if (start.seeded) logger.info('loaded the annual cycle', { file });
  if (start.fileChanged) {
    logger.info(
      'the annual cycle file changed; a coordinator can read it in with "årshjul importera"',
      {
        file,
      },
    );
  }
  for (const problem of start.problems) {
    logger.warn('annual cycle problem', {
      item: problem.itemId,
      field: problem.field,
      code: problem.code,
      problem: describeCycleProblem(problem),
    });
  }
}
