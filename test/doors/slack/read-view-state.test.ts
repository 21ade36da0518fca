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

  it('reads selects, dates and times, with nothing chosen as an empty answer', () => {
    const option = { text: { type: 'plain_text', text: 'Region', emoji: true }, value: 'region' };
    const values = readViewState({
      values: {
        sector: { value: { type: 'static_select', selected_option: option } },
        other: { value: { type: 'static_select', selected_option: null } },
        day: { value: { type: 'datepicker', selected_date: '2027-03-09' } },
        noDay: { value: { type: 'datepicker', selected_date: null } },
        at: { value: { type: 'timepicker', selected_time: '09:30', timezone: 'Europe/Stockholm' } },
        noTime: { value: { type: 'timepicker', selected_time: null } },
      },
    } as never);
    expect(values).toEqual({
      sector: 'region',
      other: '',
      day: '2027-03-09',
      noDay: '',
      at: '09:30',
      noTime: '',
    });
  });

  it('ignores elements and action ids it did not render', () => {
    const values = readViewState({
      values: {
        when: { value: { type: 'datetimepicker', selected_date_time: 1804233600 } },
        other: { name: { type: 'plain_text_input', value: 'x' } },
        ['__proto__']: { value: { type: 'plain_text_input', value: 'x' } },
      },
    } as never);
    expect(Object.keys(values)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
  });
});
