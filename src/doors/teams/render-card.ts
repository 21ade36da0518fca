import type {
  CardElementArray,
  IActionSet,
  IAdaptiveCard,
  IExecuteAction,
  IFactSet,
  ITextBlock,
} from '@microsoft/teams.cards';
import type { Block, Button, View } from '../../core/chat.js';
import { encodeCardData } from './card-data.js';
import { cardMarkdown, escapeCardMarkdown } from './escape-card-markdown.js';

export const cardSchemaUrl = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Teams renders Adaptive Cards up to schema 1.5; a higher version shows an error instead. */
export function adaptiveCard(body: CardElementArray): IAdaptiveCard {
  return { type: 'AdaptiveCard', $schema: cardSchemaUrl, version: '1.5', body };
}

/** A neutral message as an Adaptive Card. */
export function renderCard(view: View): IAdaptiveCard {
  return adaptiveCard(view.blocks.flatMap(renderBlock));
}

function renderBlock(block: Block): CardElementArray {
  switch (block.kind) {
    case 'heading':
      return [heading(block.text)];
    case 'text':
      return textBlocks(block.text, block.muted ? { isSubtle: true } : {});
    case 'fields':
      return [
        {
          type: 'FactSet',
          facts: block.fields.map((f) => ({
            title: escapeCardMarkdown(f.label),
            // Markdown needs a blank line for a line break.
            value: escapeCardMarkdown(f.value).replace(/\n+/g, '\n\n'),
          })),
        } satisfies IFactSet,
      ];
    case 'actions':
      return [{ type: 'ActionSet', actions: block.buttons.map(buttonAction) } satisfies IActionSet];
  }
}

export const heading = (text: string): ITextBlock => ({
  type: 'TextBlock',
  text: escapeCardMarkdown(text),
  size: 'Medium',
  weight: 'Bolder',
  wrap: true,
});

/**
 * One TextBlock per line: card markdown joins single line breaks into one paragraph, and a
 * blank line between blocks spaces them like paragraphs.
 */
export function textBlocks(text: string, style: Partial<ITextBlock> = {}): ITextBlock[] {
  const blocks: ITextBlock[] = [];
  let gap = false;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      gap = blocks.length > 0;
      continue;
    }
    const spacing: Partial<ITextBlock> =
      blocks.length === 0 ? {} : { spacing: gap ? 'Medium' : 'None' };
    blocks.push({ type: 'TextBlock', text: cardMarkdown(line), wrap: true, ...style, ...spacing });
    gap = false;
  }
  return blocks;
}

const actionStyle = { primary: 'positive', danger: 'destructive' } as const;

/**
 * A button runs its command through Action.Execute (in a personal chat the invoke answers
 * with the next card, which replaces this one; see answer-card-action.ts). Clients without Universal Actions fall back to Action.Submit,
 * which arrives as a message carrying the same data.
 */
export function buttonAction(button: Button): IExecuteAction {
  const data = encodeCardData(button.command, button.args);
  const style = button.style ? { style: actionStyle[button.style] } : {};
  return {
    type: 'Action.Execute',
    title: button.label,
    verb: button.command,
    data,
    ...style,
    fallback: { type: 'Action.Submit', title: button.label, data, ...style },
  };
}
