import type { Address, Block, Platform } from '../../src/core/chat.js';
import type {
  Delivered,
  FoundUser,
  Outgoing,
  Outlet,
  Recipient,
} from '../../src/core/outbox/outlet.js';
import type { Clock } from '../../src/core/time/clock.js';

/** One message as the outlet got it: to whom, when (by the test's clock), and its text. */
export interface Delivery {
  /** The user id for a personal chat, the conversation id for a channel. */
  to: string;
  kind: 'person' | 'conversation';
  at: Date;
  blocks: Block[];
  /** Every text of the message, one line a block, buttons as `[label]`. */
  text: string;
}

const textOf = (blocks: readonly Block[]) =>
  blocks
    .map((b) =>
      b.kind === 'actions'
        ? b.buttons.map((x) => `[${x.label}]`).join(' ')
        : b.kind === 'fields'
          ? b.fields.map((f) => `${f.label}: ${f.value}`).join('\n')
          : b.text,
    )
    .join('\n');

/**
 * A door's outlet that keeps what it is given, for the cycle's integration tests: the real
 * courier delivers through it, so what arrives here is what a platform would have shown.
 */
export function cycleOutlet(clock: Clock, platform: Platform = 'slack') {
  const deliveries: Delivery[] = [];
  const record = (to: string, kind: Delivery['kind'], outgoing: Outgoing) =>
    deliveries.push({
      to,
      kind,
      at: clock.now(),
      blocks: outgoing.view.blocks,
      text: textOf(outgoing.view.blocks),
    });
  const outlet: Outlet = {
    platform,
    sendsPerSecond: 1000,
    async sendToPerson(recipient: Recipient, outgoing: Outgoing): Promise<Delivered> {
      record(recipient.userId, 'person', outgoing);
      return {
        address: { platform, conversationId: `D-${recipient.userId}`, kind: 'personal' },
      };
    },
    async sendToConversation(address: Address, outgoing: Outgoing): Promise<Delivered> {
      record(address.conversationId, 'conversation', outgoing);
      return { address };
    },
    async findByEmail(): Promise<Map<string, FoundUser>> {
      return new Map();
    },
  };
  return {
    outlet,
    deliveries,
    /** Headings (item titles) of what one user or channel got, in order. */
    titlesTo: (to: string) =>
      deliveries
        .filter((d) => d.to === to)
        .map((d) => (d.blocks[0]?.kind === 'heading' ? d.blocks[0].text : '')),
  };
}
