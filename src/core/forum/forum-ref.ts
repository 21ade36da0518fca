import { z } from 'zod';

/** Arguments of commands about one forum: which forum (id, slug or title), or the next one. */
export const forumRefArgs = z.object({ forum: z.string().max(200).optional() });

/** Typed text after the command word names the forum: "anmäl framtidsforum-2027". */
export const forumFromText = (rest: string) => (rest.trim() ? { forum: rest.trim() } : {});
