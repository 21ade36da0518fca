import { extname } from 'node:path';

/** The types the core reads; anything else it is told is just bytes. */
const byExtension: Readonly<Record<string, string>> = {
  '.csv': 'text/csv',
  '.json': 'application/json',
};

export const guessMediaType = (name: string): string =>
  byExtension[extname(name).toLowerCase()] ?? 'application/octet-stream';
