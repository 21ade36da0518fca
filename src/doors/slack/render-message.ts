import type { types } from '@slack/bolt';
import type { Block, View } from '../../core/chat.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import { renderBlocks, slackLimits } from './render-blocks.js';
import { truncate } from './truncate.js';

export interface SlackMessage {
  blocks: types.KnownBlock[];
  text: string;
}

const linesOf = (block: Block): string[] => {
  if (block.kind === 'fields') return block.fields.map((f) => `${f.label}: ${f.value}`);
  if (block.kind === 'actions') return [];
  return [block.text];
};

/**
 * The plain `text` that goes with the blocks: Slack shows it in notifications and reads it
 * to screen readers, and warns (in the log) about every message sent without it. It is
 * mrkdwn too, so it is escaped like the blocks.
 */
export function fallbackText(view: View): string {
  const said = view.blocks.flatMap(linesOf).filter((line) => line.trim());
  // A view of buttons only still needs words for the notification: use their labels.
  const labels = view.blocks.flatMap((b) =>
    b.kind === 'actions' ? b.buttons.map((x) => x.label) : [],
  );
  const text = (said.length > 0 ? said : labels).join('\n');
  return truncate(escapeMrkdwn(text), slackLimits.sectionText);
}

/** A neutral view as a Slack message: blocks plus their text fallback. */
export function renderMessage(view: View): SlackMessage {
  return { blocks: renderBlocks(view), text: fallbackText(view) };
}
