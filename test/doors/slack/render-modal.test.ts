import { describe, expect, it } from 'vitest';
import type { Form } from '../../../src/core/chat.js';
import { renderModal } from '../../../src/doors/slack/render-modal.js';

const form: Form = {
  title: 'Anmälan till ett mycket långt forumnamn',
  intro: 'Anmälan till <Framtidsforum>',
  submitLabel: 'Skicka anmälan',
  submitCommand: 'forum.signup.submit',
  args: { forum: '7' },
  inputs: [
    { kind: 'text', name: 'organisation', label: 'Organisation', required: true, maxLength: 200 },
    {
      kind: 'text',
      name: 'diet',
      label: 'Kost',
      required: false,
      maxLength: 5000,
      multiline: true,
      hint: 'Allergier',
    },
    { kind: 'toggle', name: 'lunchDay1', label: 'Lunch dag 1' },
    { kind: 'toggle', name: 'overnight', label: 'Övernattning' },
  ],
  values: { organisation: 'Kumla kommun', diet: '', lunchDay1: true, overnight: false },
};

type Loose = {
  type: string;
  block_id?: string;
  optional?: boolean;
  hint?: { text: string };
  text?: { text: string };
  elements?: { text: string }[];
  element?: Record<string, unknown>;
};
const blocksOf = (f: Form, locale: 'sv' | 'en' = 'sv') =>
  renderModal(f, locale).blocks as unknown as Loose[];

