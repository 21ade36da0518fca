import { describe, expect, it } from 'vitest';
import {
  easterSunday,
  holidayOn,
  isWorkingDay,
  moveToWorkingDay,
  swedishHolidays,
} from '../../../src/core/cycle/swedish-holidays.js';

describe('Swedish public holidays', () => {
  it('finds Easter Sunday by the computus', () => {
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('lists the public holidays and the closed eves of 2027, kept apart by kind', () => {
    const list = swedishHolidays(2027);
    expect(list.filter((h) => h.kind === 'public').map((h) => `${h.date} ${h.id}`)).toEqual([
      '2027-01-01 nyarsdagen',
      '2027-01-06 trettondedag-jul',
      '2027-03-26 langfredagen',
      '2027-03-28 paskdagen',
      '2027-03-29 annandag-pask',
      '2027-05-01 forsta-maj',
      '2027-05-06 kristi-himmelsfardsdag',
      '2027-05-16 pingstdagen',
      '2027-06-06 nationaldagen',
      '2027-06-26 midsommardagen',
      '2027-11-06 alla-helgons-dag',
      '2027-12-25 juldagen',
      '2027-12-26 annandag-jul',
    ]);
    expect(list.filter((h) => h.kind === 'eve').map((h) => `${h.date} ${h.id}`)).toEqual([
      '2027-06-25 midsommarafton',
      '2027-12-24 julafton',
      '2027-12-31 nyarsafton',
    ]);
  });

  it('moves the Easter-dependent holidays with Easter in 2028', () => {
    const ids = (id: string) => swedishHolidays(2028).find((h) => h.id === id)?.date;
    expect(ids('langfredagen')).toBe('2028-04-14');
    expect(ids('annandag-pask')).toBe('2028-04-17');
    expect(ids('kristi-himmelsfardsdag')).toBe('2028-05-25');
    expect(ids('pingstdagen')).toBe('2028-06-04');
    expect(ids('midsommarafton')).toBe('2028-06-23');
    expect(ids('midsommardagen')).toBe('2028-06-24');
    expect(ids('alla-helgons-dag')).toBe('2028-11-04');
    // Midsommardagen on its earliest and alla helgons dag on its earliest possible day.
    expect(holidayOn('2026-06-20')?.id).toBe('midsommardagen');
    expect(holidayOn('2026-10-31')?.id).toBe('alla-helgons-dag');
    expect(holidayOn('2027-06-25')?.name).toEqual({ sv: 'midsommarafton', en: 'Midsummer Eve' });
  });

  it('knows working days', () => {
    expect(isWorkingDay('2027-06-24')).toBe(true); // Thursday before midsummer
    expect(isWorkingDay('2027-06-25')).toBe(false); // midsommarafton
    expect(isWorkingDay('2027-12-24')).toBe(false); // julafton
    expect(isWorkingDay('2027-05-06')).toBe(false); // Kristi himmelsfärdsdag, a Thursday
    expect(isWorkingDay('2027-05-07')).toBe(true); // the squeeze day after is still a working day
    expect(isWorkingDay('2027-01-09')).toBe(false); // a Saturday
  });

  it('moves a day off to the working day before or after', () => {
    expect(moveToWorkingDay('2027-06-25', 'before')).toBe('2027-06-24');
    expect(moveToWorkingDay('2027-06-25', 'after')).toBe('2027-06-28');
    // Christmas 2026: Thursday 24 to Sunday 27.
    expect(moveToWorkingDay('2026-12-25', 'before')).toBe('2026-12-23');
    expect(moveToWorkingDay('2026-12-25', 'after')).toBe('2026-12-28');
    // Easter 2027: Friday 26 March to Monday 29 March.
    expect(moveToWorkingDay('2027-03-28', 'before')).toBe('2027-03-25');
    expect(moveToWorkingDay('2027-03-28', 'after')).toBe('2027-03-30');
    // New Year 2028 is a Saturday, and nyårsafton before it a Friday.
    expect(moveToWorkingDay('2028-01-01', 'before')).toBe('2027-12-30');
    expect(moveToWorkingDay('2027-03-30', 'before')).toBe('2027-03-30');
  });
});
