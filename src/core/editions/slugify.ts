/** The longest short name we make; a title is rarely longer, a command line never needs it. */
export const slugMax = 80;

/**
 * A forum's short name from what a coordinator wrote: "Framtidsforum Örebro 2028" →
 * "framtidsforum-orebro-2028". Accents are dropped (å, ä → a, ö → o, é → e), anything else
 * becomes a dash. The same rule reads a short name typed by hand, so "Framtidsforum 2028"
 * in that field is taken as meant rather than refused.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, slugMax)
    .replace(/^-+|-+$/g, '');
}

/**
 * A short name made of digits only would be read as a forum's id ("anmäl 12"), so it needs
 * at least one letter.
 */
export const isUsableSlug = (slug: string): boolean => /[a-z]/.test(slug);
