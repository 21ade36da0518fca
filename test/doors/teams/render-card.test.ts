import { describe, expect, it } from 'vitest';
import type { Form } from '../../../src/core/chat.js';
import { cardMarkdown, escapeCardMarkdown } from '../../../src/doors/teams/escape-card-markdown.js';
import { renderCard } from '../../../src/doors/teams/render-card.js';
import { renderFormCard } from '../../../src/doors/teams/render-form-card.js';
import { replyActivity } from '../../../src/doors/teams/reply-activity.js';

describe('card markdown', () => {
  it('escapes what would format, link or tag', () => {
    expect(escapeCardMarkdown('**bold** _it_ [x](https://evil) `code` <b> \\*')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\[x\\](https://evil) \\`code\\` \\<b\\> \\\\\\*',
    );
    expect(escapeCardMarkdown('Kumla kommun, 100% vegetarisk!')).toBe(
      'Kumla kommun, 100% vegetarisk!',
    );
  });

  it('keeps line starts from becoming lists, headings or rules', () => {
    expect(escapeCardMarkdown('- nötter\n* ägg\n+ soja\n1. gluten\n2) laktos')).toBe(
      '\\- nötter\n\\* ägg\n\\+ soja\n1\\. gluten\n2\\) laktos',
    );
    expect(escapeCardMarkdown('# VIKTIGT\n  ## rubrik\n---\n#\n-')).toBe(
      '\\# VIKTIGT\n  \\## rubrik\n\\---\n\\#\n\\-',
    );
    // Only at the start of a line, and only what markdown would take as a marker.
    expect(escapeCardMarkdown('a - b + c # d 1. e\n-5 grader\n#hashtag\n2026 års forum')).toBe(
      'a - b + c # d 1. e\n-5 grader\n#hashtag\n2026 års forum',
    );
    // Our own text: a line start is escaped, a piece after emphasis is not a line start.
    expect(cardMarkdown('- *anmäl* - anmäl dig')).toBe('\\- **anmäl** - anmäl dig');
    expect(cardMarkdown('1. *steg* ett')).toBe('1\\. **steg** ett');
  });

  it('turns our *emphasis* into bold and escapes the rest', () => {
    expect(cardMarkdown('*anmäl* – anmäl dig till [nästa] forum')).toBe(
      '**anmäl** – anmäl dig till \\[nästa\\] forum',
    );
    expect(cardMarkdown('*a_b* and *c*')).toBe('**a\\_b** and **c**');
    expect(cardMarkdown('5 * 3')).toBe('5 \\* 3');
  });
});

describe('renderCard', () => {
  it('renders headings, text, fields and buttons as Adaptive Card 1.5', () => {
    const card = renderCard({
      blocks: [
        { kind: 'heading', text: 'Hej <Anna>!' },
        { kind: 'text', text: 'Första raden\nandra *raden*\n\nnytt stycke' },
        { kind: 'text', text: 'tyst', muted: true },
        { kind: 'fields', fields: [{ label: 'Kost', value: 'rad 1\nrad [2]' }] },
        {
          kind: 'actions',
          buttons: [
            { label: 'Anmäl', command: 'forum.signup', args: { forum: '1' }, style: 'primary' },
            { label: 'Avboka', command: 'forum.cancel', style: 'danger' },
            { label: 'Program', command: 'forum.program' },
          ],
        },
      ],
    });
    expect(card).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.5',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    });
    expect(card.body.slice(0, 5)).toEqual([
      { type: 'TextBlock', text: 'Hej \\<Anna\\>!', size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: 'Första raden', wrap: true },
      { type: 'TextBlock', text: 'andra **raden**', wrap: true, spacing: 'None' },
      { type: 'TextBlock', text: 'nytt stycke', wrap: true, spacing: 'Medium' },
      { type: 'TextBlock', text: 'tyst', wrap: true, isSubtle: true },
    ]);
    expect(card.body[5]).toEqual({
      type: 'FactSet',
      facts: [{ title: 'Kost', value: 'rad 1\n\nrad \\[2\\]' }],
    });
    const data = { forumbot: { c: 'forum.signup', a: { forum: '1' } } };
    expect(card.body[6]).toEqual({
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.Execute',
          title: 'Anmäl',
          verb: 'forum.signup',
          data,
          style: 'positive',
          fallback: { type: 'Action.Submit', title: 'Anmäl', data, style: 'positive' },
        },
        expect.objectContaining({ verb: 'forum.cancel', style: 'destructive' }),
        expect.not.objectContaining({ style: expect.anything() }),
      ],
    });
  });

  it('gives the message a plain summary for notifications', () => {
    const activity = replyActivity({
      kind: 'message',
      view: { blocks: [{ kind: 'text', text: 'Klart! *Du* är anmäld.\nMer text' }] },
    });
    expect(activity.summary).toBe('Klart! Du är anmäld.');
    expect(activity).not.toHaveProperty('text');
  });
});

