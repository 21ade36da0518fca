import type { Button, Reply } from '../chat.js';
import { message } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { MessageKey } from '../i18n/translate.js';
import { excerpt } from './clean-text.js';
import type { Round, RoundInput } from './round.js';
import { roundPass } from './round-access.js';

/** The buttons the author gets with each of their own inputs. */
export function ownInputButtons(ctx: CommandContext, input: RoundInput): Button[] {
  const args = { input: String(input.id) };
  // An organisation's answer is changed through its own form, with the document link.
  const edit =
    input.organisationId !== null
      ? {
          command: 'rounds.answer',
          args: { round: String(input.roundId), org: String(input.organisationId) },
        }
      : { command: 'rounds.input.edit', args };
  return [
    { label: ctx.t('rounds.button.edit'), ...edit },
    { label: ctx.t('rounds.button.withdraw'), command: 'rounds.input.withdraw', args },
  ];
}

/**
 * The author's confirmation: what was saved, and buttons to change or take it back. It is
 * theirs alone (`personal`): in an anonymous round it is the only link between them and it.
 */
export function inputSavedReply(
  ctx: CommandContext,
  round: Round,
  input: RoundInput,
  key: MessageKey = 'rounds.input.saved',
): Reply {
  const { t } = ctx;
  const more: Button[] =
    round.kind === 'remiss'
      ? []
      : [
          {
            label: t('rounds.button.giveMore'),
            command: 'rounds.input',
            args: { round: String(round.id), pass: roundPass(ctx, round.id) },
          },
        ];
  return {
    ...message(
      { kind: 'text', text: t(key, { number: input.number, title: round.title }) },
      { kind: 'text', text: excerpt(input.text, 300), muted: true },
      { kind: 'actions', buttons: [...ownInputButtons(ctx, input), ...more] },
    ),
    personal: true,
  };
}
