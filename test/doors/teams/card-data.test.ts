import { describe, expect, it } from 'vitest';
import { decodeCardData, encodeCardData } from '../../../src/doors/teams/card-data.js';
import { readCardValues } from '../../../src/doors/teams/read-card-values.js';

describe('card data', () => {
  it('round-trips a command, its arguments and the submitted inputs', () => {
    const data = {
      ...encodeCardData('forum.signup.submit', { forum: '3' }, ['overnight']),
      diet: 'Vegan',
    };
    expect(decodeCardData(JSON.parse(JSON.stringify(data)))).toEqual({
      command: 'forum.signup.submit',
      args: { forum: '3' },
      toggles: ['overnight'],
      inputs: { diet: 'Vegan' },
    });
  });

  it('leaves out what Teams adds and defaults what a button leaves out', () => {
    expect(decodeCardData({ forumbot: { c: 'help' }, msteams: { type: 'messageBack' } })).toEqual({
      command: 'help',
      args: {},
      toggles: [],
      inputs: {},
    });
  });

  it.each([
    ['not an object', 'forum.list'],
    ['no forumbot key', { c: 'help' }],
    ['a command that is not an id', { forumbot: { c: 'drop table' } }],
    ['arguments that are not strings', { forumbot: { c: 'help', a: { forum: 3 } } }],
    ['an array', [{ forumbot: { c: 'help' } }]],
  ])('refuses %s', (_, data) => {
    expect(decodeCardData(data)).toBeUndefined();
  });
});

describe('readCardValues', () => {
  it('turns toggles into booleans and keeps text as written', () => {
    expect(
      readCardValues(
        { overnight: 'true', lunchDay1: 'false', organisation: 'true', diet: 'Vegan' },
        ['overnight', 'lunchDay1'],
      ),
    ).toEqual({ overnight: true, lunchDay1: false, organisation: 'true', diet: 'Vegan' });
  });

  it('drops values and names no card of ours sends', () => {
    expect(
      readCardValues(
        {
          count: 3,
          nested: { a: 1 },
          'bad name': 'x',
          __proto__x: 'y',
          overnight: 'maybe',
          ok: 'ja',
        },
        ['overnight'],
      ),
    ).toEqual({ ok: 'ja' });
  });
});
