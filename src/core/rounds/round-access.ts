import { z } from 'zod';
import type { Store } from '../../store/store.js';
import type { Address } from '../chat.js';
import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import { hasRole } from '../roles/role.js';
import { formatDateTime } from '../time/format-date.js';
import { authorKey, seal } from './author-key.js';
import type { Round, RoundInput, RoundOrganisation } from './round.js';

/** An id carried by a button: digits only, so a forged one is refused before anything runs. */
export const idArg = z.string().regex(/^\d{1,12}$/);
export const roundArgs = z.object({ round: idArg });
/** A person's pass for a round (see roundPass), carried by the buttons of their own replies. */
export const passArg = z.string().max(100).optional();
export const roundPassArgs = roundArgs.extend({ pass: passArg });
export const inputArgs = z.object({ input: idArg });

/** "rundor 3", "prioritera #3": a round's number after the command word. */
export const roundFromText = (rest: string) => {
  const match = /^#?(\d{1,12})$/.exec(rest.trim());
  return match ? { round: match[1] } : {};
};

export const isFacilitator = (ctx: CommandContext) => hasRole(ctx.roles, 'facilitator');

/**
 * Facilitators (and coordinators and admins, who hold the role too) run rounds. Anyone else
 * is told so in words about rounds, rather than the general "not for you".
 */
export function assertFacilitator(ctx: CommandContext): void {
  if (!isFacilitator(ctx)) throw new UserError('rounds.error.notFacilitator');
}

export function findRound(store: Store, id: string | number): Round {
  const round = store.rounds.get(Number(id));
  if (!round) throw new UserError('rounds.error.notFound');
  return round;
}

/** The round a facilitator's command names: for facilitators only, any round. */
export function managedRound(ctx: CommandContext, id: string | number): Round {
  assertFacilitator(ctx);
  return findRound(ctx.store, id);
}

/**
 * Whether the asker took part in a round: gave an input in it or put a dot on something
 * (found by their key), or, in a remiss, is the contact of an invited organisation.
 */
export function tookPart(ctx: CommandContext, round: Round): boolean {
  if (round.kind === 'remiss') {
    return ctx.store.roundOrganisations.listForContact(round.id, ctx.person.id).length > 0;
  }
  const key = keyOf(ctx, round.id);
  return (
    ctx.store.roundInputs.listByAuthor(round.id, key).length > 0 ||
    ctx.store.roundVotes.hasVoter(round.id, key)
  );
}

/**
 * A person's pass for a round: sealed with the round and the person, and put on the buttons
 * of a reply that only they see, made after they were found able to see the round. Such a
 * reply may be shown elsewhere than the round's conversation (a Slack modal is submitted
 * from none; Teams brings a ballot to the person's own chat), and its buttons still work
 * there, for them alone: a forged or forwarded pass is no pass.
 */
export const roundPass = (ctx: CommandContext, roundId: number) =>
  seal(ctx.store, `pass:${roundId}:${ctx.person.id}`, ctx.now);

/**
 * Whether the asker may reach a round at all. Facilitators reach every round; anyone else
 * one whose message is in the conversation they write from, one they took part in, or one
 * whose button with their pass (see roundPass) they pressed. A round in a channel they are
 * not in stays out of sight, whatever number they type.
 */
export function canSee(ctx: CommandContext, round: Round, pass?: string): boolean {
  if (isFacilitator(ctx)) return true;
  const here = ctx.address;
  if (here && here.platform === round.platform && here.conversationId === round.conversationId) {
    return true;
  }
  if (pass !== undefined && pass === roundPass(ctx, round.id)) return true;
  return tookPart(ctx, round);
}

/**
 * The round a participant's command names, if they may see it. One they may not is refused
 * as one that does not exist, so a typed number says nothing about the rounds there are.
 */
export function visibleRound(ctx: CommandContext, id: string | number, pass?: string): Round {
  const round = ctx.store.rounds.get(Number(id));
  if (!round || !canSee(ctx, round, pass)) throw new UserError('rounds.error.notFound');
  return round;
}

