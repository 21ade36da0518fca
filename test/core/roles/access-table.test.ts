import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Address, Reply } from '../../../src/core/chat.js';
import { defineCommand } from '../../../src/core/command.js';
import { allCommands } from '../../../src/core/commands.js';
import { createDispatcher } from '../../../src/core/dispatcher.js';
import { translator } from '../../../src/core/i18n/translate.js';
import { silentLogger } from '../../../src/core/logger.js';
import { accessTable } from '../../../src/core/roles/access-table.js';
import { hasRole, type Role } from '../../../src/core/roles/role.js';
import { fixedClock } from '../../../src/core/time/clock.js';
import { base64, guestListCsv } from '../../helpers/guest-list-csv.js';
import { testApp, testNow, timeZone } from '../../helpers/test-store.js';
import { day1 } from '../attendance/season-fixture.js';
import {
  actors,
  buildWorld,
  channel,
  type Fresh,
  formValues,
  ollesDiet,
  personalChat,
  type RoleName,
  roleNames,
  type World,
} from './access-world.js';

type Args = Record<string, unknown>;
/** Runs a command as the admin on the same copy, to get a form's values or a button's. */
type AsAdmin = (id: string, args?: Args, at?: Address) => Promise<Reply>;

interface Case {
  /** Arguments that would make the command succeed for someone the table lets in. */
  args?: (w: World, asAdmin: AsAdmin, me: number) => Args | Promise<Args>;
  /** When, if not at the test clock's time (a Sunday in November, registration open). */
  now?: string;
  /** Where it is run from: the person's own chat unless the command belongs in a channel. */
  at?: 'channel';
  /**
   * Roles the command's own check refuses with these arguments although the table lets them
   * in (the data is someone else's), or, for every role, why success is not asked for here.
   */
  refusedInside?: readonly RoleName[] | string;
}

const s = String;
const signupValues = { organisation: 'Kumla kommun', roleTitle: 'Chef', invoiceReference: 'KK-1' };
const W = (w: World) => s(w.workshop.id);
const R = (w: World) => s(w.remiss.id);
const F = (w: World) => s(w.forumId);
const everyone = roleNames;
const notCoordinators = ['facilitator', 'participant'] as const;
const viaForm = async (
  asAdmin: AsAdmin,
  id: string,
  args: Args,
  values: Args = {},
  at?: Address,
) => ({ ...formValues(await asAdmin(id, args, at)), ...values });

/**
 * Every command with arguments that would succeed. Olle's data is never the asker's, so the
 * commands about one's own things are refused inside for everyone: those refusals are what the
 * per-object tests below look at closely.
 */
