import type { Logger } from '../../src/core/logger.js';

export interface LogLine {
  level: keyof Logger;
  message: string;
  context?: Record<string, unknown>;
}

/**
 * Records instead of printing, so tests stay quiet and can look at what was logged;
 * `logged(message)` resolves when such a line is written (no polling, no sleeping).
 */
export function memoryLogger(): Logger & {
  lines: LogLine[];
  logged(message: string): Promise<LogLine>;
} {
  const lines: LogLine[] = [];
  const waiting: { message: string; resolve: (line: LogLine) => void }[] = [];
  const at = (level: keyof Logger) => (message: string, context?: Record<string, unknown>) => {
    const line = { level, message, ...(context ? { context } : {}) };
    lines.push(line);
    for (const w of waiting.filter((w) => w.message === message)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(line);
    }
  };
  const logged = (message: string) => {
    const line = lines.find((l) => l.message === message);
    return line
      ? Promise.resolve(line)
      : new Promise<LogLine>((resolve) => waiting.push({ message, resolve }));
  };
  return {
    lines,
    logged,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}
