export type Fetched =
  | { status: 'ok'; bytes: Buffer; contentType: string | null }
  | { status: 'too-large' }
  | { status: 'failed'; reason: string };

export type FetchFile = (url: string) => Promise<Fetched>;

export interface FileFetcherOptions {
  maxBytes: number;
  timeoutMs?: number;
  /**
   * Whether plain http is fetched. Only in anonymous mode: with credentials every activity
   * is signed by Teams and its download links are https; without, the local tools (and our
   * tests) serve them over http.
   */
  allowHttp: boolean;
}

/**
 * Fetches a file someone sent the bot from its pre-authorised link, with a plain GET that
 * carries none of our tokens. A file over the limit is refused as soon as its size is
 * declared or, if it is not, once that many bytes have arrived: never held whole.
 */
export function createFileFetcher(options: FileFetcherOptions): FetchFile {
  const { maxBytes, timeoutMs = 15_000 } = options;
  return async (raw) => {
    const url = URL.canParse(raw) ? new URL(raw) : undefined;
    const allowed = url?.protocol === 'https:' || (options.allowHttp && url?.protocol === 'http:');
    if (!url || !allowed) return { status: 'failed', reason: 'not an https link' };
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
      if (!res.ok || !res.body) {
        await res.body?.cancel();
        return { status: 'failed', reason: `answered ${res.status}` };
      }
      if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
        await res.body.cancel();
        return { status: 'too-large' };
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      for await (const chunk of res.body) {
        size += chunk.length;
        if (size > maxBytes) {
          // Leaving the loop early cancels the body: the rest is never downloaded.
          return { status: 'too-large' };
        }
        chunks.push(chunk);
      }
      return {
        status: 'ok',
        bytes: Buffer.concat(chunks),
        contentType: res.headers.get('content-type'),
      };
    } catch (error) {
      return { status: 'failed', reason: error instanceof Error ? error.name : 'error' };
    }
  };
}