const cases: Record<string, Case> = {
  help: {},
  home: {},
  'forum.list': {},
  'forum.program': { args: (w) => ({ forum: F(w) }) },
  'forum.signup': { args: (w) => ({ forum: F(w) }) },
  'forum.change': { args: (w) => ({ forum: F(w) }), refusedInside: everyone },
  'forum.signup.submit': {
    args: (w, asAdmin) => viaForm(asAdmin, 'forum.signup', { forum: F(w) }, signupValues),
  },
  'forum.my': { args: (w) => ({ forum: F(w), person: s(w.olleId) }) },
  'forum.cancel': { args: (w) => ({ forum: F(w) }), refusedInside: everyone },
  'forum.cancel.confirm': { args: (w) => ({ forum: F(w) }), refusedInside: everyone },
  'forum.cancel.keep': { args: (w) => ({ forum: F(w) }) },
  'forum.changeRequest.submit': { args: (w) => ({ forum: F(w), text: 'Lunch dag 2 utgår' }) },

  'roles.list': {},
  'roles.grant': {},
  'roles.grant.submit': { args: () => ({ email: 'ny@kumla.se', role: 'coordinator' }) },
  'roles.revoke': { args: (w) => ({ person: s(w.fiaId), role: 'facilitator' }) },

  'editions.list': {},
  'editions.new': {},
  'editions.edit': { args: (w) => ({ forum: F(w) }) },
  'editions.save': { args: (w, asAdmin) => viaForm(asAdmin, 'editions.edit', { forum: F(w) }) },
  'file.received': {
    args: () => ({
      name: 'gäster.csv',
      mediaType: 'text/csv',
      base64: base64(guestListCsv(2)),
      caption: '',
    }),
  },
  'guests.list': { args: (w) => ({ forum: F(w) }) },
  'guests.match': { args: (w) => ({ forum: F(w) }) },
  'invitations.send': { args: (w) => ({ forum: F(w) }) },
  'invitations.send.confirm': { args: (w) => ({ forum: F(w) }) },
  'invitations.send.cancel': { args: (w) => ({ forum: F(w) }) },
  'invitations.status': { args: (w) => ({ forum: F(w) }) },
  'invitation.yes': { args: (w) => ({ invitee: s(w.olleInviteeId) }), refusedInside: everyone },
  'invitation.no': { args: (w) => ({ invitee: s(w.olleInviteeId) }), refusedInside: everyone },
  'invitation.substitute': {
    args: (w) => ({ invitee: s(w.olleInviteeId) }),
    refusedInside: everyone,
  },
  'invitation.substitute.submit': {
    args: (w) => ({ invitee: s(w.olleInviteeId), name: 'Kim', email: 'kim@lekeberg.se' }),
    refusedInside: everyone,
  },
  'waitlist.accept': {
    args: (w) => ({ registration: s(w.olleRegistration.id) }),
    refusedInside: everyone,
  },
  'waitlist.decline': {
    args: (w) => ({ registration: s(w.olleRegistration.id) }),
    refusedInside: everyone,
  },

  'attendance.checkin': {
    args: (w) => ({ forum: F(w) }),
    refusedInside: 'check-in opens on the forum’s days, in March',
  },
  'attendance.checkin.submit': {
    args: (w) => ({ forum: F(w), code: '1234' }),
    refusedInside: 'check-in opens on the forum’s days, in March',
  },
  'attendance.code': { args: (w) => ({ forum: F(w) }) },
  'attendance.list': { args: (w) => ({ forum: F(w) }) },
  'attendance.search': { args: (w) => ({ forum: F(w), filter: 'Olle' }) },
  'attendance.mark': {
    args: (w) => ({ forum: F(w), registration: s(w.olleRegistration.id), day: '1' }),
    now: day1,
  },
  'attendance.unmark': {
    args: async (w, asAdmin) => {
      const args = { forum: F(w), registration: s(w.olleRegistration.id), day: '1' };
      await asAdmin('attendance.mark', args);
      return args;
    },
    now: day1,
  },
  'figures.tally': { args: (w) => ({ forum: F(w) }) },
  'figures.catering': { args: (w) => ({ forum: F(w) }) },
  'figures.export': { args: (w) => ({ forum: F(w), format: 'csv' }) },
  'figures.participation': { args: (w) => ({ forum: F(w) }) },
  'evaluation.rate': {
    args: (w) => ({ forum: F(w), rating: '4' }),
    refusedInside: 'the evaluation opens after the forum, for those who attended',
  },
  'evaluation.comment': {
    args: (w) => ({ forum: F(w), comment: 'Bra' }),
    refusedInside: 'the evaluation opens after the forum, for those who attended',
  },
  'evaluation.summary': { args: (w) => ({ forum: F(w) }) },
  'evaluation.export': {
    args: (w) => ({ forum: F(w), format: 'csv' }),
    refusedInside: 'an export needs five answers, and the forum has not been held',
  },

  'cycle.show': {},
  'cycle.done': {
    args: (w) => ({ item: w.ollesItem, date: '2026-11-25' }),
    refusedInside: notCoordinators,
  },
  'cycle.reopen': {
    args: (w) => ({ item: w.ollesItem, date: '2026-11-25' }),
    refusedInside: notCoordinators,
  },
  'cycle.snooze': {
    args: (w) => ({ item: w.ollesItem, date: '2026-11-25', days: '1' }),
    refusedInside: notCoordinators,
  },
  'cycle.reassign': { args: (w) => ({ item: w.ollesItem }), refusedInside: notCoordinators },
  'cycle.reassign.save': {
    args: (w) => ({ item: w.ollesItem, email: 'ny@lekeberg.se' }),
    refusedInside: notCoordinators,
  },
  'cycle.items': {},
  'cycle.item.new': {},
  'cycle.item.edit': { args: (w) => ({ item: w.coordinatorsItem }) },
  'cycle.item.save': {
    args: (w, asAdmin) => viaForm(asAdmin, 'cycle.item.edit', { item: w.coordinatorsItem }),
  },
  'cycle.item.pause': { args: (w) => ({ item: w.coordinatorsItem }) },
  'cycle.item.resume': {
    args: async (w, asAdmin) => {
      await asAdmin('cycle.item.pause', { item: w.coordinatorsItem });
      return { item: w.coordinatorsItem };
    },
  },
  'cycle.item.remove': { args: (w) => ({ item: w.coordinatorsItem }) },
  'cycle.item.remove.confirm': { args: (w) => ({ item: w.coordinatorsItem }) },
  'cycle.connect': { at: 'channel' },
  'cycle.disconnect': { at: 'channel' },
  'cycle.feed': {},
  'cycle.feed.rotate': {},
  'cycle.feed.rotate.confirm': {},
  'cycle.import': {},
  'cycle.import.confirm': {
    args: () => ({ hash: 'a'.repeat(64) }),
    refusedInside: 'the file has not changed since it was read, so no preview names this hash',
  },

  'rounds.new': { args: () => ({ kind: 'workshop' }), at: 'channel' },
  'rounds.new.submit': {
    args: (_w, asAdmin) =>
      viaForm(asAdmin, 'rounds.new', { kind: 'workshop' }, { title: 'T', prompts: 'P' }, channel),
    at: 'channel',
  },
  'rounds.list': {},
  'rounds.manage': { args: (w) => ({ round: W(w) }) },
  'rounds.input': { args: (w) => ({ round: W(w) }), at: 'channel' },
  'rounds.input.submit': { args: (w) => ({ round: W(w), text: 'En tanke' }), at: 'channel' },
  'rounds.input.edit': { args: (w) => ({ input: s(w.olleInput.id) }), refusedInside: everyone },
  'rounds.input.withdraw': {
    args: (w) => ({ input: s(w.olleInput.id) }),
    refusedInside: everyone,
  },
  'rounds.input.withdraw.confirm': {
    args: (w) => ({ input: s(w.olleInput.id) }),
    refusedInside: everyone,
  },
  'rounds.input.keep': { args: (w) => ({ input: s(w.olleInput.id) }), refusedInside: everyone },
  'conversation.reply': {
    args: () => ({ messageId: '1700000000.000100', text: 'Hej' }),
    at: 'channel',
  },
  'rounds.mine': {},
  'rounds.inputs': { args: (w) => ({ round: W(w) }) },
  'rounds.hide': { args: (w) => ({ input: s(w.olleInput.id) }) },
  'rounds.hide.submit': { args: (w) => ({ input: s(w.olleInput.id), reason: 'Dubblett' }) },
  'rounds.unhide': {
    args: async (w, asAdmin) => {
      const input = s(w.olleInput.id);
      await asAdmin('rounds.hide.submit', { input, reason: 'Dubblett' });
      return { input };
    },
  },
  'rounds.retag': { args: (w) => ({ input: s(w.olleInput.id) }) },
  'rounds.retag.submit': { args: (w) => ({ input: s(w.olleInput.id) }) },
  'rounds.merge': { args: (w) => ({ round: W(w) }) },
  'rounds.merge.submit': {
    args: (w) => ({ round: W(w), theme: 'new', title: 'Praktik', numbers: '1, 2' }),
  },
  'rounds.unmerge': {
    args: async (w, asAdmin) => {
      await asAdmin('rounds.merge.submit', {
        round: W(w),
        theme: 'new',
        title: 'Praktik',
        numbers: '1, 2',
      });
      return { input: s(w.olleInput.id) };
    },
  },
  'rounds.voting.start': { args: (w) => ({ round: W(w) }) },
  'rounds.voting.start.submit': { args: (w) => ({ round: W(w), votes: '3' }) },
  'rounds.voting.stop': {
    args: async (w, asAdmin) => {
      await asAdmin('rounds.voting.start.submit', { round: W(w), votes: '3' });
      return { round: W(w) };
    },
  },
  'rounds.results': {
    args: async (w, asAdmin) => {
      await asAdmin('rounds.voting.start.submit', { round: W(w), votes: '3' });
      await asAdmin('rounds.voting.stop', { round: W(w) });
      return { round: W(w) };
    },
    at: 'channel',
  },
  'rounds.ballot': {
    args: async (w, asAdmin) => {
      await asAdmin('rounds.voting.start.submit', { round: W(w), votes: '3' });
      return { round: W(w) };
    },
    at: 'channel',
  },
  'rounds.vote': {
    args: async (w, asAdmin) => {
      await asAdmin('rounds.voting.start.submit', { round: W(w), votes: '3' });
      return { round: W(w), target: `i${w.olleInput.id}` };
    },
    at: 'channel',
  },
  'rounds.unvote': {
    args: (w) => ({ round: W(w), target: `i${w.olleInput.id}` }),
    refusedInside: 'nobody has voted yet',
    at: 'channel',
  },
  'rounds.orgs': { args: (w) => ({ round: R(w) }) },
  'rounds.orgs.submit': {
    args: (w) => ({ round: R(w), organisations: 'Kumla kommun; Kommun; Kumla; kim@kumla.se; Kim' }),
  },
  'rounds.orgs.file': {
    args: (w) => ({
      round: R(w),
      name: 'remiss.csv',
      base64: base64(
        'organisation;organisationstyp;kommun;e-post;kontaktperson\nKumla kommun;Kommun;Kumla;kim@kumla.se;Kim\n',
      ),
    }),
  },
  'rounds.answer': { args: (w) => ({ round: R(w) }), refusedInside: everyone },
  'rounds.answer.submit': {
    args: (w) => ({ round: R(w), org: s(w.olleOrganisationId), text: 'Vårt svar' }),
    refusedInside: everyone,
  },
  'rounds.moretime': {
    args: (w) => ({ round: R(w), org: s(w.olleOrganisationId) }),
    refusedInside: everyone,
  },
  'rounds.moretime.submit': {
    args: (w) => ({ round: R(w), org: s(w.olleOrganisationId), date: '2027-06-30' }),
    refusedInside: everyone,
  },
  'rounds.extend': { args: (w) => ({ round: R(w), org: s(w.olleOrganisationId) }) },
  'rounds.extend.submit': {
    args: (w) => ({ round: R(w), org: s(w.olleOrganisationId), date: '2027-06-30', time: '12:00' }),
  },
  'rounds.status': { args: (w) => ({ round: R(w) }) },
  'rounds.close': { args: (w) => ({ round: W(w) }) },
  'rounds.close.confirm': { args: (w) => ({ round: W(w) }) },
  'rounds.export': { args: (w) => ({ round: W(w), format: 'csv' }) },

  'privacy.mydata': {},
  'privacy.erase': {},
  'privacy.erase.confirm': { args: (_w, _asAdmin, me) => ({ person: s(me) }) },
  'privacy.erase.keep': {},
  'privacy.eraseOther': { args: () => ({ email: actors.olle.email }) },
  'privacy.eraseOther.confirm': { args: (w) => ({ person: s(w.olleId) }) },

  'backup.make': {},
  'audit.log': {},
  'audit.export': {},
};

