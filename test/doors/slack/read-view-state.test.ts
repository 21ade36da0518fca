import { describe, expect, it } from 'vitest';
import { readViewState } from '../../../src/doors/slack/read-view-state.js';

describe('readViewState', () => {
  it('reads text inputs and checkboxes by block id', () => {
    const values = readViewState({
      values: {
        organisation: { value: { type: 'plain_text_input', value: 'Kumla kommun' } },
        accessibility: { value: { type: 'plain_text_input', value: null } },
        lunchDay1: {
          value: {
            type: 'checkboxes',
            selected_options: [{ text: { type: 'plain_text', text: 'Lunch' }, value: 'yes' }],
          },
        },
        overnight: { value: { type: 'checkboxes', selected_options: [] } },
      },
    } as never);
    expect(values).toEqual({
      organisation: 'Kumla kommun',
      accessibility: '',
      lunchDay1: true,
      overnight: false,
    });
  });

  it('ignores elements and action ids it did not render', () => {
    const values = readViewState({
      values: {
        when: { value: { type: 'datepicker', selected_date: '2027-03-09' } },
        other: { name: { type: 'plain_text_input', value: 'x' } },
        ['__proto__']: { value: { type: 'plain_text_input', value: 'x' } },
      },
    } as never);
    expect(Object.keys(values)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });
});
