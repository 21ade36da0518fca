import { createHash } from 'node:crypto';
import type { App } from '@microsoft/teams.apps';
import type { Logger } from '../../core/logger.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';

/** The parts of an activity that name it and say what it asks for. */
interface DeliveredActivity {
  id?: string;
  type?: string;
  name?: string;
  text?: string;
  value?: unknown;
  attachments?: unknown;
  from?: { id?: string };
  conversation?: { id?: string };
}

/**
 * The key naming one delivery of an activity, or undefined when it has no id (then it is never
 * taken for a repeat). The Bot Connector gives every activity an id and keeps it when it
 * delivers the activity again, and a request replayed with a still-valid token carries it too.
 * A digest of what the activity says goes with it: an id arriving with other content is not a
 * repeat, and dropping it would lose what someone wrote or pressed.
 */
export function activityKey(activity: DeliveredActivity): string | undefined {
  if (typeof activity.id !== 'string' || activity.id === '') return undefined;
  const content = [
    activity.type,
    activity.name,
    activity.from?.id,
    activity.conversation?.id,
    activity.text,
    activity.value,
    activity.attachments,
  ];
  const digest = createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 32);
  return `teams:${activity.id}:${digest}`;
}

/**
 * Registers a middleware ahead of every route: an activity already taken in is answered with
 * an empty 200 and goes no further, so nothing is stored or sent twice. It must be registered
 * before the routes (the SDK runs them in order, each going on with `next`).
 */
export function skipRepeats(
  app: App,
  deps: { deliveries: DeliveryRepository; logger: Logger; now?: () => Date },
): void {
  const now = deps.now ?? (() => new Date());
  app.use((ctx) => {
    const key = activityKey(ctx.activity);
    if (key === undefined || deps.deliveries.claim(key, now())) return ctx.next();
    deps.logger.info('teams activity delivered before; answered and left alone', {
      type: ctx.activity.type,
    });
    return undefined;
  });
}
