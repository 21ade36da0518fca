import type { FormValue } from '../../core/chat.js';
import type { MessageKey, Params } from '../../core/i18n/translate.js';

/**
 * What a typed answer means for one form input: a value to store, the current value kept
 * (Enter), or a message to show before the same question is asked again.
 */
export type AnswerCheck =
  | { value: FormValue }
  | { keep: true }
  | { error: MessageKey; params?: Params };
