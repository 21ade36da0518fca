import { z } from 'zod';
import type { Logger } from '../../core/logger.js';
import { doorLimits } from '../door-limits.js';

/**
 * The parts of Slack's payloads the door reads, checked before anything is looked up or
 * stored. Slack signs every request, so a payload that fails here is a bug on Slack's side
 * or a leaked signing secret; either way it is logged and ignored, never half-read. The
 * schemas are loose (`looseObject`): Slack adds fields, and only what we read is checked.
 */

/** Slack's ids (`U024BE7LH`, `C0001`, `D0001`): letters and digits; tests also use dashes. */
const id = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9][\w.-]*$/);
export const slackUserId = id(doorLimits.userId);
export const slackChannelId = id(doorLimits.conversationId);
const channelName = z.string().max(200);
const triggerId = z.string().max(300);
const responseUrl = z.url({ protocol: /^https?$/ }).max(2000);
/** A typed message or command text. */
const typed = z.string().max(doorLimits.text);

/** `/forum <text>`, as the form fields Slack posts. */
export const slashCommandPayload = z.looseObject({
  user_id: slackUserId,
  channel_id: slackChannelId,
  channel_name: channelName.optional(),
  text: typed,
  trigger_id: triggerId,
});

/** A click on one of our buttons (`block_actions`). */
export const buttonPayload = z.looseObject({
  user: z.looseObject({ id: slackUserId }),
  trigger_id: triggerId,
  container: z.looseObject({ channel_id: slackChannelId.optional() }).nullish(),
  channel: z.looseObject({ name: channelName.optional() }).nullish(),
  response_url: responseUrl.optional(),
});

/** The submitted state of one input element; only the fields our elements submit. */
export const inputStatePayload = z.looseObject({
  type: z.string().max(50),
  value: z.string().nullish(),
  selected_options: z
    .array(z.looseObject({ value: z.string() }))
    .max(100)
    .nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
  selected_date: z.string().max(20).nullish(),
  selected_time: z.string().max(20).nullish(),
});

/** A submitted modal (`view_submission`). */
export const viewSubmissionPayload = z.looseObject({
  user: z.looseObject({ id: slackUserId }),
  view: z.looseObject({
    // Slack's own limit; we write at most that (see button-value.ts).
    private_metadata: z.string().max(3000).optional(),
    state: z.looseObject({
      values: z.record(z.string().max(255), z.record(z.string().max(255), z.unknown())),
    }),
  }),
});

/** A message event a person wrote: in the app's DM, or a reply in a channel thread. */
export const messageEventPayload = z.looseObject({
  user: slackUserId,
  channel: slackChannelId,
  ts: z.string().max(50),
  thread_ts: z.string().max(50).optional(),
  text: typed.nullish(),
});

/** One file shared in the app's DM, as far as the door reads it. */
export const sharedFilePayload = z.looseObject({
  id: id(100),
  name: z.string().max(255).nullish(),
  title: z.string().max(255).nullish(),
  mimetype: z.string().max(200).nullish(),
  size: z.number().nonnegative().optional(),
  url_private_download: z.url().max(2000).optional(),
  is_external: z.boolean().optional(),
});

/** A file share in the app's DM; a message with more files than this is not a guest list. */
export const fileShareEventPayload = messageEventPayload.extend({
  files: z.array(sharedFilePayload).min(1).max(10),
});

/** The app's Home tab opened. */
export const homeOpenedEventPayload = z.looseObject({
  user: slackUserId,
  channel: slackChannelId.optional(),
  tab: z.string().max(50),
});

/**
 * The payload if it has the shape `schema` names, else undefined, logged without its content
 * (a forged payload may carry anything, personal data included): only where it failed.
 */
export function readPayload<S extends z.ZodType>(
  schema: S,
  payload: unknown,
  logger: Logger,
  what: string,
): z.output<S> | undefined {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return parsed.data;
  logger.warn('slack payload refused', {
    what,
    fields: [...new Set(parsed.error.issues.map((i) => i.path.slice(0, 3).join('.')))].slice(0, 5),
  });
  return undefined;
}

/**
 * The envelope Bolt routes by, before any listener of ours runs: Bolt reads `user.id`,
 * `authorizations[0].team_id`, `'channel' in event` and `actions[0].action_id` (with `in`
 * and `.match`) without looking, and throws, or never answers, on other shapes.
 */
/** A workspace (`T…`) or an Enterprise Grid (`E…`) id. */
const idText = z
  .string()
  .regex(/^[TE][A-Z0-9]{1,30}$/)
  .nullish();
/** The workspace ids Bolt builds its context from (and turns into strings). */
const workspace = {
  team_id: idText,
  enterprise_id: idText,
  team: z.looseObject({ id: idText, enterprise_id: idText }).nullish(),
  enterprise: z.looseObject({ id: idText }).nullish(),
  is_enterprise_install: z.union([z.boolean(), z.string().max(10)]).optional(),
};
const actor = z.looseObject({ id: z.string().max(doorLimits.userId), team_id: idText });
/** Bolt reads `channel.id` of an interaction whenever `channel` is there at all. */
const channel = z
  .looseObject({ id: z.string().max(doorLimits.conversationId).optional() })
  .optional();

export const envelopePayload = z.union([
  z.looseObject({ ...workspace, command: z.string().max(100), user_id: z.string().optional() }),
  z.looseObject({
    ...workspace,
    type: z.literal('block_actions'),
    user: actor,
    channel,
    actions: z
      .array(
        z.looseObject({
          type: z.string().max(50),
          action_id: z.string().max(255),
          block_id: z.string().max(255).optional(),
          value: z.string().max(2000).optional(),
        }),
      )
      .min(1)
      .max(25),
  }),
  z.looseObject({
    ...workspace,
    type: z.enum(['view_submission', 'view_closed']),
    user: actor,
    view: z.looseObject({
      callback_id: z.string().max(255),
      type: z.string().max(50),
      app_installed_team_id: idText,
    }),
  }),
  z.looseObject({
    ...workspace,
    type: z.literal('event_callback'),
    event_id: z.string().max(100).optional(),
    authorizations: z.array(z.looseObject({ team_id: idText, enterprise_id: idText })).optional(),
    event: z.looseObject({
      type: z.string().max(100),
      subtype: z.string().max(100).optional(),
      channel_type: z.string().max(50).optional(),
      item: z.looseObject({}).optional(),
      user: z.union([z.string(), z.looseObject({})]).optional(),
      channel: z.union([z.string(), z.looseObject({})]).optional(),
      subteam: z.looseObject({}).optional(),
    }),
  }),
  // Slack's check that the events URL is ours; Bolt answers it.
  z.looseObject({ type: z.literal('url_verification'), challenge: z.string().max(500) }),
]);
