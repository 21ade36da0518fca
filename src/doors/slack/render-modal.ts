import type { types } from '@slack/bolt';
import type { Form, Locale } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import { encodeButtonValue, privateMetadataMax } from './button-value.js';
import { mrkdwn, slackLimits } from './render-blocks.js';
import { renderInput } from './render-input.js';
import { truncate } from './truncate.js';

/** The one `callback_id` of our modals: the submission listener matches on it. */
export const formCallbackId = 'forumbot:form';

/** Modal title, submit and close labels: at most 24 characters each, or Slack refuses the view. */
const modalLabelMax = 24;

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
    // The close button is the door's own chrome: its word is the door's, not the command's.
    close: plain(translator(locale)('slack.modal.close'), modalLabelMax),
    private_metadata: encodeButtonValue(form.submitCommand, form.args, privateMetadataMax),
    blocks: blocks.slice(0, slackLimits.surfaceBlocks),
  };
}
