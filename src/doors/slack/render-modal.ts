import type { types } from '@slack/bolt';
import type { Form, Input, Locale } from '../../core/chat.js';
import { encodeButtonValue, privateMetadataMax } from './button-value.js';
import { mrkdwn, slackLimits } from './render-blocks.js';
import { truncate } from './truncate.js';

/** The one `callback_id` of our modals: the submission listener matches on it. */
export const formCallbackId = 'forumbot:form';
/** Every input's element has this action id; the input's name is its `block_id`. */
export const inputActionId = 'value';

/** Modal title, submit and close labels: at most 24 characters each, or Slack refuses the view. */
const modalLabelMax = 24;
const labelMax = 2000;
/** A plain-text input holds at most 3,000 characters. */
const inputMax = 3000;
const optionTextMax = 75;

/** The close button's label. The core has no key for it, and it is the door's own chrome. */
const closeLabel: Record<Locale, string> = { sv: 'Avbryt', en: 'Cancel' };

const plain = (text: string, max: number): types.PlainTextElement => ({
  type: 'plain_text',
  text: truncate(text, max),
  emoji: true,
});

/**
 * A neutral form as a modal. The command to run on submit and its hidden arguments ride in
 * `private_metadata`, so the submission needs nothing remembered between the two requests.
 * Field errors are shown by Slack next to the fields (`response_action: 'errors'`); an error
 * for no field of this form is shown above the fields instead.
 */
export function renderModal(form: Form, locale: Locale): types.ModalView {
  const names = new Set(form.inputs.map((i) => i.name));
  const loose = Object.entries(form.errors ?? {}).filter(([name]) => !names.has(name));
  const blocks: types.KnownBlock[] = [
    ...(form.intro ? [{ type: 'section' as const, text: mrkdwn(form.intro) }] : []),
    ...loose.map(([, text]) => ({ type: 'context' as const, elements: [mrkdwn(`⚠️ ${text}`)] })),
    ...form.inputs.map((input) => renderInput(input, form.values[input.name])),
  ];
  return {
    type: 'modal',
    callback_id: formCallbackId,
    title: plain(form.title, modalLabelMax),
    submit: plain(form.submitLabel, modalLabelMax),
    close: plain(closeLabel[locale], modalLabelMax),
    private_metadata: encodeButtonValue(form.submitCommand, form.args, privateMetadataMax),
    blocks: blocks.slice(0, slackLimits.surfaceBlocks),
  };
}

function renderInput(input: Input, value: unknown): types.InputBlock {
  const label = plain(input.label, labelMax);
  if (input.kind === 'toggle') {
    const option = { text: plain(input.label, optionTextMax), value: 'yes' };
    return {
      type: 'input',
      block_id: input.name,
      label,
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
  const max = Math.min(input.maxLength, inputMax);
  return {
    type: 'input',
    block_id: input.name,
    label,
    optional: !input.required,
    ...(input.hint ? { hint: plain(input.hint, labelMax) } : {}),
    element: {
      type: 'plain_text_input',
      action_id: inputActionId,
      multiline: input.multiline ?? false,
      max_length: max,
      // Slack refuses an empty initial value, and one longer than max_length.
      ...(typeof value === 'string' && value !== '' ? { initial_value: value.slice(0, max) } : {}),
    },
  };
}
