import type { Store } from '../../store/store.js';
import type { Role } from './role.js';

/**
 * Who may run a command, as the dispatcher enforces it:
 * - `anyone`: everyone; nothing in it belongs to another person (the forum list, help);
 * - `self`: everyone, on their own data only: the command finds the registration, invitation,
 *   offer, input or vote by the asker, never by an id alone (`only` says which check);
 * - a role: holders of that role, or of one that includes it (an admin can do what a
 *   coordinator can, a coordinator what a facilitator can).
 */
export type Who = 'anyone' | 'self' | Role;

/**
 * What the audit log records about a run (see src/core/audit/): the arguments named here,
 * or what the function makes of them. Ids, slugs and choices only; never free text.
 */
export type AuditSubject =
  | readonly string[]
  | ((args: Record<string, unknown>, store: Store) => string);

export interface Access {
  who: Who;
  /** The per-object rule the command itself checks, in a few words (for the README's table). */
  only?: string;
  /**
   * The command shows, exports or changes other people's personal data: each run by someone
   * holding a role is recorded in the audit log, with these arguments as its subject.
   */
  audit?: AuditSubject;
}

const anyone: Access = { who: 'anyone' };
const self = (only: string): Access => ({ who: 'self', only });
const admin: Access = { who: 'admin' };
const coordinator: Access = { who: 'coordinator' };
const facilitator: Access = { who: 'facilitator' };
const audited = (access: Access, subject: AuditSubject = []): Access => ({
  ...access,
  audit: subject,
});

const ownRegistration = self('own registration');
const ownInvitation = self('own invitation');
const ownOffer = self('own seat offer');
const itemOwner = self('item owner, its role or channel, or a coordinator');
const visibleRound = self('a round they can see');
const ownInput = self('own input');
const contact = self('contact of the organisation');

/**
 * The one table of who may do what. Every command has a line: the dispatcher refuses a
 * command that has none, and test/core/roles/access-table.test.ts walks every line with
 * every role. A new command is added here, deliberately, or it does not run.
 */
