/** The twelve municipalities of Örebro län, as they are written. */
export const municipalities = [
  'Askersund',
  'Degerfors',
  'Hallsberg',
  'Hällefors',
  'Karlskoga',
  'Kumla',
  'Laxå',
  'Lekeberg',
  'Lindesberg',
  'Ljusnarsberg',
  'Nora',
  'Örebro',
] as const;

const byKey = new Map(municipalities.map((m) => [m.toLocaleLowerCase('sv'), m]));

/**
 * "kumla", "Kumla kommun", "Hallsbergs kommun" → the municipality's name. Empty means the
 * organisation is not tied to one municipality (the region, the county board, the
 * university); anything else is undefined, so a typo like "Örbro" is caught rather than
 * counted as a thirteenth municipality.
 */
export function municipalityOf(text: string): string | undefined {
  const key = text
    .trim()
    .toLocaleLowerCase('sv')
    .replace(/\s+kommun$/, '');
  if (key === '') return '';
  // "Hallsbergs kommun" is Hallsberg's: drop the genitive s when that names one.
  return byKey.get(key) ?? (key.endsWith('s') ? byKey.get(key.slice(0, -1)) : undefined);
}
