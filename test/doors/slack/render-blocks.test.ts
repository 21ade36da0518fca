import { describe, expect, it } from 'vitest';
import type { View } from '../../../src/core/chat.js';
import { decodeButtonValue } from '../../../src/doors/slack/button-value.js';
import { renderBlocks, slackLimits } from '../../../src/doors/slack/render-blocks.js';
import { fallbackText, renderMessage } from '../../../src/doors/slack/render-message.js';

type Loose = {
  type: string;
  text?: { text: string; type: string };
  fields?: { text: string }[];
  elements?: { action_id?: string; value?: string; style?: string; text: { text: string } }[];
};
const render = (view: View, max?: number) => renderBlocks(view, max) as unknown as Loose[];

describe('renderBlocks', () => {
  it('renders a heading as a header of at most 150 characters', () => {
    const [header] = render({ blocks: [{ kind: 'heading', text: 'Å'.repeat(200) }] });
    expect(header?.type).toBe('header');
    expect(header?.text?.type).toBe('plain_text');
    expect(header?.text?.text).toHaveLength(150);
    expect(header?.text?.text.endsWith('…')).toBe(true);
  });

  it('renders text as escaped mrkdwn, muted text as context, and skips empty text', () => {
    const blocks = render({
      blocks: [
        { kind: 'text', text: '*Klart!* <!here> & <@U1>' },
        { kind: 'text', text: 'liten text', muted: true },
        { kind: 'text', text: '   ' },
      ],
    });
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '*Klart!* &lt;!here&gt; &amp; &lt;@U1&gt;', verbatim: true },
    });
    expect(blocks[1]?.type).toBe('context');
  });

  it('cuts section text at 3,000 characters without breaking an escape', () => {
    const [section] = render({ blocks: [{ kind: 'text', text: `${'a'.repeat(2998)}&&&&` }] });
    const text = section?.text?.text ?? '';
    expect(text.length).toBeLessThanOrEqual(slackLimits.sectionText);
    expect(text).toMatch(/a+(&amp;)*…$/);
  });

  it('splits fields into sections of at most 10, with bold escaped labels', () => {
    const fields = Array.from({ length: 23 }, (_, i) => ({ label: `F<${i}>`, value: `v${i}` }));
    const blocks = render({ blocks: [{ kind: 'fields', fields }] });
    expect(blocks.map((b) => b.fields?.length)).toEqual([10, 10, 3]);
    expect(blocks[0]?.fields?.[0]).toEqual({
      type: 'mrkdwn',
      text: '*F&lt;0&gt;*\nv0',
      verbatim: true,
    });
    const long = render({
      blocks: [{ kind: 'fields', fields: [{ label: 'x', value: 'y'.repeat(5000) }] }],
    });
    expect(long[0]?.fields?.[0]?.text.length).toBeLessThanOrEqual(slackLimits.fieldText);
  });

  it('renders buttons with ids unique in the message, encoded commands and labels ≤ 75', () => {
    const blocks = render({
      blocks: [
        {
          kind: 'actions',
          buttons: [
            {
              label: 'L'.repeat(100),
              command: 'forum.signup',
              args: { forum: '1' },
              style: 'primary',
            },
            { label: 'Program', command: 'forum.program', args: { forum: '1' } },
          ],
        },
        {
          kind: 'actions',
          buttons: [{ label: 'Avboka', command: 'forum.cancel', style: 'danger' }],
        },
        { kind: 'actions', buttons: [] },
      ],
    });
    expect(blocks).toHaveLength(2);
    const buttons = blocks.flatMap((b) => b.elements ?? []);
    expect(buttons.map((b) => b.action_id)).toEqual(['forumbot:0', 'forumbot:1', 'forumbot:2']);
    expect(buttons[0]?.text.text).toHaveLength(75);
    expect(buttons[0]?.style).toBe('primary');
    expect(buttons[1]?.style).toBeUndefined();
    expect(buttons[2]?.style).toBe('danger');
    expect(decodeButtonValue(buttons[0]?.value)).toEqual({ c: 'forum.signup', a: { forum: '1' } });
    expect(decodeButtonValue(buttons[2]?.value)).toEqual({ c: 'forum.cancel', a: {} });
  });

  it('puts at most 25 buttons in one actions block', () => {
    const buttons = Array.from({ length: 30 }, (_, i) => ({ label: `${i}`, command: 'help' }));
    const blocks = render({ blocks: [{ kind: 'actions', buttons }] });
    expect(blocks.map((b) => b.elements?.length)).toEqual([25, 5]);
  });

  it('keeps a message to 50 blocks (100 for Home and modals)', () => {
    const view: View = {
      blocks: Array.from({ length: 120 }, (_, i) => ({ kind: 'text' as const, text: `${i}` })),
    };
    expect(render(view)).toHaveLength(50);
    expect(render(view, slackLimits.surfaceBlocks)).toHaveLength(100);
  });
});

describe('renderMessage', () => {
  it('adds an escaped plain-text fallback of what the blocks say', () => {
    const message = renderMessage({
      blocks: [
        { kind: 'heading', text: 'Framtidsforum 2027' },
        { kind: 'fields', fields: [{ label: 'Kost', value: '<!channel>' }] },
        { kind: 'actions', buttons: [{ label: 'Anmäl mig', command: 'forum.signup' }] },
      ],
    });
    expect(message.text).toBe('Framtidsforum 2027\nKost: &lt;!channel&gt;');
    expect(message.blocks).toHaveLength(3);
  });

  it('falls back to the button labels when a view has only buttons', () => {
    const view: View = {
      blocks: [{ kind: 'actions', buttons: [{ label: 'Anmälan', command: 'x' }] }],
    };
    expect(fallbackText(view)).toBe('Anmälan');
  });
});
