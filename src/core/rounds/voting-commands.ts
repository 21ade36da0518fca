import { z } from 'zod';
import type { Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { translator } from '../i18n/translate.js';
import { sendLater } from '../outbox/send-later.js';
import { resultLines } from './results-text.js';
import type { Round } from './round.js';
import { maxVotesPerPerson } from './round.js';
import {
  findRound,
  isFacilitator,
  managedRound,
  phaseOf,
  roundArgs,
  visibleRound,
} from './round-access.js';
import { queueLiveEdit, roundConversation } from './round-message.js';

const defaultVotes = 3;

function votingForm(ctx: CommandContext, round: Round, votes: string, error?: string): Reply {
  const { t } = ctx;
  return formReply({
    title: t('rounds.voting.title'),
    intro: t('rounds.voting.intro', { title: round.title }),
    submitLabel: t('rounds.voting.submit'),
    submitCommand: 'rounds.voting.start.submit',
    args: { round: String(round.id) },
    inputs: [
      {
        kind: 'choice',
        name: 'votes',
        label: t('rounds.voting.votes'),
        required: true,
        options: Array.from({ length: maxVotesPerPerson }, (_, i) => ({
          value: String(i + 1),
          label: String(i + 1),
        })),
      },
    ],
    values: { votes },
    ...(error ? { errors: { votes: error } } : {}),
  });
}

/** A round that can start prioritising: open, not remiss, not started before. */
function startable(ctx: CommandContext, id: string): Round {
  const round = managedRound(ctx, id);
  if (round.kind === 'remiss') throw new UserError('rounds.voting.notRemiss');
  if (phaseOf(ctx.store, round, ctx.now) !== 'open') throw new UserError('rounds.voting.notOpen');
  if (round.votingStartedAt !== null) throw new UserError('rounds.voting.already');
  return round;
}

/** "Starta prioritering": how many votes each participant gets. */
export const startVotingCommand = defineCommand({
  id: 'rounds.voting.start',
  args: roundArgs,
  run(ctx, args) {
    return votingForm(ctx, startable(ctx, args.round), String(defaultVotes));
  },
});

/**
 * Starts dot-voting: the round's message gets a "Prioritera" button, and a message in the
 * conversation tells everyone it has begun.
 */
export const submitStartVotingCommand = defineCommand({
  id: 'rounds.voting.start.submit',
  args: roundArgs.extend({ votes: z.string().max(20).default('') }),
  run(ctx, args) {
    const { t, store } = ctx;
    const round = startable(ctx, args.round);
    const votes = Number(args.votes);
    if (!/^\d{1,2}$/.test(args.votes) || votes < 1 || votes > maxVotesPerPerson) {
      return votingForm(
        ctx,
        round,
        args.votes,
        t('rounds.voting.badVotes', { max: maxVotesPerPerson }),
      );
    }
    const at = ctx.now.toISOString();
    store.transaction(() => {
      // Closed meanwhile (by hand or by the clock): nothing starts.
      const fresh = store.rounds.get(round.id) as Round;
      if (phaseOf(store, fresh, ctx.now) !== 'open') throw new UserError('rounds.voting.notOpen');
      if (!store.rounds.startVoting(round.id, votes, at))
        throw new UserError('rounds.voting.already');
      store.roundActions.record(
        { roundId: round.id, action: 'voting-start', detail: { votes }, personId: ctx.person.id },
        at,
      );
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
      const rt = translator(round.locale);
      sendLater(
        store,
        {
          key: `round:${round.id}:voting`,
          purpose: 'round-voting',
          to: roundConversation(round),
          view: {
            blocks: [
              { kind: 'text', text: rt('rounds.voting.announce', { title: round.title, votes }) },
              {
                kind: 'actions',
                buttons: [
                  {
                    label: rt('rounds.button.vote'),
                    command: 'rounds.ballot',
                    args: { round: String(round.id) },
                    style: 'primary',
                  },
                ],
              },
            ],
          },
          locale: round.locale,
        },
        ctx.now,
      );
    });
    ctx.wakeCourier();
    return message({ kind: 'text', text: t('rounds.voting.started', { votes }) });
  },
});

/** "Avsluta prioritering": voting ends and the ranked list is posted in the conversation. */
export const stopVotingCommand = defineCommand({
  id: 'rounds.voting.stop',
  args: roundArgs,
  run(ctx, args) {
    const { store } = ctx;
    const round = managedRound(ctx, args.round);
    const at = ctx.now.toISOString();
    store.transaction(() => {
      if (!store.rounds.endVoting(round.id, at)) throw new UserError('rounds.voting.notRunning');
      store.roundActions.record(
        { roundId: round.id, action: 'voting-end', personId: ctx.person.id },
        at,
      );
      queueLiveEdit(store, round.id, ctx.timeZone, ctx.now);
      sendLater(
        store,
        {
          key: `round:${round.id}:results`,
          purpose: 'round-results',
          to: roundConversation(round),
          view: resultsView(translator(round.locale), ctx, round),
          locale: round.locale,
        },
        ctx.now,
      );
    });
    ctx.wakeCourier();
    return { kind: 'message', view: resultsView(ctx.t, ctx, findRound(store, round.id)) };
  },
});

function resultsView(t: CommandContext['t'], ctx: CommandContext, round: Round) {
  const lines = resultLines(t, ctx.store, round.id);
  return {
    blocks: [
      { kind: 'heading' as const, text: t('rounds.results.title', { title: round.title }) },
      {
        kind: 'text' as const,
        text: lines.length > 0 ? lines.join('\n') : t('rounds.results.none'),
      },
      {
        kind: 'text' as const,
        text: t('rounds.results.voters', { voters: ctx.store.roundVotes.voters(round.id) }),
        muted: true,
      },
    ],
  };
}

/**
 * The ranked list: for facilitators at any time, and once voting has ended for anyone who can
 * see the round.
 */
export const resultsCommand = defineCommand({
  id: 'rounds.results',
  args: roundArgs,
  run(ctx, args) {
    const round = visibleRound(ctx, args.round);
    if (round.votingStartedAt === null) throw new UserError('rounds.voting.notStarted');
    if (round.votingEndedAt === null && !isFacilitator(ctx)) {
      throw new UserError('rounds.results.notYet');
    }
    const reply = resultsView(ctx.t, ctx, round);
    return {
      kind: 'message',
      view: {
        blocks: [
          ...reply.blocks,
          ...(isFacilitator(ctx)
            ? [
                {
                  kind: 'actions' as const,
                  buttons: [
                    {
                      label: ctx.t('rounds.button.manage'),
                      command: 'rounds.manage',
                      args: { round: String(round.id) },
                    },
                  ],
                },
              ]
            : []),
        ],
      },
    };
  },
});
