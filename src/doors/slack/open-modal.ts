import type { webApi } from '@slack/bolt';
import type { Form, Locale } from '../../core/chat.js';
import { renderModal } from './render-modal.js';

/**
 * Opens a form as a modal. Slack only opens one in answer to a click or a command, with the
 * `trigger_id` that came with it, and only within 3 seconds of it.
 */
export async function openModal(
  client: webApi.WebClient,
  triggerId: string,
  form: Form,
  locale: Locale,
): Promise<void> {
  await client.views.open({ trigger_id: triggerId, view: renderModal(form, locale) });
}
