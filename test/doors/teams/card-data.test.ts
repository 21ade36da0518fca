import { describe, expect, it } from 'vitest';
import type { Input } from '../../../src/core/chat.js';
import {
  decodeCardData,
  encodeCardData,
  type FieldKinds,
} from '../../../src/doors/teams/card-data.js';
import { isRealDate, readCardValues } from '../../../src/doors/teams/read-card-values.js';

const inputs: Input[] = [
  { kind: 'text', name: 'diet', label: 'Kost', required: false, maxLength: 100 },
  { kind: 'toggle', name: 'overnight', label: 'Övernattning' },
  {
    kind: 'choice',
    name: 'room',
    label: 'Rum',
    required: true,
    options: [
      { value: 'aula', label: 'Aulan' },
      { value: 'b12', label: 'Sal B12' },
    ],
  },
  { kind: 'date', name: 'day', label: 'Dag', required: true },
  { kind: 'time', name: 'starts', label: 'Börjar', required: false },
];

const fields = (kinds: Partial<FieldKinds> = {}): FieldKinds => ({
  toggles: [],
  dates: [],
  times: [],
  choices: {},
  ...kinds,
});

describe('card data', () => {
  it('round-trips a command, its arguments, what kind each input is and the inputs', () => {
    const data = {
      ...encodeCardData('forum.signup.submit', { forum: '3' }, inputs),
      diet: 'Vegan',
    };
    expect(data.forumbot).toEqual({
      c: 'forum.signup.submit',
      a: { forum: '3' },
      t: ['overnight'],
      d: ['day'],
      h: ['starts'],
      o: { room: ['aula', 'b12'] },
    });
    expect(decodeCardData(JSON.parse(JSON.stringify(data)))).toEqual({
      command: 'forum.signup.submit',
      args: { forum: '3' },
      fields: fields({
        toggles: ['overnight'],
        dates: ['day'],
        times: ['starts'],
        choices: { room: ['aula', 'b12'] },
      }),
      inputs: { diet: 'Vegan' },
    });
  });

  it('keeps a button small: no field kinds when there are no inputs', () => {
    expect(encodeCardData('forum.list')).toEqual({ forumbot: { c: 'forum.list', a: {} } });
  });

  it('leaves out what Teams adds and defaults what a button leaves out', () => {
    expect(decodeCardData({ forumbot: { c: 'help' }, msteams: { type: 'messageBack' } })).toEqual({
      command: 'help',
      args: {},
      fields: fields(),
      inputs: {},
    });
  });

  it.each([
    ['not an object', 'forum.list'],
    ['no forumbot key', { c: 'help' }],
    ['a command that is not an id', { forumbot: { c: 'drop table' } }],
    ['arguments that are not strings', { forumbot: { c: 'help', a: { forum: 3 } } }],
    ['an array', [{ forumbot: { c: 'help' } }]],
    ['choices that are not lists', { forumbot: { c: 'help', o: { room: 'aula' } } }],
    ['dates that are not names', { forumbot: { c: 'help', d: [{ day: 1 }] } }],
  ])('refuses %s', (_, data) => {
    expect(decodeCardData(data)).toBeUndefined();
  });
});

describe('readCardValues', () => {
  it('turns toggles into booleans and keeps text as written', () => {
    expect(
      readCardValues(
        { overnight: 'true', lunchDay1: 'false', organisation: 'true', diet: 'Vegan' },
        fields({ toggles: ['overnight', 'lunchDay1'] }),
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
        fields({ toggles: ['overnight'] }),
      ),
    ).toEqual({ ok: 'ja' });
  });

  const kinds = fields({ dates: ['day'], times: ['starts'], choices: { room: ['aula', 'b12'] } });

  it('reads a choice, a date and a time the card offered, and leaves empty ones empty', () => {
    expect(readCardValues({ room: 'b12', day: '2027-03-09', starts: '09:30' }, kinds)).toEqual({
      room: 'b12',
      day: '2027-03-09',
      starts: '09:30',
    });
    expect(readCardValues({ room: '', day: '', starts: '' }, kinds)).toEqual({
      room: '',
      day: '',
      starts: '',
    });
    // Some clients add seconds to a time.
    expect(readCardValues({ starts: '09:30:00' }, kinds)).toEqual({ starts: '09:30' });
  });

  it.each([
    ['a choice the card did not offer', { room: 'kallaren' }],
    ['a day the calendar does not have', { day: '2027-02-29' }],
    ['a date in another shape', { day: '9/3/2027' }],
    ['a time past midnight', { starts: '24:00' }],
    ['a time with words', { starts: 'lunch' }],
  ])('refuses the whole submit for %s', (_, values) => {
    expect(readCardValues({ room: 'aula', ...values }, kinds)).toBeUndefined();
  });

  it('does not take an inherited name for a choice', () => {
    expect(readCardValues({ toString: 'x' }, kinds)).toEqual({ toString: 'x' });
  });
});

describe('isRealDate', () => {
  it('knows leap years and month lengths', () => {
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(isRealDate('2027-04-31')).toBe(false);
    expect(isRealDate('2027-13-01')).toBe(false);
    expect(isRealDate('2027-3-9')).toBe(false);
  });
});
