import type { SlackDoorContext } from './slack-door-context.js';

/**
 * Sends the answer to a command that has already run. The command may have changed
 * something (a registration saved or cancelled), so a failure here is logged and goes no
 * further: the error boundary would tell the person "something went wrong", and they would
 * think their change was lost when it was not. `via` says which way the answer went; the
 * log line holds no personal data.
 */
export async function deliver(
  ctx: SlackDoorContext,
  via: string,
  send: () => Promise<unknown>,
): Promise<void> {
  try {
    await send();
  } catch (error) {
    ctx.logger.warn('slack reply failed', {
      via,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
