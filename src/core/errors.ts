import type { MessageKey, Params } from './i18n/translate.js';

/**
 * A refusal the person should see, in their language ("the forum is full"). Anything else
 * thrown is a fault: it is logged at the door's boundary and the person gets a short apology.
 */
export class UserError extends Error {
  constructor(
    readonly messageKey: MessageKey,
    readonly params: Params = {},
  ) {
    super(messageKey);
    this.name = 'UserError';
  }
}
