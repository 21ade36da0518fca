import { attendanceCommands } from './attendance/index.js';
import { auditCommands } from './audit/index.js';
import { backupCommands } from './backup/index.js';
import type { Command } from './command.js';
import { cycleCommands } from './cycle/capability.js';
import { editionsCommands } from './editions/index.js';
import { evaluationCommands } from './evaluation/index.js';
import { figuresCommands } from './figures/index.js';
import { forumCommands } from './forum/index.js';
import { guestsCommands } from './guests/index.js';
import { helpCommand } from './help/help-command.js';
import { invitationsCommands } from './invitations/index.js';
import { privacyCommands } from './privacy/index.js';
import { remindersCommands } from './reminders/index.js';
import { rolesCommands } from './roles/index.js';
import { roundsCommands } from './rounds/index.js';
import { waitlistCommands } from './waitlist/index.js';

/** Every capability registers its commands here, once; every door dispatches by id. */
export const allCommands: readonly Command[] = [
  helpCommand,
  ...forumCommands,
  ...rolesCommands,
  ...editionsCommands,
  ...guestsCommands,
  ...invitationsCommands,
  ...waitlistCommands,
  ...remindersCommands,
  ...attendanceCommands,
  ...figuresCommands,
  ...evaluationCommands,
  ...cycleCommands,
  ...roundsCommands,
  ...privacyCommands,
  ...auditCommands,
  ...backupCommands,
];
