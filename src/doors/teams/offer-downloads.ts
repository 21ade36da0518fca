import { randomBytes } from 'node:crypto';
import type { CardElementArray, IOpenUrlAction, ITextBlock } from '@microsoft/teams.cards';
import type { Attachment, Locale } from '../../core/chat.js';
import { translator } from '../../core/i18n/translate.js';
import type { Store } from '../../store/store.js';

const hourMs = 60 * 60_000;
/** A calendar entry is clicked when people get round to it, not within the hour. */
const calendarDays = 30;

const isCalendar = (mediaType: string) => /^text\/calendar\b/i.test(mediaType);

/** How long a file stays downloadable: files may hold personal data, so not long. */
export const downloadLifetimeMs = (mediaType: string): number =>
  isCalendar(mediaType) ? calendarDays * 24 * hourMs : hourMs;

/** Where the download route serves a stored file. */
export const downloadPath = (token: string, name: string) =>
  `/files/${token}/${encodeURIComponent(name)}`;

/** Turns a reply's files into card elements: a button per file and how long it works. */
export type OfferDownloads = (
  attachments: readonly Attachment[],
  to: { personId: number | null; locale: Locale },
) => CardElementArray;

export interface DownloadOfferDeps {
  store: Store;
  /** Where people reach our HTTP server, without a trailing slash. */
  baseUrl: () => string;
  now: () => Date;
}

/**
 * A Teams bot cannot attach a file to its message without asking the person to accept it
 * first (the file consent card), so each file is stored under an unguessable token and
 * offered as a link our own server answers (see serve-download.ts).
 */
export function createDownloadOffer(deps: DownloadOfferDeps): OfferDownloads {
  const { store } = deps;
  return (attachments, { personId, locale }) => {
    if (attachments.length === 0) return [];
    const now = deps.now();
    const actions: IOpenUrlAction[] = [];
    store.transaction(() => {
      store.downloads.purgeExpired(now.toISOString());
      for (const file of attachments) {
        const token = randomBytes(24).toString('base64url');
        const expiresAt = new Date(now.getTime() + downloadLifetimeMs(file.mediaType));
        store.downloads.save(
          {
            token,
            name: file.name,
            mediaType: file.mediaType,
            content: file.content,
            personId,
            expiresAt: expiresAt.toISOString(),
          },
          now.toISOString(),
        );
        const url = `${deps.baseUrl()}${downloadPath(token, file.name)}`;
        actions.push({ type: 'Action.OpenUrl', title: file.label, url });
      }
    });
    const t = translator(locale);
    const notes = new Set(
      attachments.map((a) =>
        isCalendar(a.mediaType)
          ? t('teams.download.validDays', { days: calendarDays })
          : t('teams.download.validHour'),
      ),
    );
    return [
      { type: 'ActionSet', actions },
      ...[...notes].map(
        (text): ITextBlock => ({
          type: 'TextBlock',
          text,
          size: 'Small',
          isSubtle: true,
          wrap: true,
          spacing: 'None',
        }),
      ),
    ];
  };
}