describe('renderFormCard', () => {
  const form: Form = {
    title: 'Anmälan',
    intro: 'Till *forumet*.',
    submitLabel: 'Skicka',
    submitCommand: 'forum.signup.submit',
    args: { forum: '7' },
    inputs: [
      { kind: 'text', name: 'organisation', label: 'Organisation', required: true, maxLength: 200 },
      { kind: 'toggle', name: 'overnight', label: 'Övernattning' },
      {
        kind: 'text',
        name: 'diet',
        label: 'Kost',
        required: false,
        maxLength: 10,
        multiline: true,
        hint: 'T.ex. *vegan*',
      },
    ],
    values: { organisation: '', overnight: true, diet: 'x'.repeat(12) },
    errors: { organisation: 'Fyll i det här fältet.', diet: 'Högst 10 tecken (nu 12).' },
  };

  it('renders inputs with values, errors right under them, hints and the submit', () => {
    const card = renderFormCard(form);
    expect(card.body).toEqual([
      { type: 'TextBlock', text: 'Anmälan', size: 'Medium', weight: 'Bolder', wrap: true },
      { type: 'TextBlock', text: 'Till **forumet**.', wrap: true },
      {
        type: 'Input.Text',
        id: 'organisation',
        label: 'Organisation',
        isRequired: true,
        maxLength: 200,
        value: '',
        errorMessage: 'Fyll i det här fältet.',
      },
      {
        type: 'TextBlock',
        text: 'Fyll i det här fältet.',
        size: 'Small',
        wrap: true,
        spacing: 'None',
        color: 'Attention',
      },
      {
        type: 'Input.Toggle',
        id: 'overnight',
        title: 'Övernattning',
        value: 'true',
        valueOn: 'true',
        valueOff: 'false',
        wrap: true,
      },
      {
        type: 'Input.Text',
        id: 'diet',
        label: 'Kost',
        isRequired: false,
        maxLength: 10,
        isMultiline: true,
        value: 'x'.repeat(12),
        errorMessage: 'Högst 10 tecken (nu 12).',
      },
      expect.objectContaining({ text: 'Högst 10 tecken (nu 12).', color: 'Attention' }),
      {
        type: 'TextBlock',
        text: 'T.ex. \\*vegan\\*',
        size: 'Small',
        wrap: true,
        spacing: 'None',
        isSubtle: true,
      },
      {
        type: 'ActionSet',
        actions: [
          expect.objectContaining({
            type: 'Action.Execute',
            title: 'Skicka',
            verb: 'forum.signup.submit',
            associatedInputs: 'auto',
            data: { forumbot: { c: 'forum.signup.submit', a: { forum: '7' }, t: ['overnight'] } },
            fallback: expect.objectContaining({ type: 'Action.Submit', associatedInputs: 'auto' }),
          }),
        ],
      },
    ]);
  });

  it('keeps an over-long value unless the card would grow too large for Teams', () => {
    expect(renderFormCard(form).body[5]).toMatchObject({ value: 'x'.repeat(12) });
    const huge = renderFormCard({ ...form, values: { ...form.values, diet: 'x'.repeat(30_000) } });
    expect(huge.body[5]).toMatchObject({ value: 'x'.repeat(10) });
  });
});
