import type {
  CardElementArray,
  IAdaptiveCard,
  IExecuteAction,
  ITextBlock,
  ITextInput,
  IToggleInput,
} from '@microsoft/teams.cards';
import type { Form, Input } from '../../core/chat.js';
import { encodeCardData } from './card-data.js';
import { escapeCardMarkdown } from './escape-card-markdown.js';
import { adaptiveCard, heading, textBlocks } from './render-card.js';

/** Teams refuses cards over about 28 KB; we stay well below with room for the envelope. */
export const maxCardBytes = 24 * 1024;

export const cardBytes = (card: IAdaptiveCard): number =>
  Buffer.byteLength(JSON.stringify(card), 'utf8');

/**
 * A neutral form as an Adaptive Card with inputs. After a refused submit the card carries
 * what the person wrote and each field's message right under the field. Only a forged
 * payload can hold values far beyond the fields' limits; if those would push the card over
 * the size Teams accepts, the echoed values are cut to the limits.
 */
export function renderFormCard(form: Form): IAdaptiveCard {
  const card = buildFormCard(form, false);
  return cardBytes(card) <= maxCardBytes ? card : buildFormCard(form, true);
}

function buildFormCard(form: Form, clip: boolean): IAdaptiveCard {
  const body: CardElementArray = [heading(form.title)];
  if (form.intro) body.push(...textBlocks(form.intro));
  for (const input of form.inputs) {
    body.push(renderInput(input, form, clip));
    const error = form.errors?.[input.name];
    if (error) body.push(small(error, { color: 'Attention' }));
    if (input.kind === 'text' && input.hint) body.push(small(input.hint, { isSubtle: true }));
  }
  const toggles = form.inputs.filter((i) => i.kind === 'toggle').map((i) => i.name);
  const data = encodeCardData(form.submitCommand, form.args, toggles);
  const submit: IExecuteAction = {
    type: 'Action.Execute',
    title: form.submitLabel,
    verb: form.submitCommand,
    data,
    associatedInputs: 'auto',
    style: 'positive',
    fallback: {
      type: 'Action.Submit',
      title: form.submitLabel,
      data,
      associatedInputs: 'auto',
      style: 'positive',
    },
  };
  body.push({ type: 'ActionSet', actions: [submit] });
  return adaptiveCard(body);
}

function renderInput(input: Input, form: Form, clip: boolean): ITextInput | IToggleInput {
  const value = form.values[input.name];
  if (input.kind === 'toggle') {
    return {
      type: 'Input.Toggle',
      id: input.name,
      title: input.label,
      value: value === true || value === 'true' ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
      wrap: true,
    };
  }
  const text = typeof value === 'string' ? value : '';
  const error = form.errors?.[input.name];
  return {
    type: 'Input.Text',
    id: input.name,
    label: input.label,
    isRequired: input.required,
    maxLength: input.maxLength,
    ...(input.multiline ? { isMultiline: true } : {}),
    value: clip ? text.slice(0, input.maxLength) : text,
    ...(error ? { errorMessage: error } : {}),
  };
}

const small = (text: string, style: Partial<ITextBlock>): ITextBlock => ({
  type: 'TextBlock',
  text: escapeCardMarkdown(text),
  size: 'Small',
  wrap: true,
  spacing: 'None',
  ...style,
});
