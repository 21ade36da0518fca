import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import { slashCommand } from './on-slash-command.js';
import { envelopePayload, readPayload } from './payload-schemas.js';
import { actionIdPrefix } from './render-blocks.js';
import { formCallbackId } from './render-modal.js';

/** Whether one of our listeners takes a request with this (well-formed) envelope. */
function isOurs(body: Record<string, unknown>): boolean {
  if (typeof body.command === 'string') return body.command === slashCommand;
  if (body.type === 'block_actions') {
    const [first] = body.actions as { action_id: string }[];
    return first?.action_id.startsWith(actionIdPrefix) === true;
  }
  if (body.type === 'view_submission' || body.type === 'view_closed') {
    return (
      body.type === 'view_submission' &&
      (body.view as { callback_id: string }).callback_id === formCallbackId
    );
  }
  return true;
}

/**
 * A global Bolt middleware: a request whose envelope is not one of the four kinds we listen
 * to (a slash command, a button, a form, an event), in the shape Slack documents, is
 * acknowledged and goes no further. Without it Bolt's own routing throws on a forged
 * `actions` list, and a request no listener takes is never acknowledged, so Bolt holds the
 * connection for 3 s and logs an error. Each listener then reads its own fields (see
 * payload-schemas.ts).
 */
export function refuseMalformed(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const envelope = readPayload(envelopePayload, args.body, logger, 'envelope');
    if (envelope && isOurs(envelope)) {
      await args.next();
      return;
    }
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
  };
}
