import type { NudgeTarget } from './recipients.js';

/**
 * Outbox keys of the annual cycle. Every key starts `cycle:<item>:<date>:`, so what is not
 * sent yet about an occurrence (or an item) can be taken back by prefix when it is done,
 * paused or removed. Item ids are slugs: `cycle:report:` never matches `cycle:report-2:`.
 */
export function nudgeOutboxKey(key: string, target: NudgeTarget): string {
  return target.kind === 'person'
    ? `cycle:${key}:to:${target.person.id}`
    : `cycle:${key}:in:${target.platform}:${target.conversationId}`;
}

export const occurrenceKeyPrefix = (itemId: string, date: string) => `cycle:${itemId}:${date}:`;

export const itemKeyPrefix = (itemId: string) => `cycle:${itemId}:`;
