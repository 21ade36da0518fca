import type { FormValue } from '../../core/chat.js';

/** Input ids we render are field names; anything else in a payload is not ours. */
const inputName = /^[A-Za-z][\w.-]{0,63}$/;
const maxInputs = 50;

/**
 * Turns the input values a card submitted into form values. Adaptive Cards submit every
 * input as a string, so a toggle arrives as 'true'/'false' and becomes a boolean here; text
 * stays text (a person may well type "true" into a text field). Non-string values and
 * names we never render are dropped.
 */
export function readCardValues(
  inputs: Record<string, unknown>,
  toggles: readonly string[],
): Record<string, FormValue> {
  const isToggle = new Set(toggles);
  const values: Record<string, FormValue> = {};
  for (const [name, value] of Object.entries(inputs).slice(0, maxInputs)) {
    if (!inputName.test(name)) continue;
    if (isToggle.has(name)) {
      if (value === true || value === 'true') values[name] = true;
      else if (value === false || value === 'false') values[name] = false;
    } else if (typeof value === 'string') {
      values[name] = value;
    }
  }
  return values;
}
