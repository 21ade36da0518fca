import type { IMessageActivityInput } from '@microsoft/teams.api';
import type { Actor, Address } from '../../core/chat.js';
import type { Dispatcher } from '../../core/dispatcher.js';
import type { Logger } from '../../core/logger.js';
import type { DecodedCardData } from './card-data.js';
import { readCardValues } from './read-card-values.js';

/**
 * One inbound activity, as the answering code needs it: who, where, and how to post to that
 * conversation. Kept apart from the SDK's context so the answers read as plain functions.
 */
export interface Turn {
  dispatcher: Pick<Dispatcher, 'run' | 'runText' | 'parse' | 'isPersonal'>;
  logger: Logger;
  actor: Actor;
  address: Address;
  /** Posts a new message to the conversation (the thread, in a channel). */
  send(activity: IMessageActivityInput): Promise<unknown>;
}

/** Runs what a button or form names, with the inputs the card sent. */
export const runCard = ({ dispatcher, actor, address }: Turn, data: DecodedCardData) =>
  dispatcher.run(
    actor,
    data.command,
    // The card's own arguments last: no input can overwrite them (see Form.args).
    { ...readCardValues(data.inputs, data.toggles), ...data.args },
    address,
  );
