import { describe, expect, it } from 'vitest';
import { decodeButtonValue, encodeButtonValue } from '../../../src/doors/slack/button-value.js';

describe('button values', () => {
  it('round-trips a command and its arguments', () => {
    const value = encodeButtonValue('forum.cancel', { forum: '12' });
    expect(decodeButtonValue(value)).toEqual({ c: 'forum.cancel', a: { forum: '12' } });
    expect(decodeButtonValue(encodeButtonValue('help'))).toEqual({ c: 'help', a: {} });
  });

  it('refuses to encode more than Slack holds (2,000 characters, or the given limit)', () => {
    expect(() => encodeButtonValue('x', { forum: 'y'.repeat(2000) })).toThrow(RangeError);
    expect(encodeButtonValue('x', { forum: 'y'.repeat(2000) }, 3000)).toHaveLength(2026);
  });

  it('reads anything else as nothing', () => {
    for (const bad of [
      undefined,
      '',
      'not json',
      '[]',
      'null',
      '"text"',
      '{"a":{}}',
      '{"c":1,"a":{}}',
      '{"c":"help"}',
      '{"c":"help","a":[]}',
      '{"c":"help","a":{"forum":1}}',
    ]) {
      expect(decodeButtonValue(bad), String(bad)).toBeUndefined();
    }
  });

  it('keeps a "__proto__" argument a plain key', () => {
    const ref = decodeButtonValue('{"c":"help","a":{"__proto__":"x"}}');
    expect(Object.getPrototypeOf(ref?.a)).toBe(Object.prototype);
    expect(Object.keys(ref?.a ?? {})).toEqual(['__proto__']);
  });
});
