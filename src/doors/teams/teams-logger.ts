import type { AppOptions, IPlugin } from '@microsoft/teams.apps';
import type { Logger } from '../../core/logger.js';

/** The SDK's logger interface, named through the App options so we need no extra package. */
export type SdkLogger = NonNullable<AppOptions<IPlugin>['logger']>;
type SdkLevel = Parameters<SdkLogger['log']>[0];

const maxLength = 500;

/**
 * Our Logger in the shape the Teams SDK wants. Two rules keep personal data out of the log:
 * debug and trace are dropped (at debug the SDK logs every inbound activity whole), and only
 * strings, numbers and error messages are kept from the arguments: objects (activities,
 * HTTP responses, cards) never reach a log line.
 */
export function teamsLogger(logger: Logger, name = 'teams'): SdkLogger {
  const write = (level: SdkLevel, parts: unknown[]) => {
    if (level === 'debug' || level === 'trace') return;
    const message = parts.map(describe).filter(Boolean).join(' ').slice(0, maxLength);
    // A line whose every part was an object (a response body, an activity) says nothing.
    if (message) logger[level](message, { source: name });
  };
  return {
    loggerOptions: { level: 'info' },
    error: (...parts: unknown[]) => write('error', parts),
    warn: (...parts: unknown[]) => write('warn', parts),
    info: (...parts: unknown[]) => write('info', parts),
    debug: () => {},
    trace: () => {},
    log: (level: SdkLevel, ...parts: unknown[]) => write(level, parts),
    child: (child: string) => teamsLogger(logger, `${name}/${child}`),
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (typeof part === 'number' || typeof part === 'boolean') return String(part);
  if (part instanceof Error) return part.message;
  return '';
}
