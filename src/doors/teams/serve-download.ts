import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../../core/chat.js';
import { localeFromTag, translator } from '../../core/i18n/translate.js';
import type { Store } from '../../store/store.js';
import { contentDisposition } from './content-disposition.js';

const route = /^\/files\/([^/]+)\/[^/]+$/;
/** 24 random bytes in base64url: anything else is not a token we made. */
const tokenShape = /^[A-Za-z0-9_-]{32}$/;

/** `type/subtype` and parameters, with nothing that could break the header. */
const mediaTypeShape = /^[\w.+-]+\/[\w.+-]+(?:\s*;[\x20-\x7e]*)?$/;

/** Nothing we serve may be kept by a cache or a proxy, nor read as anything but its type. */
const safety = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export interface DownloadRouteDeps {
  store: Store;
  now: () => Date;
  defaultLocale: Locale;
}

/**
 * `GET /files/<token>/<name>` on the door's own server: the files offered by link (see
 * offer-downloads.ts). The token alone finds the file; the name is there so browsers and
 * people see what they get. An unknown and an expired token get the same 404, so a
 * guesser learns nothing. Returns false for any other path, which the SDK's routes answer.
 */
export function createDownloadRoute(deps: DownloadRouteDeps) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    // A request line Node accepts but URL cannot read (`GET //[`) would throw here and take
    // the whole process down: answer it, and nothing else sees it.
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) {
      req.resume();
      res.writeHead(400, safety).end();
      return true;
    }
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith('/files/')) return false;
    req.resume();
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', ...safety }).end();
      return true;
    }
    const token = route.exec(path)?.[1] ?? '';
    const file = tokenShape.test(token)
      ? deps.store.downloads.find(token, deps.now().toISOString())
      : undefined;
    if (!file) {
      const locale = localeFromTag(req.headers['accept-language'], deps.defaultLocale);
      const text = translator(locale)('teams.download.gone');
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...safety });
      res.end(req.method === 'HEAD' ? undefined : text);
      return true;
    }
    const body = Buffer.from(file.content);
    res.writeHead(200, {
      'content-type': mediaTypeShape.test(file.mediaType)
        ? file.mediaType
        : 'application/octet-stream',
      'content-length': body.length,
      'content-disposition': contentDisposition(file.name),
      ...safety,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
