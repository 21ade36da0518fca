import type { Command } from '../command.js';
import type { Job } from '../schedule/job.js';
import {
  grantRoleCommand,
  listRolesCommand,
  revokeRoleCommand,
  submitGrantRoleCommand,
} from './role-commands.js';

/** Roles: an admin grants and takes away coordinator, facilitator and admin. */
export const rolesCommands: readonly Command[] = [
  listRolesCommand,
  grantRoleCommand,
  submitGrantRoleCommand,
  revokeRoleCommand,
];
export const rolesJobs: readonly Job[] = [];
