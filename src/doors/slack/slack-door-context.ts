import type { Locale } from '../../core/chat.js';
import type { Dispatcher } from '../../core/dispatcher.js';
import type { Logger } from '../../core/logger.js';
import type { SlackActors } from './slack-actor.js';

/** What every Slack listener is given. */
export interface SlackDoorContext {
  dispatcher: Dispatcher;
  logger: Logger;
  actors: SlackActors;
  defaultLocale: Locale;
}
