import { describe, expect, it } from 'vitest';
import { sheetNames } from '../../../src/core/export/sheet-names.js';

describe('sheetNames', () => {
  it('keeps names Excel accepts as they are', () => {
    expect(sheetNames(['Anmälda', 'Väntelista 2027', 'Kost & allergier'])).toEqual([
      'Anmälda',
      'Väntelista 2027',
      'Kost & allergier',
    ]);
  });

  it('replaces the characters Excel forbids and strips apostrophes at the ends', () => {
    expect(sheetNames(['Dag 1: 9/3', 'a[b]c*d?e\\f', "'Citat'", 'rad\nbrytning'])).toEqual([
      'Dag 1- 9-3',
      'a-b-c-d-e-f',
      'Citat',
      'rad-brytning',
    ]);
  });

  it('cuts at 31 UTF-16 units without splitting an emoji', () => {
    const [long, emoji] = sheetNames([
      'Framtidsforum 2027 – anmälda deltagare',
      `${'x'.repeat(30)}🎉`,
    ]);
    expect(long).toBe('Framtidsforum 2027 – anmälda de');
    expect(long).toHaveLength(31);
    expect(emoji).toBe('x'.repeat(30));
  });

  it('names empty sheets and keeps every name unique, ignoring case', () => {
    expect(sheetNames(['', '  ', "''", 'Anmälda', 'ANMÄLDA', 'anmälda', 'History'])).toEqual([
      'Blad 1',
      'Blad 2',
      'Blad 3',
      'Anmälda',
      'ANMÄLDA (2)',
      'anmälda (3)',
      'History (2)',
    ]);
  });

  it('makes room for the number in a long name', () => {
    const long = 'Framtidsforum 2027 – anmälda deltagare';
    const [first, second] = sheetNames([long, long]);
    expect(second).toBe('Framtidsforum 2027 – anmäld (2)');
    expect(second).toHaveLength(31);
    expect(first).not.toBe(second);
  });
});
