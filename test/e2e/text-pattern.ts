import type { Locale } from '../../src/core/chat.js';
import { type MessageKey, translator } from '../../src/core/i18n/translate.js';

/**
 * What a message looks like on screen, as a pattern: the bot's own text for `key` (so the
 * tests follow the wording), with each `{placeholder}` matching any text, and the markdown
 * stars left out because the client draws them as bold.
 */
export function textPattern(locale: Locale, key: MessageKey, fixed: Record<string, string> = {}) {
  const text = translator(locale)(key, fixed).replaceAll('*', '');
  const escaped = text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\{\w+\}/g, '.+?'));
}

/** The bot's text for `key` as shown (no markdown stars). */
export const shown = (locale: Locale, key: MessageKey, params?: Record<string, string>) =>
  translator(locale)(key, params).replaceAll('*', '');
