import { z } from 'zod';

/** How Teams hands a bot a file someone sent it in the personal chat. */
export const fileDownloadInfoType = 'application/vnd.microsoft.teams.file.download.info';

/** A file someone sent the bot: where to fetch it, and what it is called. */
export interface SharedFile {
  name: string;
  /** The extension Teams reports (`csv`, `xlsx`), without the dot. */
  fileType?: string;
  /** Pre-authorised and short-lived: fetched with a plain GET, no token of ours. */
  downloadUrl: string;
}

const downloadInfo = z.object({
  contentType: z.literal(fileDownloadInfoType),
  name: z.string().trim().min(1).max(255),
  content: z.object({
    downloadUrl: z.url(),
    fileType: z.string().max(20).optional(),
  }),
});

/** More than this in one message is not a guest list; the rest is not fetched. */
const maxFiles = 5;

/**
 * The files among a message's attachments (`file.download.info`, sent only with
 * `supportsFiles` in the manifest). Other attachments, such as the `text/html` copy of the
 * message Teams adds, and anything malformed, are not files.
 */
export function sharedFilesOf(attachments: unknown): SharedFile[] {
  if (!Array.isArray(attachments)) return [];
  return attachments
    .flatMap((a) => {
      const parsed = downloadInfo.safeParse(a);
      if (!parsed.success) return [];
      const { name, content } = parsed.data;
      return [
        {
          name,
          downloadUrl: content.downloadUrl,
          ...(content.fileType ? { fileType: content.fileType.replace(/^\./, '') } : {}),
        },
      ];
    })
    .slice(0, maxFiles);
}
