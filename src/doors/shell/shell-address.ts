import type { Address } from '../../core/chat.js';

/** The terminal has one conversation per shell user: the personal chat with the bot. */
export const shellAddress = (user: string): Address => ({
  platform: 'shell',
  conversationId: `shell:${user}`,
  kind: 'personal',
});
