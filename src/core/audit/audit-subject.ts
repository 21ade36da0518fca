import type { Store } from '../../store/store.js';
import type { AuditSubject } from '../roles/access-table.js';

/** Ids, slugs and choices: what a button or a typed forum name carries, and nothing longer. */
const plain = /^[\p{L}\p{N}._:-]{1,60}$/u;

/**
 * The subject of an audit entry: the named arguments as `name=value`, in the table's order.
 * A value that is not plain (a forum typed by its title, anything with spaces) is written as
 * `…`: the log says a name was given, never what someone typed.
 */
export function auditSubject(
  subject: AuditSubject,
  args: Record<string, unknown>,
  store: Store,
): string {
  if (typeof subject === 'function') return subject(args, store).slice(0, 200);
  return subject
    .flatMap((name) => {
      const value = args[name];
      if (value === undefined || value === null || value === '') return [];
      const text = String(value);
      return [`${name}=${plain.test(text) ? text : '…'}`];
    })
    .join(' ');
}
