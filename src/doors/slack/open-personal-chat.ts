import type { webApi } from '@slack/bolt';

/**
 * The bot's own DM with a person (`conversations.open` with one user; scope im:write). It is
 * asked for every time rather than taken from a stored address: a `D…` channel we heard a
 * slash command from may be a DM between two people, and a file with personal data must only
 * ever land in the one conversation that is the person's and the bot's.
 *
 * A chat.postMessage to the person's user id lands in that same conversation and answers
 * with its id, so a message, and the files after it, need no opening (createSlackOutlet,
 * deliverFiles' `dm`). This is for files with no such message before them: conversations.open
 * is Tier 3, about 50 calls a minute.
 */
export async function openPersonalChat(client: webApi.WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const channel = opened.channel?.id;
  if (!channel) throw new Error('conversations.open answered without a channel');
  return channel;
}
