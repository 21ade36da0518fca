import type { Command } from '../command.js';
import { cancelCommand, confirmCancelCommand, keepRegistrationCommand } from './cancel-commands.js';
import { homeCommand } from './home-command.js';
import { listForumsCommand } from './list-forums-command.js';
import { myRegistrationCommand } from './my-registration-command.js';
import { programCommand } from './program-command.js';
import { changeCommand, signupCommand } from './signup-command.js';
import { submitSignupCommand } from './submit-signup-command.js';

/** Forums and signing up: everything a participant does before the day. */
export const forumCommands: readonly Command[] = [
  homeCommand,
  listForumsCommand,
  programCommand,
  signupCommand,
  changeCommand,
  submitSignupCommand,
  myRegistrationCommand,
  cancelCommand,
  confirmCancelCommand,
  keepRegistrationCommand,
];
