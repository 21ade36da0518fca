import type { types } from '@slack/bolt';
import type { Button, View } from '../../core/chat.js';
import { encodeButtonValue } from './button-value.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { truncate } from './truncate.js';

type KnownBlock = types.KnownBlock;

/** Every button we render has this prefix, so one listener (`/^forumbot:/`) hears them all. */
export const actionIdPrefix = 'forumbot:';

/** Slack's documented limits; over any of them Slack refuses the whole message. */
export const slackLimits = {
  messageBlocks: 50,
  surfaceBlocks: 100, // modals and the Home tab
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fieldsPerSection: 10,
  buttonText: 75,
  elementsPerActions: 25,
} as const;

const plain = (text: string): types.PlainTextElement => ({ type: 'plain_text', text, emoji: true });

/**
 * Our mrkdwn, escaped and cut to size. `verbatim: true` stops Slack from turning bare
 * `@channel`, `#channel` and URLs in people's text into pings and links on its own.
 */
export const mrkdwn = (
  text: string,
  max: number = slackLimits.sectionText,
): types.MrkdwnElement => ({
  type: 'mrkdwn',
  text: truncate(escapeMrkdwn(text), max),
  verbatim: true,
});

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size),
  );

function renderButton(button: Button, index: number): types.Button {
  return {
    type: 'button',
    // Unique within the message: Slack refuses a message whose action ids repeat.
    action_id: `${actionIdPrefix}${index}`,
    text: plain(truncate(button.label, slackLimits.buttonText)),
    value: encodeButtonValue(button.command, button.args),
    ...(button.style ? { style: button.style } : {}),
  };
}

/**
 * Turns a neutral view into Block Kit. Empty texts are left out because Slack refuses a
 * section with no text; past `maxBlocks` the view is cut (the core keeps lists short, so
 * this is a safety net rather than a layout).
 */
export function renderBlocks(
  view: View,
  maxBlocks: number = slackLimits.messageBlocks,
): KnownBlock[] {
  const out: KnownBlock[] = [];
  let buttons = 0;
  for (const block of view.blocks) {
    switch (block.kind) {
      case 'heading':
        if (block.text.trim()) {
          out.push({ type: 'header', text: plain(truncate(block.text, slackLimits.headerText)) });
        }
        break;
      case 'text':
        if (!block.text.trim()) break;
        out.push(
          block.muted
            ? { type: 'context', elements: [mrkdwn(block.text)] }
            : { type: 'section', text: mrkdwn(block.text) },
        );
        break;
      case 'fields':
        for (const group of chunk(block.fields, slackLimits.fieldsPerSection)) {
          out.push({
            type: 'section',
            fields: group.map((f) => fieldText(f.label, f.value)),
          });
        }
        break;
      case 'actions':
        for (const group of chunk(block.buttons, slackLimits.elementsPerActions)) {
          out.push({ type: 'actions', elements: group.map((b) => renderButton(b, buttons++)) });
        }
        break;
    }
  }
  return out.slice(0, maxBlocks);
}

/** A field shows as a bold label over its value; both escaped, as they may be anyone's text. */
function fieldText(label: string, value: string): types.MrkdwnElement {
  const text = `*${escapeMrkdwn(label)}*\n${escapeMrkdwn(value)}`;
  return { type: 'mrkdwn', text: truncate(text, slackLimits.fieldText), verbatim: true };
}