export const accessTable: Readonly<Record<string, Access>> = {
  help: anyone,
  home: self('own registrations'),
  'forum.list': anyone,
  'forum.program': anyone,
  'forum.signup': ownRegistration,
  'forum.change': ownRegistration,
  'forum.signup.submit': ownRegistration,
  'forum.my': ownRegistration,
  'forum.cancel': ownRegistration,
  'forum.cancel.confirm': ownRegistration,
  'forum.cancel.keep': ownRegistration,
  'forum.changeRequest.submit': ownRegistration,

  'roles.list': audited(admin),
  'roles.grant': admin,
  'roles.grant.submit': audited(admin, (args, store) => {
    const email = typeof args.email === 'string' ? args.email.trim().toLowerCase() : '';
    const person = store.people.findByEmail(email);
    return `person=${person?.id ?? '?'} role=${String(args.role)}`;
  }),
  'roles.revoke': audited(admin, ['person', 'role']),

  'editions.list': coordinator,
  'editions.new': coordinator,
  'editions.edit': coordinator,
  'editions.save': coordinator,
  'file.received': audited(coordinator),
  'guests.list': audited(coordinator, ['forum', 'page']),
  'guests.match': audited(coordinator, ['forum']),
  'invitations.send': coordinator,
  'invitations.send.confirm': audited(coordinator, ['forum']),
  'invitations.send.cancel': coordinator,
  'invitations.status': audited(coordinator, ['forum']),
  'invitation.yes': ownInvitation,
  'invitation.no': ownInvitation,
  'invitation.substitute': ownInvitation,
  'invitation.substitute.submit': ownInvitation,
  'waitlist.accept': ownOffer,
  'waitlist.decline': ownOffer,

  'attendance.checkin': ownRegistration,
  'attendance.checkin.submit': ownRegistration,
  'attendance.code': coordinator,
  'attendance.list': audited(coordinator, ['forum', 'page']),
  'attendance.search': audited(coordinator, ['forum']),
  'attendance.mark': audited(coordinator, ['registration', 'day']),
  'attendance.unmark': audited(coordinator, ['registration', 'day']),
  'figures.tally': coordinator,
  'figures.catering': audited(coordinator, ['forum']),
  'figures.export': audited(coordinator, ['forum', 'format']),
  'figures.participation': coordinator,
  'evaluation.rate': self('own rating, after attending'),
  'evaluation.comment': self('own rating, after attending'),
  'evaluation.summary': coordinator,
  'evaluation.export': coordinator,

  'cycle.show': { who: 'anyone', only: 'its actions check this table' },
  'cycle.done': itemOwner,
  'cycle.reopen': itemOwner,
  'cycle.snooze': itemOwner,
  'cycle.reassign': itemOwner,
  'cycle.reassign.save': audited(itemOwner, ['item']),
  'cycle.items': coordinator,
  'cycle.item.new': coordinator,
  'cycle.item.edit': coordinator,
  'cycle.item.save': coordinator,
  'cycle.item.pause': coordinator,
  'cycle.item.resume': coordinator,
  'cycle.item.remove': coordinator,
  'cycle.item.remove.confirm': coordinator,
  'cycle.connect': coordinator,
  'cycle.disconnect': coordinator,
  'cycle.feed': coordinator,
  'cycle.feed.rotate': coordinator,
  'cycle.feed.rotate.confirm': coordinator,
  'cycle.import': coordinator,
  'cycle.import.confirm': coordinator,

  'rounds.new': facilitator,
  'rounds.new.submit': facilitator,
  'rounds.list': { who: 'anyone', only: 'rounds they took part in; facilitators all' },
  'rounds.manage': facilitator,
  'rounds.input': visibleRound,
  'rounds.input.submit': visibleRound,
  'rounds.input.edit': ownInput,
  'rounds.input.withdraw': ownInput,
  'rounds.input.withdraw.confirm': ownInput,
  'rounds.input.keep': ownInput,
  'conversation.reply': self('a round in this conversation'),
  'rounds.mine': ownInput,
  'rounds.inputs': audited(facilitator, ['round', 'page']),
  'rounds.hide': facilitator,
  'rounds.hide.submit': audited(facilitator, ['input']),
  'rounds.unhide': audited(facilitator, ['input']),
  'rounds.retag': facilitator,
  'rounds.retag.submit': facilitator,
  'rounds.merge': facilitator,
  'rounds.merge.submit': facilitator,
  'rounds.unmerge': facilitator,
  'rounds.voting.start': facilitator,
  'rounds.voting.start.submit': facilitator,
  'rounds.voting.stop': facilitator,
  'rounds.results': { who: 'anyone', only: 'a round they can see, once voting has ended' },
  'rounds.ballot': visibleRound,
  'rounds.vote': visibleRound,
  'rounds.unvote': visibleRound,
  'rounds.orgs': facilitator,
  'rounds.orgs.submit': audited(facilitator, ['round']),
  'rounds.orgs.file': audited(facilitator, ['round']),
  'rounds.answer': contact,
  'rounds.answer.submit': contact,
  'rounds.moretime': contact,
  'rounds.moretime.submit': contact,
  'rounds.extend': facilitator,
  'rounds.extend.submit': audited(facilitator, ['round', 'org']),
  'rounds.status': audited(facilitator, ['round']),
  'rounds.close': facilitator,
  'rounds.close.confirm': facilitator,
  'rounds.export': audited(facilitator, ['round', 'format']),

  'privacy.mydata': self('own data'),
  'privacy.erase': self('own data'),
  'privacy.erase.confirm': self('own data: the button must name the asker'),
  'privacy.erase.keep': self('own data'),
  'privacy.eraseOther': audited(admin, (args, store) => {
    const email = typeof args.email === 'string' ? args.email : '';
    return `person=${store.people.findByEmail(email)?.id ?? '?'}`;
  }),
  'privacy.eraseOther.confirm': audited(admin, ['person']),

  'backup.make': audited(admin),
  'audit.log': audited(admin, ['page']),
  'audit.export': audited(admin),
};
