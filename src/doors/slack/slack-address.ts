import type { Address } from '../../core/chat.js';

/**
 * Where a Slack request came from. Direct-message channel ids start with `D`; group DMs are
 * named `mpdm-…`; everything else is a channel.
 */
export function slackAddress(channelId: string, channelName?: string): Address {
  const kind = channelId.startsWith('D')
    ? 'personal'
    : channelName?.startsWith('mpdm-')
      ? 'group'
      : 'channel';
  return { platform: 'slack', conversationId: channelId, kind };
}
