import type { FormValue } from '../../core/chat.js';
import type { FieldKinds } from './card-data.js';

/** Input ids we render are field names; anything else in a payload is not ours. */
const inputName = /^[A-Za-z][\w.-]{0,63}$/;
const maxInputs = 50;
const dateShape = /^(\d{4})-(\d{2})-(\d{2})$/;
// Input.Time submits HH:MM; some clients add seconds, which we drop.
const timeShape = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/**
 * Turns the input values a card submitted into form values, or undefined when one of them
 * is not something the card could have sent (a choice it did not offer, 2027-02-30, 25:00):
 * a forged or broken submit, answered as invalid input. Adaptive Cards submit every input
 * as a string, so a toggle arrives as 'true'/'false' and becomes a boolean here; text stays
 * text (a person may well type "true" into a text field). An empty date, time or choice is
 * left for the command to call missing. Non-string values and names we never render are
 * dropped.
 */
export function readCardValues(
  inputs: Record<string, unknown>,
  fields: FieldKinds,
): Record<string, FormValue> | undefined {
  const toggles = new Set(fields.toggles);
  const dates = new Set(fields.dates);
  const times = new Set(fields.times);
  const values: Record<string, FormValue> = {};
  for (const [name, value] of Object.entries(inputs).slice(0, maxInputs)) {
    if (!inputName.test(name)) continue;
    if (toggles.has(name)) {
      if (value === true || value === 'true') values[name] = true;
      else if (value === false || value === 'false') values[name] = false;
      continue;
    }
    if (typeof value !== 'string') continue;
    const options = Object.hasOwn(fields.choices, name) ? fields.choices[name] : undefined;
    let read: string | undefined = value;
    if (value === '') read = value;
    else if (options) read = options.includes(value) ? value : undefined;
    else if (dates.has(name)) read = isRealDate(value) ? value : undefined;
    else if (times.has(name)) read = timeShape.exec(value)?.slice(1, 3).join(':');
    if (read === undefined) return undefined;
    values[name] = read;
  }
  return values;
}

/** `HH:MM` on a 24-hour clock, as Input.Time shows it. */
export const isClockTime = (text: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(text);

/** `YYYY-MM-DD` naming a day the calendar has. */
export function isRealDate(text: string): boolean {
  const match = dateShape.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}
