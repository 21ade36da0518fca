import { z } from 'zod';
import { doorLimits } from '../door-limits.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing them is the point
const control = /[\u0000-\u001f\u007f]|\p{Cs}/u;
/**
 * Text that goes into the database or into a connector URL: no control characters and no
 * lone surrogates (`\p{Cs}` in a `u` regex), which make encodeURIComponent throw deep in
 * the SDK.
 */
const clean = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !control.test(s), 'control or ill-formed characters');
const id = (max: number) => clean(max).min(1);
const name = clean(doorLimits.displayName).nullish();

/**
 * The parts of an inbound activity the door and the SDK read without looking: who, where,
 * through which connector, and what. The Bot Connector always sends these; an activity
 * without them (forged, or from a broken local tool in anonymous mode) is refused with 400
 * before the SDK or our handlers see it, rather than failing somewhere inside them. Loose:
 * Teams adds fields, and only what is read is checked.
 */
export const activityPayload = z.looseObject({
  type: z.string().min(1).max(100),
  id: clean(500).optional(),
  name: z.string().max(200).optional(),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(500),
  channelId: z.string().max(100).optional(),
  from: z.looseObject({
    id: id(doorLimits.userId),
    name,
    aadObjectId: clean(100).nullish(),
  }),
  conversation: z.looseObject({
    id: id(doorLimits.conversationId),
    conversationType: z.string().max(50).nullish(),
    tenantId: clean(100).nullish(),
    isGroup: z.boolean().nullish(),
  }),
  recipient: z.looseObject({ id: id(doorLimits.userId), name }),
  locale: z.string().max(50).nullish(),
  text: z.string().max(doorLimits.text).nullish(),
  replyToId: clean(500).nullish(),
  entities: z
    .array(z.looseObject({ type: z.string().max(100) }))
    .max(50)
    .nullish(),
  attachments: z.array(z.looseObject({})).max(20).nullish(),
  channelData: z
    .looseObject({
      tenant: z.looseObject({ id: clean(100) }).nullish(),
      team: z.looseObject({ id: clean(doorLimits.conversationId) }).nullish(),
    })
    .nullish(),
  membersAdded: z
    .array(z.looseObject({ id: id(doorLimits.userId) }))
    .max(100)
    .nullish(),
});
