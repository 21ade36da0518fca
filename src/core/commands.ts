import type { Command } from './command.js';
import { forumCommands } from './forum/index.js';
import { helpCommand } from './help/help-command.js';

/** Every capability registers its commands here, once; every door dispatches by id. */
export const allCommands: readonly Command[] = [helpCommand, ...forumCommands];
