import type { Logger } from '../../core/logger.js';

/**
 * Where a turn can fail, and what the person is told:
 * - before or while dispatching (our fault, nothing answered yet): one short apology in
 *   their language, logged once with the stack;
 * - delivering a reply the dispatcher already gave: the command may well have done its work,
 *   so no apology that would suggest otherwise, and the connector is what failed, so it
 *   could not carry one anyway. Only logged, without the reply's content.
 */

/** Sends a finished reply. A connector failure is logged and swallowed; false if so. */
export const deliver = (
  logger: Logger,
  send: () => Promise<unknown>,
  activityType: string,
  message = 'teams reply not delivered',
) => attempt(logger, send, message, activityType);

/**
 * One send, a failure logged by message and HTTP status only: an HTTP client's error also
 * holds the request, which is the reply with the person's own data.
 */
async function attempt(
  logger: Logger,
  send: () => Promise<unknown>,
  message: string,
  activityType: string,
): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    logger.error(message, { activityType, ...describe(error) });
    return false;
  }
}

/** Logs a fault in the door or the core once, for `apologise` to follow. */
export function logFault(logger: Logger, error: unknown, activityType: string): void {
  logger.error('teams activity failed', {
    activityType,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  });
}

/** Tries the apology once; if the connector refuses that too, there is no one left to tell. */
export async function apologise(
  logger: Logger,
  send: () => Promise<unknown>,
  activityType: string,
): Promise<void> {
  await attempt(logger, send, 'teams apology not delivered', activityType);
}

function describe(error: unknown): { error: string; status?: number } {
  const status = (error as { response?: { status?: unknown } } | null)?.response?.status;
  return {
    error: error instanceof Error ? error.message : String(error),
    ...(typeof status === 'number' ? { status } : {}),
  };
}