describe('renderModal', () => {
  it('keeps title, submit and close within 24 characters, close in the person’s language', () => {
    const view = renderModal(form, 'sv');
    expect(view.callback_id).toBe('forumbot:form');
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.title.text.endsWith('…')).toBe(true);
    expect(view.submit?.text).toBe('Skicka anmälan');
    expect(view.close?.text).toBe('Avbryt');
    expect(renderModal(form, 'en').close?.text).toBe('Cancel');
  });

  it('carries the submit command and hidden arguments in private_metadata', () => {
    expect(JSON.parse(renderModal(form, 'sv').private_metadata ?? '')).toEqual({
      c: 'forum.signup.submit',
      a: { forum: '7' },
    });
    const huge = { ...form, args: { forum: 'x'.repeat(3000) } };
    expect(() => renderModal(huge, 'sv')).toThrow(RangeError);
  });

  it('renders the intro escaped, then one input block per input, keyed by name', () => {
    const blocks = blocksOf(form);
    expect(blocks[0]?.text?.text).toBe('Anmälan till &lt;Framtidsforum&gt;');
    expect(blocks.slice(1).map((b) => [b.type, b.block_id])).toEqual([
      ['input', 'organisation'],
      ['input', 'diet'],
      ['input', 'lunchDay1'],
      ['input', 'overnight'],
    ]);
  });

  it('renders text inputs with limits, initial values and hints', () => {
    const [, organisation, diet] = blocksOf(form);
    expect(organisation?.optional).toBe(false);
    expect(organisation?.element).toEqual({
      type: 'plain_text_input',
      action_id: 'value',
      multiline: false,
      max_length: 200,
      initial_value: 'Kumla kommun',
    });
    expect(diet?.optional).toBe(true);
    expect(diet?.hint?.text).toBe('Allergier');
    // Slack's own ceiling is 3,000; an empty initial value is left out (Slack refuses it).
    expect(diet?.element).toEqual({
      type: 'plain_text_input',
      action_id: 'value',
      multiline: true,
      max_length: 3000,
    });
    const long = blocksOf({ ...form, values: { organisation: 'o'.repeat(500) } })[1];
    expect(long?.element?.initial_value).toHaveLength(200);
  });

  it('renders toggles as one optional checkbox, ticked when the value is true', () => {
    const [, , , lunch, overnight] = blocksOf(form);
    const option = { text: { type: 'plain_text', text: 'Lunch dag 1', emoji: true }, value: 'yes' };
    expect(lunch?.optional).toBe(true);
    expect(lunch?.element).toEqual({
      type: 'checkboxes',
      action_id: 'value',
      options: [option],
      initial_options: [option],
    });
    expect(overnight?.element?.initial_options).toBeUndefined();
  });

  it('shows an error that names no input above the fields', () => {
    const blocks = blocksOf({ ...form, errors: { organisation: 'Fyll i', forum: 'Stängd' } });
    const context = blocks.find((b) => b.type === 'context');
    expect(context?.elements?.[0]?.text).toBe('⚠️ Stängd');
    expect(blocks.filter((b) => b.type === 'context')).toHaveLength(1);
  });

  describe('choice, date and time inputs', () => {
    const options = [
      { value: 'kommun', label: 'Kommun' },
      { value: 'region', label: 'Region' },
    ];
    const pickers: Form = {
      ...form,
      inputs: [
        { kind: 'choice', name: 'sector', label: 'Sektor', required: true, options },
        { kind: 'date', name: 'day', label: 'Dag', required: true },
        { kind: 'time', name: 'at', label: 'Tid', required: false },
      ],
      values: { sector: 'region', day: '2027-03-09', at: '09:30' },
    };
    const inputsOf = (f: Form) => blocksOf(f).filter((b) => b.type === 'input');

    it('renders a choice as a static select showing the chosen option', () => {
      const [sector] = inputsOf(pickers);
      const rendered = options.map((o) => ({
        text: { type: 'plain_text', text: o.label, emoji: true },
        value: o.value,
      }));
      expect(sector?.optional).toBe(false);
      // Slack takes an initial option only when it is exactly one of the options.
      expect(sector?.element).toEqual({
        type: 'static_select',
        action_id: 'value',
        options: rendered,
        initial_option: rendered[1],
      });
    });

    it('renders dates and times as pickers with their initial values', () => {
      const [, day, at] = inputsOf(pickers);
      expect(day?.element).toEqual({
        type: 'datepicker',
        action_id: 'value',
        initial_date: '2027-03-09',
      });
      expect(day?.optional).toBe(false);
      expect(at?.element).toEqual({
        type: 'timepicker',
        action_id: 'value',
        initial_time: '09:30',
      });
      expect(at?.optional).toBe(true);
    });

    it('leaves out initial values Slack would refuse', () => {
      const odd = { ...pickers, values: { sector: 'stat', day: '9 mars', at: '9.30' } };
      for (const input of inputsOf(odd)) {
        expect(input.element).not.toHaveProperty('initial_option');
        expect(input.element).not.toHaveProperty('initial_date');
        expect(input.element).not.toHaveProperty('initial_time');
      }
      const empty = inputsOf({ ...pickers, values: {} });
      expect(empty.map((b) => Object.keys(b.element ?? {}).sort())).toEqual([
        ['action_id', 'options', 'type'],
        ['action_id', 'type'],
        ['action_id', 'type'],
      ]);
    });

    it('keeps to Slack’s option limits', () => {
      const many = Array.from({ length: 120 }, (_, i) => ({
        value: `v${i}`,
        label: `Alternativ ${i} ${'x'.repeat(80)}`,
      }));
      const [select] = inputsOf({
        ...pickers,
        inputs: [{ kind: 'choice', name: 'many', label: 'Många', required: false, options: many }],
      });
      const rendered = select?.element?.options as { text: { text: string } }[];
      expect(rendered).toHaveLength(100);
      expect(rendered[0]?.text.text.length).toBeLessThanOrEqual(75);
      // A value comes back on submit: cutting it would break the answer, so it is an error.
      const long = [{ value: 'v'.repeat(151), label: 'L' }];
      const tooLong = { ...pickers, inputs: [{ ...pickers.inputs[0]!, options: long }] };
      expect(() => renderModal(tooLong as Form, 'sv')).toThrow(RangeError);
    });
  });
});