const held: Record<RoleName, Role[]> = {
  admin: ['admin'],
  coordinator: ['coordinator'],
  facilitator: ['facilitator'],
  participant: [],
};

/** What the table says, read independently of the dispatcher's own check. */
function tableLetsIn(commandId: string, role: RoleName): boolean {
  const access = accessTable[commandId];
  if (!access) return false;
  if (access.who === 'anyone' || access.who === 'self') return true;
  return hasRole(held[role], access.who);
}

const t = translator('sv');
const refusalText = (commandId: string) =>
  accessTable[commandId]?.who === 'facilitator'
    ? t('rounds.error.notFacilitator')
    : t('error.notAllowed');
const textOf = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')
    : JSON.stringify(reply.form);

describe('the access table', () => {
  it('has one line for every command, and no line for a command that does not exist', () => {
    const ids = allCommands.map((c) => c.id);
    expect(ids.filter((id) => !Object.hasOwn(accessTable, id))).toEqual([]);
    expect(Object.keys(accessTable).filter((id) => !ids.includes(id))).toEqual([]);
    // The walk below covers every command too.
    expect(ids.filter((id) => !Object.hasOwn(cases, id))).toEqual([]);
  });

  it('refuses a command that has no line in the table, without running it', async () => {
    const app = testApp();
    let ran = false;
    const unlisted = defineCommand({
      id: 'unlisted.command',
      args: (await import('zod')).z.object({}),
      run: () => {
        ran = true;
        return { kind: 'message', view: { blocks: [] } };
      },
    });
    const dispatcher = createDispatcher({
      store: app.store,
      clock: fixedClock(testNow),
      timeZone,
      logger: silentLogger,
      commands: [unlisted],
    });
    const reply = await dispatcher.run(actors.admin, 'unlisted.command', {});
    app.close();
    expect(reply.outcome).toBe('refused');
    expect(ran).toBe(false);
  });
});

