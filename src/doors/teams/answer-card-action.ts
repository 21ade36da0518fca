import { translator } from '../../core/i18n/translate.js';
import { decodeCardData } from './card-data.js';
import { deliver } from './error-boundary.js';
import { type CardActionAnswer, replaceCard, tellPresser } from './invoke-response.js';
import { tooPrivateFor } from './keep-private.js';
import { replyActivity, replyCard, replySummary, replyText } from './reply-activity.js';
import { runCard, type Turn } from './teams-turn.js';

/**
 * Action.Execute. The invoke's answer is either a card that replaces the one pressed or a
 * short note only the presser sees. Replacing is right only in a personal chat: in a channel
 * or group chat the card is everyone's, so a reply there is posted as a new message and the
 * presser gets its summary line, and a reply with the presser's own data (every reply of a
 * command marked personal, such as "Prioritera" or "Mina synpunkter", and any reply with
 * files) goes to their personal chat with the bot, the note saying so.
 */
export async function answerCardAction(turn: Turn, rawData: unknown): Promise<CardActionAnswer> {
  const { actor, address } = turn;
  const t = translator(actor.locale);
  const data = decodeCardData(rawData);
  // Not one of our cards, or tampered with: nothing runs and the card stays as it was.
  if (!data) return tellPresser(t('error.invalidInput'));
  const reply = await runCard(turn, data);
  // Nothing was done (a rule said no, or a fault): say why and leave the card on screen, so
  // a form keeps everything typed into it. The note is the presser's alone, wherever the
  // card is. A form with field errors is a form reply instead: in a personal chat it is
  // re-rendered below with the values and a message under each field; in a channel or group
  // chat it is not posted, as it would show what the presser typed to everyone, so the note
  // names what to fix and the card they typed into stays as it is.
  if (reply.outcome && (reply.kind === 'message' || address.kind !== 'personal')) {
    return tellPresser(replyText(reply));
  }
  if (address.kind === 'personal') return replaceCard(replyCard(reply, turn.offer(reply)));
  // The command ran, and its answer is the presser's own (their ballot, a form about them,
  // an input they gave with buttons to change it, files): never the shared card, but their
  // personal chat. If it cannot go there, the note points them to it.
  if (tooPrivateFor(reply, address)) {
    const result = await turn.toPersonalChat(reply, 'invoke');
    // The command has run; only its answer did not arrive, and that is what the presser hears.
    if (result !== 'sent') return tellPresser(t('teams.personalChat.failed'));
    return tellPresser(
      t(reply.kind === 'form' ? 'teams.personalChat.formSent' : 'teams.personalChat.sent'),
    );
  }
  await deliver(turn.logger, () => turn.send(replyActivity(reply, turn.offer(reply))), 'invoke');
  return tellPresser(replySummary(reply));
}
