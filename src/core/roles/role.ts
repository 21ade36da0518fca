/**
 * What a person may do beyond their own registration. Admins manage roles; coordinators own
 * forums, guest lists and the annual cycle; facilitators run consultation rounds.
 */
export const roles = ['admin', 'coordinator', 'facilitator'] as const;
export type Role = (typeof roles)[number];

/** Each role also holds the ones it manages: an admin can do what a coordinator can. */
const includes: Record<Role, readonly Role[]> = {
  admin: ['admin', 'coordinator', 'facilitator'],
  coordinator: ['coordinator', 'facilitator'],
  facilitator: ['facilitator'],
};

export const hasRole = (held: Iterable<Role>, needed: Role): boolean =>
  [...held].some((role) => includes[role].includes(needed));