describe('every command × every role, through the dispatcher', () => {
  let built: Awaited<ReturnType<typeof buildWorld>>;
  beforeAll(async () => {
    built = await buildWorld();
  });
  afterAll(() => built?.close());

  async function attempt(copy: Fresh, commandId: string, role: RoleName) {
    const c = cases[commandId] as Case;
    const actor = actors[role];
    const asAdmin: AsAdmin = (id, args = {}, at = personalChat(actors.admin)) =>
      copy.dispatcher.run(actors.admin, id, args, at);
    const me = built.world.ids[role];
    const args = (await c.args?.(built.world, asAdmin, me)) ?? {};
    copy.ran.clear();
    const auditBefore = copy.store.audit.count();
    const at = c.at === 'channel' ? channel : personalChat(actor);
    const reply = await copy.dispatcher.run(actor, commandId, args, at);
    await copy.dispatcher.settled();
    return { reply, ran: copy.ran.has(commandId), audited: copy.store.audit.count() > auditBefore };
  }

  const ids = allCommands.map((c) => c.id);
  it.each(ids)('%s', async (commandId) => {
    const c = cases[commandId] as Case;
    const outcomes: string[] = [];
    for (const role of roleNames) {
      const copy = built.fresh(c.now);
      try {
        const { reply, ran, audited } = await attempt(copy, commandId, role);
        const label = `${commandId} as ${role}`;
        if (!tableLetsIn(commandId, role)) {
          // Refused at the door of the core: the command never ran, nothing was recorded.
          expect(ran, label).toBe(false);
          expect(reply.outcome, label).toBe('refused');
          expect(textOf(reply), label).toBe(refusalText(commandId));
          expect(audited, label).toBe(false);
          outcomes.push(`${role}: refused by the table`);
          continue;
        }
        expect(ran, label).toBe(true);
        const inside = c.refusedInside;
        const expectRefusedInside = typeof inside === 'string' || inside?.includes(role) === true;
        if (expectRefusedInside) {
          expect(reply.outcome, `${label}: ${textOf(reply)}`).toBe('refused');
          expect(textOf(reply), label).not.toBe(refusalText(commandId));
          expect(audited, label).toBe(false);
        } else {
          expect(reply.outcome, `${label}: ${textOf(reply)}`).toBeUndefined();
          // A form that comes back with errors did nothing either, whatever its outcome says.
          expect(reply.kind === 'form' ? reply.form.errors : undefined, label).toBeUndefined();
          // Admins, coordinators and facilitators are recorded doing what the table marks.
          const marked = accessTable[commandId]?.audit !== undefined && role !== 'participant';
          expect(audited, label).toBe(marked);
        }
        outcomes.push(`${role}: ran`);
      } finally {
        copy.close();
      }
    }
    expect(outcomes).toHaveLength(roleNames.length);
  });
});

