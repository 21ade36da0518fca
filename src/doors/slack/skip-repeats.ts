import { createHash } from 'node:crypto';
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../core/logger.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';

/** What a delivery's key is built from: the request body as Bolt parsed it. */
type Body = Record<string, unknown>;

/** Interactions that change something and carry their own trigger_id. */
const interactions = new Set(['block_actions', 'view_submission', 'shortcut', 'message_action']);

const digest = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);

/**
 * The key naming one delivery, or undefined for requests that are never deduplicated
 * (options loads, which change nothing and must always be answered).
 * - An event: its `event_id`, which Slack keeps on every retry (X-Slack-Retry-Num), with a
 *   digest of the event itself. A retry is the same event; an id arriving with another event
 *   is not a repeat, and dropping it would lose what someone wrote.
 * - A slash command or interaction: Slack never retries these, so the same body again is a
 *   signed request replayed within Bolt's 5 minutes. The body holds the `trigger_id` Slack
 *   makes for each press or command, so two real presses of one button differ and both reach
 *   the core, which makes the second change nothing (see test/doors/slack/idempotency.test.ts).
 */
export function deliveryKey(body: Body): string | undefined {
  if (body.type === 'event_callback' && typeof body.event_id === 'string') {
    return `slack:event:${body.event_id}:${digest(body.event)}`;
  }
  if (typeof body.command === 'string') return `slack:command:${digest(body)}`;
  if (typeof body.type === 'string' && interactions.has(body.type)) {
    return `slack:${body.type}:${digest(body)}`;
  }
  return undefined;
}

/**
 * A global Bolt middleware, first in the chain: a delivery seen before is acknowledged and
 * goes no further, so nothing is stored or sent twice. Bolt has acknowledged an event before
 * middleware runs; a command or interaction is acknowledged here with an empty answer.
 */
export function skipRepeats(deps: {
  deliveries: DeliveryRepository;
  logger: Logger;
  now?: () => Date;
}): Middleware<AnyMiddlewareArgs> {
  const now = deps.now ?? (() => new Date());
  return async (args) => {
    const key = deliveryKey(args.body as unknown as Body);
    if (key === undefined || deps.deliveries.claim(key, now())) {
      await args.next();
      return;
    }
    const { retryNum, retryReason } = args.context;
    deps.logger.info('slack delivery seen before; acknowledged and left alone', {
      kind: key.split(':')[1],
      ...(retryNum !== undefined ? { retryNum, retryReason } : {}),
    });
    if ('ack' in args && typeof args.ack === 'function') await args.ack();
  };
}
