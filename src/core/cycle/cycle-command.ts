import { z } from 'zod';
import type { Command } from '../command.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { accessRefusal } from '../roles/access-refusal.js';
import { accessTable } from '../roles/access-table.js';
import { connectCommand, disconnectCommand } from './connect-commands.js';
import { feedCommand } from './feed-commands.js';
import { importPreviewCommand } from './import-commands.js';
import {
  listItemsCommand,
  pauseItemCommand,
  removeItemCommand,
  resumeItemCommand,
} from './item-commands.js';
import { editItemCommand, newItemCommand } from './item-form-commands.js';
import { showCycle } from './show-cycle.js';

/** What may follow "årshjul" when typed; buttons name the commands directly. */
const actions: { words: readonly string[]; command: Command; arg?: 'item' | 'target' }[] = [
  { words: ['koppla', 'connect'], command: connectCommand, arg: 'target' },
  { words: ['frånkoppla', 'frankoppla', 'disconnect'], command: disconnectCommand },
  { words: ['ny', 'nytt', 'new', 'add'], command: newItemCommand },
  { words: ['ändra', 'andra', 'redigera', 'edit'], command: editItemCommand, arg: 'item' },
  { words: ['pausa', 'pause'], command: pauseItemCommand, arg: 'item' },
  { words: ['återuppta', 'aterupta', 'resume'], command: resumeItemCommand, arg: 'item' },
  { words: ['radera', 'remove', 'delete'], command: removeItemCommand, arg: 'item' },
  { words: ['punkter', 'items'], command: listItemsCommand },
  { words: ['kalender', 'flöde', 'flode', 'feed', 'ics'], command: feedCommand },
  { words: ['importera', 'import'], command: importPreviewCommand },
];

/** "koppla bort" and "ta bort" are two words in Swedish; they are read as one here. */
function words(rest: string): string[] {
  return rest
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .join(' ')
    .replace(/^koppla bort\b/i, 'frånkoppla')
    .replace(/^ta bort\b/i, 'radera')
    .split(' ')
    .filter(Boolean);
}

/** Runs the command a typed action names, with the same access check the dispatcher makes. */
async function runAction(ctx: CommandContext, action: string, rest: string) {
  const entry = actions.find((a) => a.words.includes(action.toLowerCase()));
  if (!entry) throw new UserError('cycle.error.unknownAction', { word: action.slice(0, 40) });
  const { command } = entry;
  const refusal = accessRefusal(accessTable[command.id], ctx.roles);
  if (refusal) throw new UserError(refusal);
  if (entry.arg === 'item' && !rest) throw new UserError('cycle.error.whichItem', { word: action });
  const args = command.args.parse(entry.arg ? { [entry.arg]: rest } : {});
  const reply = await command.run(ctx, args);
  return command.personal ? { ...reply, personal: true } : reply;
}

/**
 * "årshjul": the next 90 days of the annual cycle. Followed by a word, the coordinators'
 * actions: "årshjul koppla", "årshjul ny", "årshjul ändra <id>", "årshjul pausa <id>",
 * "årshjul ta bort <id>", "årshjul punkter", "årshjul kalender", "årshjul importera".
 */
export const cycleCommand = defineCommand({
  id: 'cycle.show',
  words: ['årshjul', 'arshjul', 'årshjulet', 'arshjulet', 'cycle'],
  fromText: (rest) => {
    const [action, ...more] = words(rest);
    return action ? { action, rest: more.join(' ') } : {};
  },
  args: z.object({
    action: z.string().max(40).optional(),
    rest: z.string().max(200).default(''),
  }),
  run: (ctx, args) => (args.action ? runAction(ctx, args.action, args.rest) : showCycle(ctx)),
});
