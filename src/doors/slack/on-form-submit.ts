import type {
  AllMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewOutput,
  ViewResponseAction,
  ViewSubmitAction,
  webApi,
} from '@slack/bolt';
import type { Form, View } from '../../core/chat.js';
import { decodeButtonValue } from './button-value.js';
import { deliver } from './deliver.js';
import { deliverFiles } from './deliver-files.js';
import { readPayload, viewSubmissionPayload } from './payload-schemas.js';
import { refreshHome } from './publish-home.js';
import { readViewState } from './read-view-state.js';
import { renderMessage } from './render-message.js';
import { renderModal } from './render-modal.js';
import type { SlackDoorContext } from './slack-door-context.js';
import { truncate } from './truncate.js';

/**
 * Slack documents no length for a field error; it shows under an input, so we hold it to the
 * input's own text limit (a hint's 2,000 characters).
 */
const fieldErrorMax = 2000;

/** Field errors Slack can show: only those keyed by a block id (input name) of this form. */
function fieldErrors(form: Form): Record<string, string> | undefined {
  const names = new Set(form.inputs.map((i) => i.name));
  const errors = Object.entries(form.errors ?? {}).filter(([name]) => names.has(name));
  return errors.length > 0 ? Object.fromEntries(errors) : undefined;
}

/**
 * A refusal about the whole form (the forum is full, the deadline has passed) shown under
 * the first input: Slack shows errors on input blocks only, and an error keeps the modal
 * open with everything the person typed. Error text is plain, so our `*emphasis*` goes.
 */
function wholeFormError(view: ViewOutput, said: View): ViewResponseAction | undefined {
  const first = view.blocks.find((b) => b.type === 'input' && b.block_id);
  const text = said.blocks.find((b) => b.kind === 'text')?.text;
  if (!first?.block_id || !text) return undefined;
  const plain = text.replace(/\*([^*\n]+)\*/g, '$1');
  return {
    response_action: 'errors',
    errors: { [first.block_id]: truncate(plain, fieldErrorMax) },
  };
}

/** Runs the submitted form's command; returns the answer for the modal and what follows. */
async function decide(
  ctx: SlackDoorContext,
  client: webApi.WebClient,
  userId: string,
  view: ViewOutput,
): Promise<{ answer?: ViewResponseAction; afterwards?: () => Promise<void> }> {
  const ref = decodeButtonValue(view.private_metadata);
  const commandId = ref?.c ?? '';
  // No users.info here: it can take longer than the 3 s Slack waits for this answer.
  const actor = ctx.actors.actorWithoutLookup(userId);
  const values = readViewState(view.state);
  const reply = await ctx.dispatcher.run(actor, commandId, { ...values, ...ref?.a });
  if (reply.kind === 'form') {
    const errors = fieldErrors(reply.form);
    return errors
      ? { answer: { response_action: 'errors', errors } }
      : { answer: { response_action: 'update', view: renderModal(reply.form, actor.locale) } };
  }
  if (reply.outcome) {
    const answer = wholeFormError(view, reply.view);
    if (answer) return { answer };
  }
  const message = renderMessage(reply.view);
  return {
    // An empty answer closes the modal. A modal has no conversation of its own, so the
    // reply goes to the app's DM, and the Home tab shows the change.
    afterwards: async () => {
      // Slack answers with the DM it landed in: the files go there, with no conversations.open.
      let dm: string | undefined;
      await deliver(ctx, 'chat.postMessage', async () => {
        const posted = await client.chat.postMessage({ channel: userId, ...message });
        dm = typeof posted.channel === 'string' ? posted.channel : undefined;
      });
      await deliverFiles(ctx, client, userId, reply.attachments, dm);
      if (!reply.outcome && ctx.dispatcher.isPersonal(commandId)) {
        await refreshHome(ctx, client, actor);
      }
    },
  };
}

/**
 * A submitted modal. Unlike everywhere else, the command runs *before* the acknowledgement:
 * the acknowledgement is the answer that decides what the modal does (show errors, change,
 * or close), and Slack waits at most 3 s for it. So nothing here calls Slack before it: the
 * person comes from the cache or the database, and the command is one SQLite transaction.
 */
export function onFormSubmit(ctx: SlackDoorContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    // A submission we cannot read closes the modal, and nothing runs.
    if (!readPayload(viewSubmissionPayload, body, ctx.logger, 'form')) return ack();
    let outcome: Awaited<ReturnType<typeof decide>>;
    try {
      outcome = await decide(ctx, client, body.user.id, view);
    } catch (error) {
      // Close the modal rather than leave it spinning until Slack gives up; the error
      // boundary logs and apologises.
      await ack();
      throw error;
    }
    await ack(outcome.answer);
    // After the acknowledgement the command has run; `afterwards` reports its own failures.
    await outcome.afterwards?.();
  };
}
