import type { types } from '@slack/bolt';
import type { FormValue, Input } from '../../core/chat.js';
import { truncate } from './truncate.js';

/** Every input's element has this action id; the input's name is its `block_id`. */
export const inputActionId = 'value';

/** Slack's documented limits for input blocks; over any of them Slack refuses the view. */
const limits = {
  label: 2000,
  /** A plain-text input holds at most 3,000 characters. */
  textInput: 3000,
  optionText: 75,
  optionValue: 150,
  options: 100,
} as const;

const plain = (text: string, max: number): types.PlainTextElement => ({
  type: 'plain_text',
  text: truncate(text, max),
  emoji: true,
});

/** What Slack's pickers take and give back; anything else as an initial value is refused. */
const isoDate = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * One neutral input as a modal input block, showing `value` (what was typed before a refused
 * submit, or what is stored). The block id is the input's name, so Slack's per-field errors
 * and the submitted state come back keyed by it.
 */
export function renderInput(input: Input, value: FormValue | undefined): types.InputBlock {
  const block = {
    type: 'input' as const,
    block_id: input.name,
    label: plain(input.label, limits.label),
  };
  switch (input.kind) {
    case 'toggle': {
      const option = { text: plain(input.label, limits.optionText), value: 'yes' };
      return {
        ...block,
        // Unticked means "no", and Slack would refuse a required checkbox left unticked.
        optional: true,
        element: {
          type: 'checkboxes',
          action_id: inputActionId,
          options: [option],
          ...(value === true ? { initial_options: [option] } : {}),
        },
      };
    }
    case 'text': {
      const max = Math.min(input.maxLength, limits.textInput);
      return {
        ...block,
        optional: !input.required,
        ...(input.hint ? { hint: plain(input.hint, limits.label) } : {}),
        element: {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: input.multiline ?? false,
          max_length: max,
          // Slack refuses an empty initial value, and one longer than max_length.
          ...(typeof value === 'string' && value !== ''
            ? { initial_value: value.slice(0, max) }
            : {}),
        },
      };
    }
    case 'choice': {
      const options = input.options.slice(0, limits.options).map(renderOption);
      // Slack accepts an initial option only if it is exactly one of the options.
      const initial = options.find((o) => o.value === value);
      return {
        ...block,
        optional: !input.required,
        element: {
          type: 'static_select',
          action_id: inputActionId,
          options,
          ...(initial ? { initial_option: initial } : {}),
        },
      };
    }
    case 'date':
      return {
        ...block,
        optional: !input.required,
        element: {
          type: 'datepicker',
          action_id: inputActionId,
          ...(typeof value === 'string' && isoDate.test(value) ? { initial_date: value } : {}),
        },
      };
    case 'time':
      return {
        ...block,
        optional: !input.required,
        element: {
          type: 'timepicker',
          action_id: inputActionId,
          ...(typeof value === 'string' && clockTime.test(value) ? { initial_time: value } : {}),
        },
      };
    default:
      // A new kind of input must be rendered here before the door compiles.
      return input satisfies never;
  }
}

/**
 * An option's value comes back on submit and must match what the core expects, so one too long
 * for Slack is a programming error, not something to cut short silently.
 */
function renderOption(option: { value: string; label: string }): types.PlainTextOption {
  if (option.value.length > limits.optionValue) {
    throw new RangeError(`an option value exceeds Slack's ${limits.optionValue}-character limit`);
  }
  return { text: plain(option.label, limits.optionText), value: option.value };
}
