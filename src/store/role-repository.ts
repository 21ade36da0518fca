import type { Role } from '../core/roles/role.js';
import type { Db } from './open-database.js';

export type RoleRepository = ReturnType<typeof roleRepository>;

export function roleRepository(db: Db) {
  const of = db.prepare<[number], { role: Role }>('SELECT role FROM roles WHERE person_id = ?');
  const grant = db.prepare<[number, Role, number | null, string]>(
    `INSERT INTO roles (person_id, role, granted_by, granted_at) VALUES (?, ?, ?, ?)
     ON CONFLICT DO NOTHING`,
  );
  const revoke = db.prepare<[number, Role]>('DELETE FROM roles WHERE person_id = ? AND role = ?');
  const holders = db.prepare<[], { person_id: number; role: Role }>(
    'SELECT person_id, role FROM roles ORDER BY role, person_id',
  );
  return {
    of: (personId: number): Role[] => of.all(personId).map((r) => r.role),
    /** True when the role was new to the person. */
    grant: (personId: number, role: Role, grantedBy: number | null, now: string) =>
      grant.run(personId, role, grantedBy, now).changes === 1,
    revoke: (personId: number, role: Role) => revoke.run(personId, role).changes === 1,
    all: () => holders.all().map((r) => ({ personId: r.person_id, role: r.role })),
  };
}
