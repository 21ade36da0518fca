import type { Logger } from './core/logger.js';

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof levels;

/** Keys whose values never reach a log line, wherever they appear in the context. */
const hidden = /token|secret|password|authorization|email|diet|allerg/i;

/**
 * One JSON line per event on stderr (stdout belongs to the terminal door's conversation).
 * Deliberately tiny: we log few events, and redaction is the part that matters.
 */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const threshold = levels[level];
  const log =
    (at: Exclude<LogLevel, 'silent'>) => (msg: string, context?: Record<string, unknown>) => {
      if (levels[at] < threshold) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...redact(context) }));
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** Hides matching keys at any depth, so a nested `{ user: { email } }` is caught too. */
function redact(context: Record<string, unknown> | undefined, depth = 0): Record<string, unknown> {
  if (!context) return {};
  return Object.fromEntries(
    Object.entries(context).map(([k, v]) => {
      if (hidden.test(k)) return [k, '[hidden]'];
      if (v && typeof v === 'object' && !Array.isArray(v) && depth < 4) {
        return [k, redact(v as Record<string, unknown>, depth + 1)];
      }
      return [k, v];
    }),
  );
}
