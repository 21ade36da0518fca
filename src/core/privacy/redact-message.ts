const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings worth looking for: shorter ones ("Bo") would hit unrelated words. */
export const searchable = (values: readonly (string | null | undefined)[]): string[] => [
  ...new Set(values.map((v) => v?.trim() ?? '').filter((v) => v.length >= 3)),
];

/** How a string appears inside stored JSON text, for a quick `instr` before parsing. */
export const asJsonText = (value: string): string => JSON.stringify(value).slice(1, -1);

/**
 * A stored outbox message (JSON: view, locale, attachments) with every occurrence of the
 * needles replaced, case-insensitively, in its text and its text attachments (a calendar
 * entry, a CSV). A binary attachment that holds one of them is dropped: it cannot be edited.
 */
export function redactMessage(
  json: string,
  needles: readonly string[],
  replacement: (locale: string) => string,
): string {
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return json;
  }
  if (needles.length === 0 || !stored || typeof stored !== 'object') return json;
  const locale = String((stored as { locale?: unknown }).locale ?? 'sv');
  const pattern = new RegExp(needles.map(escapeRegExp).join('|'), 'giu');
  const instead = replacement(locale);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(pattern, instead);
    if (Array.isArray(value)) {
      return value.flatMap((item) => {
        const file = item as { base64?: unknown; mediaType?: unknown } | null;
        if (file && typeof file.base64 === 'string' && typeof file.mediaType === 'string') {
          const bytes = Buffer.from(file.base64, 'base64');
          if (!file.mediaType.startsWith('text/')) {
            return needles.some((n) => bytes.includes(n)) ? [] : [item];
          }
          const text = bytes.toString('utf8').replace(pattern, instead);
          return [{ ...(walk(item) as object), base64: Buffer.from(text).toString('base64') }];
        }
        return [walk(item)];
      });
    }
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  return JSON.stringify(walk(stored));
}
