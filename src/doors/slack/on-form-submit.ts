import type {
  AllMiddlewareArgs,
  SlackViewMiddlewareArgs,
  ViewOutput,
  ViewResponseAction,
  ViewSubmitAction,
  webApi,
} from '@slack/bolt';
import type { Form } from '../../core/chat.js';
import { decodeButtonValue } from './button-value.js';
import { refreshHome } from './publish-home.js';
import { readViewState } from './read-view-state.js';
import { renderMessage } from './render-message.js';
import { renderModal } from './render-modal.js';
import type { SlackDoorContext } from './slack-door-context.js';

/** Field errors Slack can show: only those keyed by a block id (input name) of this form. */
function fieldErrors(form: Form): Record<string, string> | undefined {
  const names = new Set(form.inputs.map((i) => i.name));
  const errors = Object.entries(form.errors ?? {}).filter(([name]) => names.has(name));
  return errors.length > 0 ? Object.fromEntries(errors) : undefined;
}

/** Runs the submitted form's command; returns the answer for the modal and what follows. */
async function decide(
  ctx: SlackDoorContext,
  client: webApi.WebClient,
  userId: string,
  view: ViewOutput,
): Promise<{ answer?: ViewResponseAction; afterwards?: () => Promise<void> }> {
  const ref = decodeButtonValue(view.private_metadata);
  const actor = await ctx.actors.actorFor(client, userId);
  const values = readViewState(view.state);
  const reply = await ctx.dispatcher.run(actor, ref?.c ?? '', { ...values, ...ref?.a });
  if (reply.kind === 'form') {
    const errors = fieldErrors(reply.form);
    return errors
      ? { answer: { response_action: 'errors', errors } }
      : { answer: { response_action: 'update', view: renderModal(reply.form, actor.locale) } };
  }
  const message = renderMessage(reply.view);
  return {
    // An empty answer closes the modal. A modal has no conversation of its own, so the
    // reply goes to the app's DM, and the Home tab shows the change.
    afterwards: async () => {
      await client.chat.postMessage({ channel: userId, ...message });
      await refreshHome(ctx, client, actor);
    },
  };
}

/**
 * A submitted modal. Unlike everywhere else, the command runs *before* the acknowledgement:
 * the acknowledgement is the answer that decides what the modal does (show field errors,
 * change, or close), and Slack waits at most 3 s for it. The person was looked up when the
 * modal opened, so this is one cached lookup and one SQLite transaction.
 */
export function onFormSubmit(ctx: SlackDoorContext) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
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
    await outcome.afterwards?.();
  };
}
