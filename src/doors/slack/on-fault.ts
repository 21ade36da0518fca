import type { CodedError, Context, webApi } from '@slack/bolt';
import { translator } from '../../core/i18n/translate.js';
import { escapeMrkdwn } from './escape-mrkdwn.js';
import type { SlackDoorContext } from './slack-door-context.js';

/** What Bolt gives an error handler when `extendedErrorHandler` is on. */
interface FaultArgs {
  error: CodedError;
  body: unknown;
  context: Context;
}

interface AnyBody {
  type?: string;
  command?: string;
  user_id?: string;
  user?: { id?: string };
  response_url?: string;
  view?: { callback_id?: string };
  actions?: { action_id?: string }[];
  event?: { type?: string; user?: string };
}

/** What the failed request was, for the log: its kind and our own ids, no personal data. */
function describe(body: AnyBody): Record<string, unknown> {
  return {
    kind: body.command ? 'command' : body.type,
    ...(body.command ? { command: body.command } : {}),
    ...(body.actions?.[0]?.action_id ? { actionId: body.actions[0].action_id } : {}),
    ...(body.view?.callback_id ? { callbackId: body.view.callback_id } : {}),
    ...(body.event?.type ? { event: body.event.type } : {}),
  };
}

/**
 * The door's one error boundary (Bolt's `app.error`). Refusals never get here: the
 * dispatcher has already answered those in the person's language, and an answer that cannot
 * be delivered after a command ran is only logged (see deliver.ts). What does get here is a
 * fault before or during a command, or a form Slack would not open: it is logged with
 * context, and the person gets one short apology, where they asked if we still can, else in
 * the app's DM. Opening the Home tab asked nothing, so it gets none.
 */
export function onFault(ctx: SlackDoorContext, client: webApi.WebClient) {
  return async ({ error, body, context }: FaultArgs): Promise<void> => {
    const request = body as AnyBody;
    const original =
      'original' in error && error.original instanceof Error ? error.original : error;
    ctx.logger.error('slack request failed', {
      ...describe(request),
      team: context.teamId,
      code: error.code,
      error: original.stack ?? original.message,
    });
    const userId = request.user_id ?? request.user?.id ?? request.event?.user;
    if (!userId || request.event?.type === 'app_home_opened') return;
    const locale = ctx.actors.known(userId)?.locale ?? ctx.defaultLocale;
    const text = escapeMrkdwn(translator(locale)('error.unexpected'));
    try {
      if (request.response_url) {
        const sent = await fetch(request.response_url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ response_type: 'ephemeral', replace_original: false, text }),
        });
        if (sent.ok) return;
      }
      await client.chat.postMessage({ channel: userId, text });
    } catch (apologyError) {
      ctx.logger.warn('could not send the apology', {
        error: apologyError instanceof Error ? apologyError.message : String(apologyError),
      });
    }
  };
}
