import { readFileSync } from 'node:fs';
import { defaultTimeZone } from './cycle-file.js';
import { type LoadedCycle, loadCycle } from './load-cycle.js';

/**
 * Reads and validates a cycle file such as `data/arshjul.json`. A file that is not JSON is a
 * problem like any other, not a crash; a file that cannot be read at all (missing, no access)
 * throws, since that is a deployment mistake rather than a coordinator's.
 */
export function readCycleFile(path: string): LoadedCycle {
  const text = readFileSync(path, 'utf8');
  let input: unknown;
  try {
    input = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      cycle: { timeZone: defaultTimeZone, nudgeTime: '09:00', nudgeDays: 'working', items: [] },
      problems: [
        {
          itemId: null,
          field: '',
          code: 'invalid_json',
          params: { message: error instanceof Error ? error.message : String(error) },
        },
      ],
    };
  }
  return loadCycle(input);
}
