import { describe, expect, it } from 'vitest';
import type { Input } from '../../../src/core/chat.js';
import { readAnswer } from '../../../src/doors/shell/read-answer.js';
import { readLines } from '../../../src/doors/shell/read-lines.js';

const date: Input = { kind: 'date', name: 'day', label: 'Datum', required: true };
const time: Input = { kind: 'time', name: 'at', label: 'Tid', required: false };
const choice: Input = {
  kind: 'choice',
  name: 'size',
  label: 'Storlek',
  required: false,
  options: [
    { value: 's', label: 'Liten' },
    { value: 'm', label: 'Mellan' },
  ],
};

describe('reading a typed answer', () => {
  it.each([
    ['2027-03-09', '2027-03-09'],
    [' 2027-3-9 ', '2027-03-09'],
    ['2028-02-29', '2028-02-29'], // a leap year
    ['2000-02-29', '2000-02-29'], // divisible by 400: a leap year
    ['2027-12-31', '2027-12-31'],
  ])('takes the date %j as %s', (typed, stored) => {
    expect(readAnswer(date, typed, undefined, 'sv')).toEqual({ value: stored });
  });

  it.each([
    ['2027-02-29', 'shell.dateNoSuchDay', { days: 28, month: 'februari' }],
    ['1900-02-29', 'shell.dateNoSuchDay', { days: 28 }], // divisible by 100: not a leap year
    ['2027-04-31', 'shell.dateNoSuchDay', { days: 30, month: 'april' }],
    ['2027-01-00', 'shell.dateNoSuchDay', { days: 31 }],
    ['2027-00-10', 'shell.dateNoSuchMonth', { date: '2027-00-10' }],
    ['2027-13-01', 'shell.dateNoSuchMonth', {}],
    ['09-03-2027', 'shell.dateInvalid', undefined],
    ['2027/03/09', 'shell.dateInvalid', undefined],
    ['i morgon', 'shell.dateInvalid', undefined],
  ])('refuses the date %j', (typed, error, params) => {
    const check = readAnswer(date, typed, undefined, 'sv');
    expect(check).toMatchObject(params ? { error, params } : { error });
  });

  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['9.30', '09:30'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('takes the time %j as %s', (typed, stored) => {
    expect(readAnswer(time, typed, undefined, 'sv')).toEqual({ value: stored });
  });

  it.each(['24:00', '12:60', '7', '07:5', '7 pm', '12:00:00'])('refuses the time %j', (typed) => {
    expect(readAnswer(time, typed, undefined, 'sv')).toEqual({ error: 'shell.timeInvalid' });
  });

  it('takes a choice by number or by name, and nothing outside the list', () => {
    expect(readAnswer(choice, '2', undefined, 'sv')).toEqual({ value: 'm' });
    expect(readAnswer(choice, 'LITEN', undefined, 'sv')).toEqual({ value: 's' });
    expect(readAnswer(choice, '0', undefined, 'sv')).toEqual({
      error: 'shell.pickNumber',
      params: { count: 2 },
    });
    expect(readAnswer(choice, 'Stor', undefined, 'sv')).toMatchObject({
      error: 'shell.pickNumber',
    });
  });

  it('keeps the current value on Enter and empties it with a dash, for every kind', () => {
    for (const input of [date, time, choice]) {
      expect(readAnswer(input, '', 'x', 'sv')).toEqual({ keep: true });
      expect(readAnswer(input, '', undefined, 'sv')).toEqual({ value: '' });
      expect(readAnswer(input, '-', 'x', 'sv')).toEqual({ value: '' });
    }
  });
});

describe('reading an answer of several lines', () => {
  const text = {
    kind: 'text',
    name: 'body',
    label: 'Text',
    required: false,
    maxLength: 12,
    multiline: true,
  } as const;

  it('gathers lines until an empty one, trimming only their ends', () => {
    expect(readLines(text, ' Dag 1 ', undefined, undefined)).toEqual({ more: [' Dag 1'] });
    expect(readLines(text, '12.00 Lunch', [' Dag 1'], undefined)).toEqual({
      more: [' Dag 1', '12.00 Lunch'],
    });
    expect(readLines(text, '  ', ['a', 'b'], 'x')).toEqual({ value: 'a\nb' });
  });

  it('keeps or clears on the first line only', () => {
    expect(readLines(text, '', undefined, 'x')).toEqual({ keep: true });
    expect(readLines(text, '', undefined, undefined)).toEqual({ value: '' });
    expect(readLines(text, '-', undefined, 'x')).toEqual({ value: '' });
    expect(readLines(text, '-', ['a'], 'x')).toEqual({ more: ['a', '-'] });
  });

  it('counts the line breaks against maxLength', () => {
    expect(readLines(text, '', ['12345', '123456'], undefined)).toEqual({ value: '12345\n123456' });
    expect(readLines(text, '', ['12345', '1234567'], undefined)).toEqual({
      error: 'field.tooLong',
      params: { max: 12, length: 13 },
    });
  });
});
