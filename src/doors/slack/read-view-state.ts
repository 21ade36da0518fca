import type { ViewOutput } from '@slack/bolt';
import type { FormValue } from '../../core/chat.js';
import { inputActionId } from './render-modal.js';

interface InputState {
  type: string;
  value?: string | null;
  selected_options?: { value: string }[] | null;
}

/**
 * Reads a submitted modal back into form values, keyed by input name (our `block_id`).
 * A ticked checkbox is `true` and an unticked one `false`; an emptied text field arrives as
 * `null` and becomes `''`. Elements we did not render are ignored.
 */
export function readViewState(state: ViewOutput['state']): Record<string, FormValue> {
  const values: [string, FormValue][] = [];
  for (const [blockId, actions] of Object.entries(state.values)) {
    const input = actions[inputActionId] as InputState | undefined;
    if (input?.type === 'checkboxes') {
      values.push([blockId, (input.selected_options ?? []).some((o) => o.value === 'yes')]);
    } else if (input?.type === 'plain_text_input') {
      values.push([blockId, input.value ?? '']);
    }
  }
  // fromEntries defines own properties, so a block id such as "__proto__" stays a plain key.
  return Object.fromEntries(values);
}
