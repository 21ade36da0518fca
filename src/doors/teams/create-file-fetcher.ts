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
  /**
   * The hosts a link, and each redirect it answers with, may point at: by default only
   * Microsoft's file hosts (see `isMicrosoftFileHost`), so a forged link cannot make the bot
   * call an address of an attacker's choosing, inside our network or out. Any host only in
   * anonymous mode, where the local tools (and our tests) serve files from localhost.
   */
  allowedHost?: (hostname: string) => boolean;
}

/** Where Teams keeps files shared with a bot: SharePoint, OneDrive and their CDNs. */
const microsoftFileHosts = ['.sharepoint.com', '.sharepoint-df.com', '.svc.ms', '.1drv.com'];

/** Whether a host name is one of Microsoft's file hosts (a subdomain, never the bare suffix). */
export const isMicrosoftFileHost = (hostname: string): boolean => {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return microsoftFileHosts.some((suffix) => host.endsWith(suffix) && host.length > suffix.length);
};

/** How many redirects a download may take, each checked like the link itself. */
const maxRedirects = 3;

/**
 * Fetches a file someone sent the bot from its pre-authorised link, with a plain GET that
 * carries none of our tokens. The link, and every redirect it answers with, must be https
 * to one of Microsoft's file hosts (any host over http or https in anonymous mode). A file
 * over the limit is refused as soon as its size is declared or, if it is not, once that many
 * bytes have arrived: never held whole.
 */
export function createFileFetcher(options: FileFetcherOptions): FetchFile {
  const { maxBytes, timeoutMs = 15_000, allowedHost = isMicrosoftFileHost } = options;
  /** Why a link is not fetched, or undefined when it may be. */
  const refusal = (url: URL | undefined): string | undefined => {
    const allowed = url?.protocol === 'https:' || (options.allowHttp && url?.protocol === 'http:');
    if (!url || !allowed) return 'not an https link';
    if (!allowedHost(url.hostname)) return 'not a Microsoft file host';
    return undefined;
  };
  return async (raw) => {
    const first = URL.canParse(raw) ? new URL(raw) : undefined;
    const refused = refusal(first);
    if (!first || refused) return { status: 'failed', reason: refused ?? 'not an https link' };
    let url: URL = first;
    try {
      const signal = AbortSignal.timeout(timeoutMs);
      let res = await fetch(url, { signal, redirect: 'manual' });
      for (let hops = 0; isRedirect(res.status); hops++) {
        await res.body?.cancel();
        const location = res.headers.get('location');
        const next: URL | undefined =
          location && URL.canParse(location, url.href) ? new URL(location, url.href) : undefined;
        if (hops >= maxRedirects) return { status: 'failed', reason: 'too many redirects' };
        const why = refusal(next);
        if (!next || why) return { status: 'failed', reason: `redirect: ${why ?? 'no location'}` };
        url = next;
        res = await fetch(url, { signal, redirect: 'manual' });
      }
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

const isRedirect = (status: number) => status >= 300 && status < 400 && status !== 304;
