import type { Platform } from '../../src/core/chat.js';
import type {
  Delivered,
  FoundUser,
  Outgoing,
  Outlet,
  Recipient,
} from '../../src/core/outbox/outlet.js';

/**
 * An outlet that keeps what it is given, for tests of the core's sending rules. The doors'
 * own tests drive the real outlets against the fake Slack API and Bot Connector.
 */
export function memoryOutlet(
  options: { platform?: Platform; users?: Record<string, string> } = {},
) {
  const platform = options.platform ?? 'slack';
  const users = new Map(Object.entries(options.users ?? {}));
  const sent: { userId: string; outgoing: Outgoing }[] = [];
  const edits: { messageId: string; outgoing: Outgoing }[] = [];
  let beforeSend: ((count: number) => void) | undefined;
  const outlet: Outlet = {
    platform,
    sendsPerSecond: 1000,
    async sendToPerson(recipient: Recipient, outgoing: Outgoing): Promise<Delivered> {
      beforeSend?.(sent.length);
      sent.push({ userId: recipient.userId, outgoing });
      return {
        address: { platform, conversationId: `D-${recipient.userId}`, kind: 'personal' },
      };
    },
    async sendToConversation(address, outgoing): Promise<Delivered> {
      sent.push({ userId: address.conversationId, outgoing });
      return { address, messageId: `m${sent.length}` };
    },
    async updateMessage(_address, messageId, outgoing) {
      edits.push({ messageId, outgoing });
    },
    async findByEmail(emails) {
      const found = new Map<string, FoundUser>();
      for (const email of emails) {
        const userId = users.get(email);
        if (userId) found.set(email, { userId });
      }
      return found;
    },
  };
  return {
    outlet,
    sent,
    edits,
    /** The texts of every block of every message sent to one user. */
    textsTo: (userId: string) =>
      sent
        .filter((s) => s.userId === userId)
        .map((s) =>
          s.outgoing.view.blocks
            .map((b) =>
              'text' in b
                ? b.text
                : b.kind === 'actions'
                  ? b.buttons.map((x) => x.label).join('|')
                  : '',
            )
            .join('\n'),
        ),
    addUser: (email: string, userId: string) => users.set(email, userId),
    /** Runs before each send with the count so far; throw or stop a courier from here. */
    onSend: (hook: (count: number) => void) => {
      beforeSend = hook;
    },
  };
}
