import type { IActivity } from '@microsoft/teams.api';
import type { Address } from '../../core/chat.js';

/** The parts of an inbound activity that say who wrote, where, and through which service. */
export type TeamsActivity = Pick<
  IActivity,
  'from' | 'conversation' | 'recipient' | 'serviceUrl' | 'locale' | 'channelData' | 'entities'
>;

const kinds: Record<string, Address['kind']> = {
  personal: 'personal',
  channel: 'channel',
  groupChat: 'group',
};

/** A channel thread's id is the channel's id plus `;messageid=…` of the thread's first post. */
export const withoutThread = (conversationId: string): string =>
  conversationId.replace(/;messageid=.*$/, '');

export const tenantOf = (activity: TeamsActivity): string | undefined =>
  activity.conversation.tenantId ?? activity.channelData?.tenant?.id;

/** What a Teams address keeps in its `reference`. */
export interface TeamsReference {
  serviceUrl?: string;
  tenantId?: string;
  botId?: string;
  conversationType?: string;
  /** A channel's team: the app is installed there, and its roster finds people by e-mail. */
  teamId?: string;
}

/**
 * Where an activity came from, as the neutral Address. The reference holds what a later
 * proactive send needs without the original payload: the Bot Connector the conversation
 * lives on (it differs by region and cloud), the tenant, and the bot's own id there.
 * A channel is remembered once, not once per thread.
 */
export function teamsAddress(activity: TeamsActivity): Address {
  const { conversation } = activity;
  const type = String(conversation.conversationType ?? '');
  const kind = kinds[type] ?? (conversation.isGroup ? 'group' : 'personal');
  const teamId = kind === 'channel' ? activity.channelData?.team?.id : undefined;
  const reference: TeamsReference = {
    serviceUrl: activity.serviceUrl?.replace(/\/+$/, ''),
    tenantId: tenantOf(activity),
    botId: activity.recipient.id,
    conversationType: type || undefined,
    ...(teamId ? { teamId } : {}),
  };
  return {
    platform: 'teams',
    conversationId: kind === 'channel' ? withoutThread(conversation.id) : conversation.id,
    kind,
    reference: { ...reference },
  };
}
