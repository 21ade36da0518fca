import type { MessageKey } from '../i18n/translate.js';
import type { Access } from './access-table.js';
import { hasRole, type Role } from './role.js';

/**
 * Why the table says no: the refusal's message key, or undefined when the command may run for
 * someone holding `held`. A command with no line in the table never runs: access is granted
 * on purpose, not by forgetting to restrict it. Per-object rules (whose registration, which
 * round) are the command's own, after this.
 */
export function accessRefusal(
  access: Access | undefined,
  held: ReadonlySet<Role>,
): MessageKey | undefined {
  if (!access) return 'error.notAllowed';
  if (access.who === 'anyone' || access.who === 'self') return undefined;
  if (hasRole(held, access.who)) return undefined;
  // Facilitators' commands are all about rounds, and the refusal says so in those words.
  return access.who === 'facilitator' ? 'rounds.error.notFacilitator' : 'error.notAllowed';
}
