import type { IMessageActivityInput } from '@microsoft/teams.api';
import type { CardElementArray } from '@microsoft/teams.cards';
import { type Actor, type Address, message, type Reply } from '../../core/chat.js';
import type { Dispatcher } from '../../core/dispatcher.js';
import { translator } from '../../core/i18n/translate.js';
import type { Logger } from '../../core/logger.js';
import type { DecodedCardData } from './card-data.js';
import type { ToPersonalChat } from './personal-chat.js';
import { readCardValues } from './read-card-values.js';

/**
 * One inbound activity, as the answering code needs it: who, where, and how to post to that
 * conversation. Kept apart from the SDK's context so the answers read as plain functions.
 */
export interface Turn {
  dispatcher: Pick<Dispatcher, 'run' | 'runText' | 'parse'>;
  logger: Logger;
  actor: Actor;
  address: Address;
  /** Posts a new message to the conversation (the thread, in a channel). */
  send(activity: IMessageActivityInput): Promise<unknown>;
  /**
   * The card elements that offer a reply's files to this person (see offer-downloads.ts);
   * none outside a personal chat, as files go to the person and never to a channel or group
   * chat (see keep-private.ts). Call it only for a reply being shown:
   * each call stores the files anew.
   */
  offer(reply: Reply): CardElementArray;
  /**
   * Sends a reply to the person's own chat with the bot, for a reply with their data that
   * the conversation must not see (see personal-chat.ts).
   */
  toPersonalChat: ToPersonalChat;
}

/**
 * Runs what a button or form names, with the inputs the card sent. Values no card of ours
 * could have sent are refused here like any invalid input, before anything runs.
 */
export async function runCard(turn: Turn, data: DecodedCardData): Promise<Reply> {
  const { dispatcher, actor, address } = turn;
  const values = readCardValues(data.inputs, data.fields);
  if (!values) {
    const text = translator(actor.locale)('error.invalidInput');
    return { ...message({ kind: 'text', text }), outcome: 'refused' };
  }
  // The card's own arguments last: no input can overwrite them (see Form.args).
  return dispatcher.run(actor, data.command, { ...values, ...data.args }, address);
}
