import type { ViewOutput } from '@slack/bolt';
import type { FormValue } from '../../core/chat.js';
import { inputStatePayload } from './payload-schemas.js';
import { inputActionId } from './render-input.js';

/** One element's state in a submitted view, as far as the elements we render go. */
interface InputState {
  type: string;
  value?: string | null;
  selected_options?: { value: string }[] | null;
  selected_option?: { value: string } | null;
  selected_date?: string | null;
  selected_time?: string | null;
}

/** The value one element submitted, or undefined for an element we never render. */
function submitted(input: InputState): FormValue | undefined {
  switch (input.type) {
    case 'checkboxes':
      return (input.selected_options ?? []).some((o) => o.value === 'yes');
    case 'plain_text_input':
      return input.value ?? '';
    case 'static_select':
      return input.selected_option?.value ?? '';
    case 'datepicker':
      return input.selected_date ?? '';
    case 'timepicker':
      return input.selected_time ?? '';
    default:
      return undefined;
  }
}

/**
 * Reads a submitted modal back into form values, keyed by input name (our `block_id`).
 * A ticked checkbox is `true` and an unticked one `false`; an emptied field, an unchosen
 * option or an unpicked date or time arrives as `null` and becomes `''`, as the core's
 * forms take an empty answer. Elements we did not render are ignored.
 */
export function readViewState(state: ViewOutput['state']): Record<string, FormValue> {
  const values: [string, FormValue][] = [];
  for (const [blockId, actions] of Object.entries(state.values)) {
    // A state of another shape (forged, or an element we never render) is no answer at all.
    const parsed = inputStatePayload.safeParse(actions?.[inputActionId]);
    const input: InputState | undefined = parsed.success ? parsed.data : undefined;
    const value = input ? submitted(input) : undefined;
    if (value !== undefined) values.push([blockId, value]);
  }
  // fromEntries defines own properties, so a block id such as "__proto__" stays a plain key.
  return Object.fromEntries(values);
}
