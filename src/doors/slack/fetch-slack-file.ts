/** Where and how the door may download files people share with it. */
export interface SlackFileAccess {
  botToken: string;
  /** The Web API base; files come from its host or a host under it (files.slack.com). */
  apiUrl: string;
  maxBytes: number;
}

/** A download that would not fit under the limit; nothing past the limit is read. */
export const tooBig = Symbol('too big');

/**
 * Only Slack's own hosts get the bot token: the Web API's host or one under it, on the same
 * scheme (files.slack.com under slack.com; the local fake in tests). A file URL pointing
 * anywhere else is not fetched, so the token cannot be sent to a stranger.
 */
export function isSlackFileUrl(url: string, apiUrl: string): boolean {
  let file: URL;
  let api: URL;
  try {
    file = new URL(url);
    api = new URL(apiUrl);
  } catch {
    return false;
  }
  const host = api.hostname;
  return (
    file.protocol === api.protocol && (file.hostname === host || file.hostname.endsWith(`.${host}`))
  );
}

/**
 * Downloads a shared file's `url_private_download` with the bot token (scope files:read),
 * reading at most `maxBytes`. Slack answers a request it will not authorise with its sign-in
 * page and status 200, so a web page where no web page was shared is a failure too.
 */
export async function fetchSlackFile(
  url: string,
  sharedType: string,
  access: SlackFileAccess,
): Promise<Uint8Array | typeof tooBig> {
  if (!isSlackFileUrl(url, access.apiUrl)) throw new Error('file URL is not on a Slack host');
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${access.botToken}` },
    // A redirect could lead off Slack's hosts; Slack serves the file itself.
    redirect: 'error',
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok || !response.body) {
    throw new Error(`file download answered HTTP ${response.status}`);
  }
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/html') && !sharedType.startsWith('text/html')) {
    await response.body.cancel();
    throw new Error('file download answered with a web page; is the files:read scope granted?');
  }
  if (Number(response.headers.get('content-length')) > access.maxBytes) {
    await response.body.cancel();
    return tooBig;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > access.maxBytes) {
      await reader.cancel();
      return tooBig;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
