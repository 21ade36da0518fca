import { z } from 'zod';
import type { Address, Button } from '../chat.js';
import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { formatDateTime } from '../time/format-date.js';
import { seal } from './author-key.js';
import { readRoundForm } from './read-round-form.js';
import { addOrganisations } from './remiss-organisations.js';
import { type RoundKind, roundKinds } from './round.js';
import { assertFacilitator, sharedConversation } from './round-access.js';
import { newRoundValues, roundForm, saveRoundId } from './round-form.js';
import { queueRoundMessage } from './round-message.js';

const kindWords = new Map<string, RoundKind>([
  ['workshop', 'workshop'],
  ['dialog', 'dialogue'],
  ['dialogue', 'dialogue'],
  ['remiss', 'remiss'],
  ['consultation', 'remiss'],
]);

/** The conversation, written so it can travel in a form's hidden arguments. */
const conversationRef = (a: Pick<Address, 'platform' | 'conversationId'>) =>
  `${a.platform}:${a.conversationId}`;

/**
 * "runda", "runda remiss" in a channel or group chat: the form for a new round there. In a
 * personal chat it is refused kindly: a round's message is for a group to answer.
 */
export const newRoundCommand = defineCommand({
  id: 'rounds.new',
  words: ['runda', 'round'],
  fromText: (rest) => {
    const kind = kindWords.get(rest.trim().toLowerCase());
    return kind ? { kind } : {};
  },
  args: z.object({ kind: z.enum(roundKinds).default('workshop') }),
  run(ctx, args) {
    assertFacilitator(ctx);
    const shared = sharedConversation(ctx.address);
    if (!shared) throw new UserError('rounds.error.notInChannel');
    const conversation = conversationRef(shared);
    return roundForm(ctx, args.kind, newRoundValues(ctx, args.kind), {
      conversation,
      seal: seal(ctx.store, conversation, ctx.now),
    });
  },
});

/** Where the round goes: where the form was sent from, or the sealed place it was opened in. */
function conversationOf(
  ctx: CommandContext,
  args: { conversation?: string | undefined; seal?: string | undefined },
): Pick<Address, 'platform' | 'conversationId'> {
  const shared = sharedConversation(ctx.address);
  if (shared) return shared;
  const ref = args.conversation ?? '';
  const match = /^(shell|slack|teams):(.+)$/.exec(ref);
  if (match && args.seal === seal(ctx.store, ref, ctx.now)) {
    const platform = match[1] as Address['platform'];
    const known = ctx.store.conversations.find(platform, match[2] as string);
    if (known && sharedConversation(known)) return known;
  }
  throw new UserError('rounds.error.notInChannel');
}

const submission = z
  .object({
    conversation: z.string().max(400).optional(),
    seal: z.string().max(100).optional(),
  })
  .catchall(z.union([z.string().max(20_000), z.boolean()]));

/**
 * Opens the round: stores it with its prompts (and a remiss's organisations), and queues its
 * message to the conversation, posted when it opens. The facilitator's own answer is short;
 * the round's message is what everyone sees.
 */
export const saveRoundCommand = defineCommand({
  id: saveRoundId,
  args: submission,
  run(ctx, args) {
    assertFacilitator(ctx);
    const { t, store } = ctx;
    const conversation = conversationOf(ctx, args);
    const raw = args as Record<string, unknown>;
    const reading = readRoundForm(ctx, raw);
    const kind = roundKinds.find((k) => k === raw.kind) ?? 'workshop';
    const hidden = {
      conversation: args.conversation ?? conversationRef(conversation),
      seal: args.seal ?? seal(store, conversationRef(conversation), ctx.now),
    };
    if ('errors' in reading) {
      return roundForm(ctx, kind, reading.values, hidden, reading.errors);
    }
    const { draft } = reading;
    const at = ctx.now.toISOString();
    const { round, organisations } = store.transaction(() => {
      const round = store.rounds.create(
        {
          ...draft,
          platform: conversation.platform,
          conversationId: conversation.conversationId,
          locale: ctx.locale,
          createdBy: ctx.person.id,
        },
        at,
      );
      store.roundActions.record({ roundId: round.id, action: 'open', personId: ctx.person.id }, at);
      const organisations = addOrganisations(
        store,
        round,
        draft.organisations,
        ctx.timeZone,
        ctx.now,
      );
      queueRoundMessage(store, round, ctx.timeZone, ctx.now);
      return { round, organisations };
    });
    ctx.wakeCourier();
    const args2 = { round: String(round.id) };
    const buttons: Button[] = [
      { label: t('rounds.button.manage'), command: 'rounds.manage', args: args2, style: 'primary' },
    ];
    if (round.kind === 'remiss') {
      buttons.push({
        label: t('rounds.button.addOrganisations'),
        command: 'rounds.orgs',
        args: args2,
      });
    }
    const opensLater = round.opensAt > at;
    return message(
      {
        kind: 'text',
        text: opensLater
          ? t('rounds.opened.later', {
              title: round.title,
              when: formatDateTime(round.opensAt, ctx.locale, ctx.timeZone),
            })
          : t('rounds.opened.now', { title: round.title }),
      },
      ...(round.kind === 'remiss'
        ? [
            {
              kind: 'text' as const,
              text:
                organisations.added + organisations.updated > 0
                  ? t('rounds.opened.organisations', {
                      count: organisations.added + organisations.updated,
                    })
                  : t('rounds.opened.noOrganisations'),
            },
          ]
        : []),
      { kind: 'actions', buttons },
    );
  },
});
