import type { Attachment, Locale, View } from '../chat.js';
import type { Outgoing } from './outlet.js';

interface Stored {
  view: View;
  locale: Locale;
  attachments?: { name: string; mediaType: string; label: string; base64: string }[];
}

/** The outbox keeps a message as JSON; attachments travel as base64. */
export function encodeOutgoing(outgoing: Outgoing): string {
  const stored: Stored = {
    view: outgoing.view,
    locale: outgoing.locale,
    attachments: outgoing.attachments?.map((a) => ({
      name: a.name,
      mediaType: a.mediaType,
      label: a.label,
      base64: Buffer.from(a.content).toString('base64'),
    })),
  };
  return JSON.stringify(stored);
}

export function decodeOutgoing(json: string): Outgoing {
  const stored = JSON.parse(json) as Stored;
  const attachments: Attachment[] | undefined = stored.attachments?.map((a) => ({
    name: a.name,
    mediaType: a.mediaType,
    label: a.label,
    content: new Uint8Array(Buffer.from(a.base64, 'base64')),
  }));
  return { view: stored.view, locale: stored.locale, ...(attachments ? { attachments } : {}) };
}
