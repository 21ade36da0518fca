import { z } from 'zod';
import type { StoredCycleItem } from '../../store/cycle-repository.js';
import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import { hasRole } from '../roles/role.js';
import type { CycleItem } from './cycle-file.js';
import type { CycleProblem } from './cycle-problem.js';
import { wholeCycle } from './recipients.js';
import { type StoredCycle, storedCycle } from './stored-cycle.js';

/** An item id as buttons carry it; stored ids may be bad slugs, so only the length is bounded. */
export const itemArg = z.string().trim().min(1).max(200);
export const dateArg = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export interface FoundItem {
  stored: StoredCycleItem;
  /** The item, when it passes every check; otherwise see `problems`. */
  item: CycleItem | undefined;
  problems: CycleProblem[];
  cycle: StoredCycle;
}

/** The stored item with this id, valid or not; a refusal naming the id when there is none. */
export function findItem(ctx: CommandContext, id: string): FoundItem {
  const stored = ctx.store.cycle.item(id);
  if (!stored) throw new UserError('cycle.error.noSuchItem', { item: id.slice(0, 80) });
  const cycle = storedCycle(ctx.store);
  return {
    stored,
    item: cycle.byId.get(id),
    problems: cycle.problems.filter((p) => p.itemId === id),
    cycle,
  };
}

/** A valid item, for acting on its occurrences; a refusal naming it when it has problems. */
export function findValidItem(ctx: CommandContext, id: string): FoundItem & { item: CycleItem } {
  const found = findItem(ctx, id);
  if (!found.item) throw new UserError('cycle.error.itemHasProblems', { item: id.slice(0, 80) });
  return found as FoundItem & { item: CycleItem };
}

/**
 * Who may mark an occurrence done, snooze it or hand it on: a coordinator, anyone the item
 * nudges (its person, a holder of its role), or anyone in the channel its nudges go to.
 */
export function mayAct(ctx: CommandContext, item: CycleItem): boolean {
  if (hasRole(ctx.roles, 'coordinator')) return true;
  const { owner } = item;
  if (owner.kind === 'email') return ctx.person.email === owner.email.toLowerCase();
  if (owner.kind === 'role') return hasRole(ctx.roles, owner.role) || inChannel(ctx, wholeCycle);
  return inChannel(ctx, owner.channel) || inChannel(ctx, wholeCycle);
}

function inChannel(ctx: CommandContext, name: string): boolean {
  const { address } = ctx;
  if (!address) return false;
  return ctx.store.cycle
    .channels()
    .some(
      (c) =>
        c.name === name &&
        c.platform === address.platform &&
        c.conversationId === address.conversationId,
    );
}

export function assertMayAct(ctx: CommandContext, item: CycleItem): void {
  if (!mayAct(ctx, item))
    throw new UserError('cycle.error.notYours', { item: item.title[ctx.locale] });
}
