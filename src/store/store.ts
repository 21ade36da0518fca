import { attendanceRepository } from './attendance-repository.js';
import { auditRepository } from './audit-repository.js';
import { conversationRepository } from './conversation-repository.js';
import { cycleNudgeRepository } from './cycle-nudge-repository.js';
import { cycleRepository } from './cycle-repository.js';
import { deliveryRepository } from './delivery-repository.js';
import { downloadRepository } from './download-repository.js';
import { evaluationRepository } from './evaluation-repository.js';
import { forumRepository } from './forum-repository.js';
import { inviteeRepository } from './invitee-repository.js';
import type { Db } from './open-database.js';
import { outboxRepository } from './outbox-repository.js';
import { personRepository } from './person-repository.js';
import { privacyRepository } from './privacy-repository.js';
import { registrationRepository } from './registration-repository.js';
import { roleRepository } from './role-repository.js';
import { roundActionRepository } from './round-action-repository.js';
import { roundInputRepository } from './round-input-repository.js';
import { roundOrganisationRepository } from './round-organisation-repository.js';
import { roundRepository } from './round-repository.js';
import { roundVoteRepository } from './round-vote-repository.js';

export type Store = ReturnType<typeof createStore>;

/** The repositories over one database, and a way to run several writes as one. */
export function createStore(db: Db) {
  return {
    db,
    people: personRepository(db),
    forums: forumRepository(db),
    registrations: registrationRepository(db),
    conversations: conversationRepository(db),
    roles: roleRepository(db),
    invitees: inviteeRepository(db),
    attendance: attendanceRepository(db),
    evaluations: evaluationRepository(db),
    outbox: outboxRepository(db),
    downloads: downloadRepository(db),
    cycle: cycleRepository(db),
    cycleNudges: cycleNudgeRepository(db),
    rounds: roundRepository(db),
    roundInputs: roundInputRepository(db),
    roundVotes: roundVoteRepository(db),
    roundOrganisations: roundOrganisationRepository(db),
    roundActions: roundActionRepository(db),
    privacy: privacyRepository(db),
    deliveries: deliveryRepository(db),
    audit: auditRepository(db),
    /**
     * Copies the whole database into a new file at `path` with SQLite's online backup API:
     * one consistent moment, while this and other processes keep reading and writing.
     */
    backup: (path: string): Promise<unknown> => db.backup(path),
    /**
     * Runs `fn` in an IMMEDIATE transaction: the write lock is taken at the start, so a
     * check-then-write (is there a seat left?) cannot interleave with another process's.
     */
    transaction: <T>(fn: () => T): T => db.transaction(fn).immediate(),
  };
}
