import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another on a screen at the back of a
 * room or typed on a phone: no 0/O/Q/D, 1/I/L/J, 2/Z, 5/S, 8/B, U/V.
 */
export const codeAlphabet = 'ACEFGHKMNPRTWXY34679';
export const codeLength = 5;

/** A new check-in code: five characters, about 3.2 million possibilities. */
export function newCheckinCode(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[random(codeAlphabet.length)];
  return code;
}

/** What someone typed, as a code to compare: case, spaces and dashes do not matter. */
export const normaliseCode = (typed: string): string =>
  typed
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–.]/g, '');
