import { createHmac } from 'node:crypto';

/** Slack's request signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>`. */
export function signSlackRequest(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** A body as Slack sends it: slash commands as form fields, interactions as `payload=<json>`, events as JSON. */
export type SlackBody = { form: Record<string, string> } | { payload: unknown } | { json: unknown };

export interface PostOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Signs with another secret (to forge a signature). */
  secret?: string;
  /** Replaces the computed signature altogether. */
  signature?: string;
}

/**
 * Signs a body like Slack and POSTs it to the door. The body goes as a string with the
 * content-type set by hand: Bolt compares it to `application/x-www-form-urlencoded`
 * exactly, and fetch would add `;charset=UTF-8` to a URLSearchParams body (Bolt then
 * answers 400).
 */
export async function postSignedToSlackDoor(
  url: string,
  secret: string,
  body: SlackBody,
  options: PostOptions = {},
): Promise<{ status: number; body: string }> {
  const [raw, contentType] =
    'json' in body
      ? [JSON.stringify(body.json), 'application/json']
      : [
          new URLSearchParams(
            'form' in body ? body.form : { payload: JSON.stringify(body.payload) },
          ).toString(),
          'application/x-www-form-urlencoded',
        ];
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature':
        options.signature ?? signSlackRequest(options.secret ?? secret, timestamp, raw),
    },
    body: raw,
  });
  return { status: response.status, body: await response.text() };
}
