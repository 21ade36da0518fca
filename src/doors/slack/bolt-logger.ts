import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';

const rank: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** Tokens look like xoxb-…, xoxp-…, xapp-…; none may reach a log line. */
const tokenPattern = /\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g;
const maxLength = 500;

/**
 * Bolt and its Web API client log through this, into our logger. Bolt logs free-form
 * arguments; debug lines can hold request bodies (people's messages), so debug stays off
 * unless Bolt is set to it, every line is cut short, and anything shaped like a token is
 * blanked out.
 */
export function boltLogger(logger: Logger, level: LogLevel = LogLevel.INFO): BoltLogger {
  let current = level;
  let name = 'slack';
  const at =
    (lineLevel: LogLevel, write: Logger['info']) =>
    (...parts: unknown[]) => {
      if (rank[lineLevel] < rank[current]) return;
      write(describe(parts), { source: name });
    };
  return {
    debug: at(LogLevel.DEBUG, (m, c) => logger.debug(m, c)),
    info: at(LogLevel.INFO, (m, c) => logger.info(m, c)),
    warn: at(LogLevel.WARN, (m, c) => logger.warn(m, c)),
    error: at(LogLevel.ERROR, (m, c) => logger.error(m, c)),
    setLevel: (next) => {
      current = next;
    },
    getLevel: () => current,
    setName: (next) => {
      name = next;
    },
  };
}

function describe(parts: unknown[]): string {
  const text = parts
    .map((part) => {
      if (part instanceof Error) return part.message;
      if (typeof part === 'string') return part;
      try {
        return JSON.stringify(part);
      } catch {
        return String(part);
      }
    })
    .join(' ')
    .replace(tokenPattern, '[token]');
  return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
