import { describe, expect, it } from 'vitest';
import { foldLine } from '../../../src/core/calendar/fold-line.js';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const physical = (folded: string) => folded.split('\r\n');
const unfold = (folded: string) => folded.replace(/\r\n /g, '');

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts octets, not characters: 38 × ö is 76 octets', () => {
    expect(foldLine('ö'.repeat(37))).toBe('ö'.repeat(37));
    expect(foldLine('ö'.repeat(38))).toBe(`${'ö'.repeat(37)}\r\n ö`);
  });

  it('never splits a character, and every later line holds 74 octets after its space', () => {
    const line = `SUMMARY:${'Välkommen till Framtidsforum i Örebro län 🎉 — två dagar, lunch till lunch! '.repeat(4)}`;
    const folded = foldLine(line);
    expect(unfold(folded)).toBe(line);
    const lines = physical(folded);
    expect(lines.length).toBeGreaterThan(4);
    for (const [i, l] of lines.entries()) {
      expect(octets(l)).toBeLessThanOrEqual(75);
      // Each physical line is whole UTF-8 by itself: no character was cut in half.
      expect(() => new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(l))).not.toThrow();
      if (i > 0) expect(l.startsWith(' ')).toBe(true);
      // Full lines stop only because the next character would not fit.
      if (i < lines.length - 1) {
        const next = [...unfold(lines[i + 1] as string).slice(1)][0] as string;
        expect(octets(l) + octets(next)).toBeGreaterThan(75);
      }
    }
  });

  it('keeps a 4-octet emoji whole at the very edge', () => {
    const line = `${'x'.repeat(73)}😀y`;
    expect(physical(foldLine(line))).toEqual(['x'.repeat(73), ' 😀y']);
  });
});
