import type { CommandContext } from '../command.js';
import { UserError } from '../errors.js';
import type { Translate } from '../i18n/translate.js';
import type { Round, RoundInput, RoundOrganisation } from './round.js';
import { limits } from './round.js';
import { closedReason, keyOf } from './round-access.js';
import { queueLiveEdit } from './round-message.js';

/** Why a text cannot be stored as an input, in the person's words; undefined when it can. */
export function textProblem(t: Translate, text: string): string | undefined {
  if (text === '') return t('rounds.input.empty');
  if (text.length > limits.text) {
    return t('field.tooLong', { max: limits.text, length: text.length });
  }
  return undefined;
}

/**
 * A refusal shown under a form's text. That the round has closed (or not yet opened) is said
 * with the note that the text is still there to copy.
 */
export function formRefusal(t: Translate, error: UserError): string {
  const key = error.messageKey;
  return key === 'rounds.error.closed' || key === 'rounds.error.notYetOpen'
    ? t(`${key}Form`, error.params)
    : t(key, error.params);
}

export interface InputDraft {
  promptId: number | null;
  text: string;
  tags: readonly string[];
  source: 'form' | 'reply';
  documentUrl?: string | null;
}

/**
 * Stores a new input and queues the live count's edit, in one IMMEDIATE transaction. The
 * round's phase is checked again under the lock, so an input racing the close is either in
 * the summary or refused, never lost in between. In an anonymous round the row holds no
 * person, and the organisation's name is left out too (its type and municipality stay, for
 * the summary, which withholds small groups).
 */
export function addInput(
  ctx: CommandContext,
  round: Round,
  draft: InputDraft,
  organisation?: RoundOrganisation,
): RoundInput {
  const { store, now } = ctx;
  const key = keyOf(ctx, round.id);
  return store.transaction(() => {
    const fresh = store.rounds.get(round.id) as Round;
    const closed = closedReason(ctx, fresh);
    if (closed) throw new UserError(closed.key, { title: round.title, when: closed.when });
    const anonymous = fresh.anonymity === 'anonymous';
    const affiliation = organisation
      ? {
          organisation: organisation.name,
          organisationType: organisation.organisationType,
          municipality: organisation.municipality,
        }
      : store.roundInputs.affiliation(ctx.person.id);
    const input = store.roundInputs.add(
      {
        roundId: round.id,
        number: store.rounds.nextInputNumber(round.id),
        promptId: draft.promptId,
        personId: anonymous ? null : ctx.person.id,
        authorKey: key,
        organisationId: organisation?.id ?? null,
        text: draft.text,
        documentUrl: draft.documentUrl ?? null,
        organisation: anonymous ? '' : affiliation.organisation,
        organisationType: affiliation.organisationType,
        municipality: affiliation.municipality,
        source: draft.source,
        tags: draft.tags,
      },
      now.toISOString(),
    );
    queueLiveEdit(store, round.id, ctx.timeZone, now);
    return input;
  });
}