/**
 * What the table opens to someone with no role, written out a second time on purpose: opening
 * a command to everyone is a change to look at twice, so it has to be made in both places.
 */
const openToParticipants = [
  'help',
  'home',
  'forum.list',
  'forum.program',
  'forum.signup',
  'forum.change',
  'forum.signup.submit',
  'forum.my',
  'forum.cancel',
  'forum.cancel.confirm',
  'forum.cancel.keep',
  'forum.changeRequest.submit',
  'invitation.yes',
  'invitation.no',
  'invitation.substitute',
  'invitation.substitute.submit',
  'waitlist.accept',
  'waitlist.decline',
  'attendance.checkin',
  'attendance.checkin.submit',
  'evaluation.rate',
  'evaluation.comment',
  'cycle.show',
  'cycle.done',
  'cycle.reopen',
  'cycle.snooze',
  'cycle.reassign',
  'cycle.reassign.save',
  'rounds.list',
  'rounds.input',
  'rounds.input.submit',
  'rounds.input.edit',
  'rounds.input.withdraw',
  'rounds.input.withdraw.confirm',
  'rounds.input.keep',
  'conversation.reply',
  'rounds.mine',
  'rounds.results',
  'rounds.ballot',
  'rounds.vote',
  'rounds.unvote',
  'rounds.answer',
  'rounds.answer.submit',
  'rounds.moretime',
  'rounds.moretime.submit',
  'privacy.mydata',
  'privacy.erase',
  'privacy.erase.confirm',
  'privacy.erase.keep',
];

