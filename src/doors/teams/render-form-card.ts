import type {
  CardElementArray,
  IAdaptiveCard,
  IChoiceSetInput,
  IDateInput,
  IExecuteAction,
  ITextBlock,
  ITextInput,
  ITimeInput,
  IToggleInput,
} from '@microsoft/teams.cards';
import type { Form, Input } from '../../core/chat.js';
import { encodeCardData } from './card-data.js';
import { escapeCardMarkdown } from './escape-card-markdown.js';
import { isClockTime, isRealDate } from './read-card-values.js';
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
  const data = encodeCardData(form.submitCommand, form.args, form.inputs);
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

type CardInput = ITextInput | IToggleInput | IChoiceSetInput | IDateInput | ITimeInput;

/**
 * One input with the value it had. A choice, date or time shows a value only if the card
 * could have sent it (a forged one would show as blank or as garbage in a picker).
 */
function renderInput(input: Input, form: Form, clip: boolean): CardInput {
  const value = form.values[input.name];
  const text = typeof value === 'string' ? value : '';
  const error = form.errors?.[input.name];
  const common = {
    id: input.name,
    label: input.label,
    ...(error ? { errorMessage: error } : {}),
  };
  switch (input.kind) {
    case 'toggle':
      return {
        type: 'Input.Toggle',
        id: input.name,
        title: input.label,
        value: value === true || value === 'true' ? 'true' : 'false',
        valueOn: 'true',
        valueOff: 'false',
        wrap: true,
      };
    case 'text':
      return {
        type: 'Input.Text',
        ...common,
        isRequired: input.required,
        maxLength: input.maxLength,
        ...(input.multiline ? { isMultiline: true } : {}),
        value: clip ? text.slice(0, input.maxLength) : text,
      };
    case 'choice':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        isRequired: input.required,
        // A drop-down: radio buttons for a dozen options would fill a phone's screen.
        style: 'compact',
        choices: input.options.map((o) => ({ title: o.label, value: o.value })),
        value: input.options.some((o) => o.value === text) ? text : '',
      };
    case 'date':
      return {
        type: 'Input.Date',
        ...common,
        isRequired: input.required,
        value: isRealDate(text) ? text : '',
      };
    case 'time':
      return {
        type: 'Input.Time',
        ...common,
        isRequired: input.required,
        value: isClockTime(text) ? text : '',
      };
  }
}

const small = (text: string, style: Partial<ITextBlock>): ITextBlock => ({
  type: 'TextBlock',
  text: escapeCardMarkdown(text),
  size: 'Small',
  wrap: true,
  spacing: 'None',
  ...style,
});
