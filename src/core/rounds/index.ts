import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { answerCommand, submitAnswerCommand } from './answer-commands.js';
import { ballotCommand, unvoteCommand, voteCommand } from './ballot-commands.js';
import { closeCommand, confirmCloseCommand } from './close-commands.js';
import { closeRoundsJob } from './close-rounds-job.js';
import { exportRoundCommand } from './export-command.js';
import { extendCommand, submitExtendCommand } from './extend-commands.js';
import { listInputsCommand } from './facilitator-inputs-command.js';
import { hideInputCommand, submitHideInputCommand, unhideInputCommand } from './hide-commands.js';
import {
  confirmWithdrawInputCommand,
  editInputCommand,
  giveInputCommand,
  keepInputCommand,
  submitInputCommand,
  withdrawInputCommand,
} from './input-commands.js';
import { listRoundsCommand, manageRoundCommand } from './list-commands.js';
import { mergeCommand, submitMergeCommand } from './merge-commands.js';
import { myInputsCommand } from './mine-command.js';
import { moreTimeCommand, submitMoreTimeCommand } from './more-time-commands.js';
import { newRoundCommand, saveRoundCommand } from './open-round-commands.js';
import {
  organisationsCommand,
  organisationsFileCommand,
  submitOrganisationsCommand,
} from './organisation-commands.js';
import { remissRemindersJob } from './remiss-reminders-job.js';
import { conversationReplyCommand } from './reply-command.js';
import { statusCommand } from './status-command.js';
import { retagInputCommand, submitRetagInputCommand, unmergeInputCommand } from './tag-commands.js';
import {
  resultsCommand,
  startVotingCommand,
  stopVotingCommand,
  submitStartVotingCommand,
} from './voting-commands.js';

/**
 * Consultation rounds: workshops, dialogues and remisses. Facilitators open and sort them;
 * participants give, change and withdraw inputs (by form or by replying to the round's
 * message) and prioritise; remiss organisations answer once each.
 */
export const roundsCommands: readonly Command[] = [
  newRoundCommand,
  saveRoundCommand,
  listRoundsCommand,
  manageRoundCommand,
  giveInputCommand,
  submitInputCommand,
  editInputCommand,
  withdrawInputCommand,
  confirmWithdrawInputCommand,
  keepInputCommand,
  conversationReplyCommand,
  myInputsCommand,
  listInputsCommand,
  hideInputCommand,
  submitHideInputCommand,
  unhideInputCommand,
  retagInputCommand,
  submitRetagInputCommand,
  mergeCommand,
  submitMergeCommand,
  unmergeInputCommand,
  startVotingCommand,
  submitStartVotingCommand,
  stopVotingCommand,
  resultsCommand,
  ballotCommand,
  voteCommand,
  unvoteCommand,
  organisationsCommand,
  submitOrganisationsCommand,
  organisationsFileCommand,
  answerCommand,
  submitAnswerCommand,
  moreTimeCommand,
  submitMoreTimeCommand,
  extendCommand,
  submitExtendCommand,
  statusCommand,
  closeCommand,
  confirmCloseCommand,
  exportRoundCommand,
];

/** Reminders go before closing, so a remiss's last reminder is never queued after its close. */
export const roundsJobs: readonly Job[] = [remissRemindersJob, closeRoundsJob];
