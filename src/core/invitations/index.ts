import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import { acceptInvitationCommand, declineInvitationCommand } from './answer-invitation-commands.js';
import { invitationStatusCommand } from './invitation-status-command.js';
import {
  cancelSendInvitationsCommand,
  confirmSendInvitationsCommand,
  sendInvitationsCommand,
} from './send-invitations-commands.js';
import { submitSubstituteCommand, substituteCommand } from './substitute-commands.js';

/** Invitations in chat: sending them, and the invitees' one-click answers. */
export const invitationsCommands: readonly Command[] = [
  sendInvitationsCommand,
  confirmSendInvitationsCommand,
  cancelSendInvitationsCommand,
  invitationStatusCommand,
  acceptInvitationCommand,
  declineInvitationCommand,
  substituteCommand,
  submitSubstituteCommand,
];
export const invitationsJobs: readonly Job[] = [];
