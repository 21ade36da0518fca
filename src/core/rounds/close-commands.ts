import { message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { closeRound } from './close-round.js';
import type { Round } from './round.js';
import { managedRound, roundArgs } from './round-access.js';

function closable(ctx: CommandContext, id: string): Round {
  const round = managedRound(ctx, id);
  if (round.closedAt !== null) throw new UserError('rounds.close.already', { title: round.title });
  return round;
}

/** "Stäng rundan": asks first, saying what closing does. */
export const closeCommand = defineCommand({
  id: 'rounds.close',
  args: roundArgs,
  run(ctx, args) {
    const { t } = ctx;
    const round = closable(ctx, args.round);
    const a = { round: String(round.id) };
    return message(
      { kind: 'text', text: t('rounds.close.confirm', { title: round.title }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('rounds.button.closeConfirm'),
            command: 'rounds.close.confirm',
            args: a,
            style: 'danger',
          },
          { label: t('rounds.button.closeNo'), command: 'rounds.manage', args: a },
        ],
      },
    );
  },
});

/** Closes now, before its time (or after it, before the next tick of the clock). */
export const confirmCloseCommand = defineCommand({
  id: 'rounds.close.confirm',
  args: roundArgs,
  run(ctx, args) {
    const { t } = ctx;
    const round = closable(ctx, args.round);
    if (!closeRound(ctx.store, round, ctx.person.id, ctx.timeZone, ctx.now)) {
      throw new UserError('rounds.close.already', { title: round.title });
    }
    ctx.wakeCourier();
    const a = { round: String(round.id) };
    return message(
      { kind: 'text', text: t('rounds.close.done', { title: round.title }) },
      {
        kind: 'actions',
        buttons: [
          {
            label: t('rounds.button.exportXlsx'),
            command: 'rounds.export',
            args: { ...a, format: 'xlsx' },
          },
          {
            label: t('rounds.button.exportMd'),
            command: 'rounds.export',
            args: { ...a, format: 'md' },
          },
          { label: t('rounds.button.manage'), command: 'rounds.manage', args: a },
        ],
      },
    );
  },
});
