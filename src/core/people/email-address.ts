/**
 * Whether a text is usable as an e-mail address: one @, a dot in the domain, and none of the
 * characters that would let it carry something else (spaces, brackets, quotes, separators).
 * Deliberately plain: the address is checked for real when someone writes to it.
 */
export const isEmailAddress = (text: string): boolean =>
  text.length <= 254 && /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]{2,}$/.test(text);
