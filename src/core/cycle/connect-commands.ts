import { z } from 'zod';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { wholeCycle } from './recipients.js';
import { storedCycle } from './stored-cycle.js';

/** The conversation the command came from, which must be shared (a channel or group chat). */
function sharedAddress(ctx: CommandContext) {
  const { address } = ctx;
  if (!address || address.kind === 'personal') throw new UserError('cycle.connect.notChannel');
  return address;
}

/**
 * "årshjul koppla" in a channel: the whole cycle's nudges for roles come here instead of to
 * each person. "årshjul koppla rus-plattformen": the items owned by that channel name (or
 * that one item, which is then owned by this channel) are posted here.
 */
export const connectCommand = defineCommand({
  id: 'cycle.connect',
  args: z.object({ target: z.string().trim().max(80).default('') }),
  run(ctx, { target }) {
    const { t, store } = ctx;
    const address = sharedAddress(ctx);
    const at = ctx.now.toISOString();
    const name = target.replace(/^#/, '');
    const { byId } = storedCycle(store);
    const item = name ? byId.get(name) : undefined;
    const channel = item?.owner.kind === 'channel' ? item.owner.channel : name || wholeCycle;
    store.transaction(() => {
      if (item && item.owner.kind !== 'channel') {
        const stored = store.cycle.item(item.id);
        if (stored) {
          const definition = { ...(stored.definition as object), owner: { channel } };
          store.cycle.saveItem({ ...stored, definition }, ctx.person.id, at);
        }
      }
      store.cycle.connect(
        { name: channel, platform: address.platform, conversationId: address.conversationId },
        ctx.person.id,
        at,
      );
    });
    if (channel === wholeCycle) return message({ kind: 'text', text: t('cycle.connect.whole') });
    const owned = [...byId.values()]
      .filter((i) => (i.owner.kind === 'channel' && i.owner.channel === channel) || i === item)
      .map((i) => i.title[ctx.locale]);
    return message({
      kind: 'text',
      text:
        owned.length > 0
          ? t('cycle.connect.items', { channel, items: owned.join(', ') })
          : t('cycle.connect.name', { channel }),
    });
  },
});

/** "årshjul koppla bort" in a channel: it gets no more nudges; they go to people again. */
export const disconnectCommand = defineCommand({
  id: 'cycle.disconnect',
  args: z.object({}),
  run(ctx) {
    const address = sharedAddress(ctx);
    const removed = ctx.store.transaction(() =>
      ctx.store.cycle.disconnect(address.platform, address.conversationId),
    );
    return message({
      kind: 'text',
      text: ctx.t(removed > 0 ? 'cycle.disconnect.done' : 'cycle.disconnect.none'),
    });
  },
});
