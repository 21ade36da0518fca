import type { Locale } from '../chat.js';
import { en } from './en.js';
import { type MessageKey, sv } from './sv.js';

export type { MessageKey };
export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

const catalogues: Record<Locale, Record<MessageKey, string>> = { sv, en };

/** Returns a translator for one locale; `{name}` placeholders are filled from `params`. */
export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
}

/**
 * Maps a platform locale tag (`sv-SE`, `en-US`, `en`) to one we speak. Swedish is the
 * default: anything we do not recognise as English gets Swedish.
 */
export function localeFromTag(tag: string | undefined, fallback: Locale = 'sv'): Locale {
  if (!tag) return fallback;
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  if (lang === 'en') return 'en';
  if (lang === 'sv') return 'sv';
  return fallback;
}
