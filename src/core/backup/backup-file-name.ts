/**
 * `forumbot-2026-11-22T09-05-01Z.db`: the time in UTC, so names sort by when they were made
 * and two made in different seasons of summer time never collide; no colons, which Windows
 * cannot have in a file name.
 */
export function backupFileName(now: Date): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replaceAll(':', '-');
  return `forumbot-${stamp}.db`;
}
