import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * A path as people type or paste it into a terminal: a file dragged onto the window arrives
 * quoted or with escaped spaces, and `~` means the home folder as it does in a shell.
 */
export function typedPath(text: string): string {
  let path = text.trim();
  const quoted = /^(['"])(.*)\1$/.exec(path);
  path = quoted ? (quoted[2] as string) : path.replace(/\\ /g, ' ');
  if (path === '~') return homedir();
  if (path.startsWith('~/')) return join(homedir(), path.slice(2));
  return path;
}