/** Dot-voting has started and not ended (closing a round ends it too). */
export const votingUnderWay = (round: Round) =>
  round.votingStartedAt !== null && round.votingEndedAt === null;

/**
 * When a round stops taking inputs. A remiss runs until the last extension granted to one of
 * its organisations; each organisation still has only its own deadline.
 */
export function closingTime(store: Store, round: Round): string {
  if (round.kind !== 'remiss') return round.closesAt;
  const latest = store.roundOrganisations.latestDeadline(round.id);
  return latest && latest > round.closesAt ? latest : round.closesAt;
}

/**
 * When a round stopped taking inputs: its closing time, or earlier if a facilitator closed it
 * by hand. (The clock's close comes a minute or so after the time; the time is what counts.)
 */
export function closedTime(store: Store, round: Round, end = closingTime(store, round)): string {
  return round.closedAt !== null && round.closedAt < end ? round.closedAt : end;
}

export type Phase = 'upcoming' | 'open' | 'closed';

/** Where a round stands at `now`: closed by hand or job, or past its closing time, is closed. */
export function phaseOf(store: Store, round: Round, now: Date): Phase {
  const at = now.toISOString();
  if (round.closedAt !== null || at >= closingTime(store, round)) return 'closed';
  return at < round.opensAt ? 'upcoming' : 'open';
}

/** An organisation's own deadline: an extension, or else the round's. */
export const deadlineOf = (round: Round, organisation: RoundOrganisation): string =>
  organisation.deadline && organisation.deadline > round.closesAt
    ? organisation.deadline
    : round.closesAt;

/** The kind refusal for a round that does not take inputs now, or undefined when it does. */
export function closedReason(
  ctx: CommandContext,
  round: Round,
  until?: string,
): { key: 'rounds.error.closed' | 'rounds.error.notYetOpen'; when: string } | undefined {
  const phase = phaseOf(ctx.store, round, ctx.now);
  const end = until ?? closingTime(ctx.store, round);
  const when = (at: string) => formatDateTime(at, ctx.locale, ctx.timeZone);
  if (phase === 'upcoming') return { key: 'rounds.error.notYetOpen', when: when(round.opensAt) };
  if (phase === 'closed' || ctx.now.toISOString() >= end) {
    return { key: 'rounds.error.closed', when: when(closedTime(ctx.store, round, end)) };
  }
  return undefined;
}

/** Throws the kind refusal when the round does not take inputs now. */
export function assertTakesInputs(ctx: CommandContext, round: Round, until?: string): void {
  const reason = closedReason(ctx, round, until);
  if (reason) throw new UserError(reason.key, { title: round.title, when: reason.when });
}

/** The asker's key in a round, for their inputs and votes. */
export const keyOf = (ctx: CommandContext, roundId: number) =>
  authorKey(ctx.store, roundId, ctx.person.id, ctx.now);

/**
 * The input a button refers to, if it is the presser's own: written by them (their key), or
 * their organisation's answer in a remiss. A forged or forwarded button changes nothing.
 */
export function ownInput(ctx: CommandContext, id: string): { input: RoundInput; round: Round } {
  const input = ctx.store.roundInputs.get(Number(id));
  if (!input || input.status === 'withdrawn') throw new UserError('rounds.error.notYours');
  const round = findRound(ctx.store, input.roundId);
  const organisation =
    input.organisationId !== null ? ctx.store.roundOrganisations.get(input.organisationId) : null;
  const mine = organisation
    ? organisation.contactPersonId === ctx.person.id
    : input.authorKey === keyOf(ctx, round.id);
  if (!mine) throw new UserError('rounds.error.notYours');
  return { input, round };
}

/**
 * The conversation a round is opened in: a channel or group chat. The terminal is the
 * operator's console, so a round can be tried out there too.
 */
export function sharedConversation(address: Address | undefined): Address | undefined {
  if (!address) return undefined;
  return address.kind !== 'personal' || address.platform === 'shell' ? address : undefined;
}
