import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { editEditionCommand, newEditionCommand, saveEditionCommand } from './edition-commands.js';
import { listEditionsCommand } from './list-editions-command.js';

export { type FileProblem, ForumFileError, importForumFile } from './import-forum-file.js';

/** Forum editions: coordinators create and change forums, in chat or from a file. */
export const editionsCommands: readonly Command[] = [
  listEditionsCommand,
  newEditionCommand,
  editEditionCommand,
  saveEditionCommand,
];
export const editionsJobs: readonly Job[] = [];