describe('what a participant can reach', () => {
  let built: Awaited<ReturnType<typeof buildWorld>>;
  beforeAll(async () => {
    built = await buildWorld();
  });
  afterAll(() => built?.close());

  const pelle = actors.participant;
  const mine = personalChat(pelle);
  /** Runs `work` on a fresh world and undoes it, whatever happens. */
  async function on(work: (f: Fresh, w: World) => Promise<void>, now?: string) {
    const f = built.fresh(now);
    try {
      await work(f, built.world);
    } finally {
      f.close();
    }
  }

  it('is exactly the commands listed as open to everyone', () => {
    const open = allCommands.map((c) => c.id).filter((id) => tableLetsIn(id, 'participant'));
    expect(open.sort()).toEqual([...openToParticipants].sort());
  });

  it('never shows or changes someone else’s registration, whatever the button says', () =>
    on(async (f, w) => {
      const forged = { forum: F(w), person: s(w.olleId), registration: s(w.olleRegistration.id) };
      const my = await f.dispatcher.run(pelle, 'forum.my', forged, mine);
      expect(textOf(my)).toContain('Du har ingen anmälan');
      expect(textOf(my)).not.toContain(ollesDiet);
      expect(textOf(my)).not.toContain('Lekebergs kommun');
      for (const id of ['forum.change', 'forum.cancel', 'forum.cancel.confirm']) {
        const reply = await f.dispatcher.run(pelle, id, forged, mine);
        expect(reply.outcome, id).toBe('refused');
        expect(textOf(reply), id).toBe('Du har ingen anmälan till Framtidsforum 2027.');
      }
      for (const id of ['waitlist.accept', 'waitlist.decline']) {
        const reply = await f.dispatcher.run(
          pelle,
          id,
          { registration: forged.registration },
          mine,
        );
        expect(reply.outcome, id).toBe('refused');
      }
      const invitation = await f.dispatcher.run(pelle, 'invitation.no', {
        invitee: s(w.olleInviteeId),
      });
      expect(invitation.outcome).toBe('refused');
      // A forged person in a sign-up is ignored: Pelle signs himself up, Olle is untouched.
      const form = await f.dispatcher.run(pelle, 'forum.signup', { forum: F(w) }, mine);
      const signed = await f.dispatcher.run(
        pelle,
        'forum.signup.submit',
        { ...formValues(form), ...signupValues, person: s(w.olleId) },
        mine,
      );
      expect(signed.outcome).toBeUndefined();
      const olles = f.store.registrations.find(w.forumId, w.olleId);
      expect(olles).toMatchObject({ status: 'registered', diet: ollesDiet });
      expect(f.store.registrations.find(w.forumId, w.ids.participant)?.organisation).toBe(
        'Kumla kommun',
      );
      expect(f.store.invitees.get(w.olleInviteeId)?.answer).toBeNull();
      // Nor can Pelle erase Olle by sending Olle's number with the erase button.
      await f.dispatcher.run(pelle, 'privacy.erase.confirm', { person: s(w.olleId) }, mine);
      expect(f.store.people.get(w.olleId)?.email).toBe(actors.olle.email);
    }));

  it('cannot see or export a guest list, the catering list or the figures', () =>
    on(async (f, w) => {
      for (const [id, extra] of [
        ['guests.list', {}],
        ['figures.export', { format: 'csv' }],
        ['figures.catering', {}],
        ['attendance.list', {}],
        ['invitations.status', {}],
      ] as const) {
        const reply = await f.dispatcher.run(pelle, id, { forum: F(w), ...extra }, mine);
        expect(reply.outcome, id).toBe('refused');
        expect(reply.attachments, id).toBeUndefined();
        expect(textOf(reply), id).toBe(t('error.notAllowed'));
      }
    }));

  it('cannot close, export, sort or read the inputs of a round someone else runs', () =>
    on(async (f, w) => {
      const round = W(w);
      const input = s(w.olleInput.id);
      for (const [id, args] of [
        ['rounds.close.confirm', { round }],
        ['rounds.export', { round, format: 'csv' }],
        ['rounds.inputs', { round }],
        ['rounds.hide.submit', { input, reason: 'Bort' }],
        ['rounds.merge.submit', { round, theme: 'new', title: 'T', numbers: '1, 2' }],
        ['rounds.voting.start.submit', { round, votes: '3' }],
        ['rounds.status', { round: R(w) }],
      ] as const) {
        const reply = await f.dispatcher.run(pelle, id, args, channel);
        expect(reply.outcome, id).toBe('refused');
        expect(textOf(reply), id).toBe(t('rounds.error.notFacilitator'));
      }
      // Nor withdraw Olle's input with a forged button.
      const withdraw = await f.dispatcher.run(pelle, 'rounds.input.withdraw.confirm', { input });
      expect(withdraw.outcome).toBe('refused');
      expect(f.store.rounds.get(w.workshop.id)?.closedAt).toBeNull();
      expect(f.store.roundInputs.get(w.olleInput.id)?.status).toBe('active');
      expect(f.store.roundInputs.themes(w.workshop.id)).toEqual([]);
    }));

  it('cannot edit, pause or remove the annual cycle, nor mark someone else’s nudge done', () =>
    on(async (f, w) => {
      const before = f.store.cycle.item(w.coordinatorsItem);
      for (const id of ['cycle.item.edit', 'cycle.item.pause', 'cycle.item.remove.confirm']) {
        const reply = await f.dispatcher.run(pelle, id, { item: w.coordinatorsItem }, mine);
        expect(reply.outcome, id).toBe('refused');
        expect(textOf(reply), id).toBe(t('error.notAllowed'));
      }
      // Typed, through "årshjul", the same table decides.
      const typed = await f.dispatcher.runText(
        pelle,
        `årshjul ta bort ${w.coordinatorsItem}`,
        mine,
      );
      expect(textOf(typed)).toBe(t('error.notAllowed'));
      expect(f.store.cycle.item(w.coordinatorsItem)).toEqual(before);
      const occurrence = { item: w.ollesItem, date: '2026-11-25' };
      for (const id of ['cycle.done', 'cycle.snooze', 'cycle.reassign.save']) {
        const reply = await f.dispatcher.run(
          pelle,
          id,
          { ...occurrence, days: '1', email: 'pelle@kumla.se' },
          mine,
        );
        expect(reply.outcome, id).toBe('refused');
        expect(textOf(reply), id).toContain('Olles rapport');
      }
      expect(f.store.cycleNudges.occurrence(w.ollesItem, '2026-11-25')).toBeUndefined();
      // A facilitator is no coordinator: the same refusal. The owner himself may.
      const frida = await f.dispatcher.run(actors.facilitator, 'cycle.done', occurrence);
      expect(frida.outcome).toBe('refused');
      const olle = await f.dispatcher.run(actors.olle, 'cycle.done', occurrence);
      expect(olle.outcome).toBeUndefined();
      expect(f.store.cycleNudges.occurrence(w.ollesItem, '2026-11-25')?.state).toBe('done');
    }));
});
