import { readFileSync } from 'node:fs';
import type { SlackBody } from '../../helpers/sign-slack-request.js';

/**
 * Request bodies built from the documented example payloads in test/fixtures/slack; each
 * builder fills in only what varies (who, what, where answers go).
 */
type Json = Record<string, unknown>;

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../../fixtures/slack/${name}.json`, import.meta.url), 'utf8'));

/** A Block Kit block as the door sends it, loosely typed for reading in tests. */
export interface SentBlock {
  type: string;
  block_id?: string;
  text?: { type: string; text: string };
  fields?: { text: string }[];
  elements?: { type: string; action_id?: string; value?: string; text?: { text: string } }[];
  element?: {
    type: string;
    action_id: string;
    max_length?: number;
    initial_value?: string;
    options?: { text: { text: string }; value: string }[];
    initial_option?: { text: { text: string }; value: string };
    initial_date?: string;
    initial_time?: string;
  };
  optional?: boolean;
}

export interface SentView {
  type: string;
  callback_id?: string;
  title?: { text: string };
  submit?: { text: string };
  close?: { text: string };
  private_metadata?: string;
  blocks: SentBlock[];
}

export function slashCommandBody(
  text: string,
  options: { user: string; responseUrl: string; channel?: string },
): SlackBody {
  const form = { ...fixture('slash-command'), text, user_id: options.user } as Json;
  form.response_url = options.responseUrl;
  if (options.channel) form.channel_id = options.channel;
  return { form: form as Record<string, string> };
}

/** A click on a button; without a response URL it is a click in the Home tab. */
export function buttonBody(
  button: { action_id?: string; value?: string },
  options: { user: string; responseUrl?: string; triggerId?: string },
): SlackBody {
  const payload = fixture('block-actions');
  const [action] = payload.actions as Json[];
  Object.assign(action as Json, button);
  (payload.user as Json).id = options.user;
  if (options.triggerId) payload.trigger_id = options.triggerId;
  if (options.responseUrl) payload.response_url = options.responseUrl;
  else {
    delete payload.response_url;
    delete payload.channel;
    payload.container = { type: 'view', view_id: 'VHOME' };
  }
  return { payload };
}

/**
 * One element's submitted state, shaped as Slack documents it for view_submission: an
 * untouched or emptied element arrives as `null`.
 */
function elementState(
  element: NonNullable<SentBlock['element']>,
  value: string | boolean | null | undefined,
): Json {
  const { type, options: choices = [] } = element;
  const given = typeof value === 'string' && value !== '' ? value : null;
  switch (type) {
    case 'checkboxes':
      return { type, selected_options: value === true ? choices : [] };
    case 'static_select':
      return { type, selected_option: choices.find((c) => c.value === given) ?? null };
    case 'datepicker':
      return { type, selected_date: given };
    case 'timepicker':
      return { type, selected_time: given, timezone: 'Europe/Stockholm' };
    default:
      return { type, value: typeof value === 'string' ? value : null };
  }
}

/** Fills in a modal the door opened, as Slack would send it back on submit. */
export function submissionBody(
  view: SentView,
  values: Record<string, string | boolean | null>,
  options: { user: string },
): SlackBody {
  const payload = fixture('view-submission');
  (payload.user as Json).id = options.user;
  const state: Record<string, Record<string, Json>> = {};
  for (const block of view.blocks) {
    if (block.type !== 'input' || !block.block_id || !block.element) continue;
    state[block.block_id] = {
      [block.element.action_id]: elementState(block.element, values[block.block_id]),
    };
  }
  Object.assign(payload.view as Json, {
    blocks: view.blocks,
    private_metadata: view.private_metadata,
    callback_id: view.callback_id,
    state: { values: state },
  });
  return { payload };
}

export function homeOpenedBody(user: string): SlackBody {
  const json = fixture('app-home-opened');
  (json.event as Json).user = user;
  return { json };
}

export function directMessageBody(text: string, user: string, extra: Json = {}): SlackBody {
  const json = fixture('message-im');
  Object.assign(json.event as Json, { text, user, ...extra });
  return { json };
}

/**
 * Files shared in the app's DM (`message` with subtype `file_share`): the documented event
 * with other file objects, such as the fake's `hostFile` returns (shaped like the fixture's,
 * see slack-door-file-share.test.ts); `text` is what the person typed with them. The DM is
 * the bot's with that person (U0002 → D0002), as the fake's conversations.open has it.
 */
export function fileShareBody(files: Json[], text: string, user: string): SlackBody {
  const json = fixture('message-file-share');
  Object.assign(json.event as Json, { text, user, files, channel: `D${user.slice(1)}` });
  return { json };
}

/** The file object of the documented `file_share` message, for shape checks. */
export const documentedSharedFile = (): Json =>
  ((fixture('message-file-share').event as Json).files as Json[])[0] as Json;

/** A sign-up modal filled in as a person would, for submissionBody. */
export const filledIn = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  lunchDay1: true,
  dinnerDay1: true,
  overnight: true,
  breakfastDay2: false,
  lunchDay2: true,
  diet: 'Vegetarisk',
  accessibility: null, // an emptied field arrives as null
  invoiceReference: 'KK-123',
};

/**
 * A reply in a channel thread (`message.channels`), as the documented `message` event with
 * `thread_ts` (the parent's ts) and `parent_user_id`; `extra` changes any field of the event
 * (`channel_type: 'group'` for a private channel, `subtype`, `bot_id`…).
 */
export function threadReplyBody(text: string, user: string, extra: Json = {}): SlackBody {
  const json = fixture('message-channel-thread-reply');
  Object.assign(json.event as Json, { text, user, ...extra });
  return { json };
}
