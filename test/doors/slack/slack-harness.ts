import { createSlackDoor } from '../../../src/doors/slack/create-slack-door.js';
import { type FakeSlackUser, startFakeSlackApi } from '../../helpers/fake-slack-api.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
import {
  type PostOptions,
  postSignedToSlackDoor,
  type SlackBody,
} from '../../helpers/sign-slack-request.js';
import { testApp } from '../../helpers/test-store.js';
import type { SentBlock, SentView } from './slack-payloads.js';

export const signingSecret = 'test-signing-secret';
/** A Swedish-speaking coordinator, an English-speaking partner. */
export const anna = 'U0001';
export const erik = 'U0002';

export const people: Record<string, FakeSlackUser> = {
  [anna]: {
    realName: 'Anna Andersson',
    email: 'anna.andersson@regionorebrolan.se',
    locale: 'sv-SE',
  },
  [erik]: { realName: 'Erik Ek', email: 'erik.ek@example.org', locale: 'en-US' },
};

/**
 * The real door on an ephemeral port, its own SQLite database, and a fake Slack API that
 * records what the door sends.
 */
export async function startSlackDoor(
  options: { app?: ReturnType<typeof testApp>; sendsPerSecond?: number } = {},
) {
  const app = options.app ?? testApp();
  const fake = await startFakeSlackApi(structuredClone(people));
  const logger = memoryLogger();
  const door = createSlackDoor(
    { dispatcher: app.dispatcher, store: app.store, logger, defaultLocale: 'sv' },
    {
      botToken: 'xoxb-test-token',
      signingSecret,
      port: 0,
      host: '127.0.0.1',
      apiUrl: fake.apiUrl,
      botId: 'B0BOT',
      botUserId: 'U0BOT',
      ...(options.sendsPerSecond ? { sendsPerSecond: options.sendsPerSecond } : {}),
    },
  );
  await door.start();
  const url = `http://127.0.0.1:${door.address()?.port}/slack/events`;
  return {
    app,
    door,
    fake,
    logger,
    url,
    post: (body: SlackBody, options?: PostOptions) =>
      postSignedToSlackDoor(url, signingSecret, body, options),
    async close() {
      await door.stop();
      await fake.close();
      // A database passed in belongs to the caller, who closes it.
      if (!options.app) app.close();
    },
  };
}

export type SlackDoorHarness = Awaited<ReturnType<typeof startSlackDoor>>;

/** Every piece of text in some blocks, for "does it say…" checks. */
export const textsOf = (blocks: SentBlock[]): string[] =>
  blocks.flatMap((b) => [
    ...(b.text ? [b.text.text] : []),
    ...(b.fields ?? []).map((f) => f.text),
    ...(b.elements ?? []).flatMap((e) => (e.text ? [e.text.text] : [])),
  ]);

/** The button with this label, wherever it is in the blocks. */
export function buttonIn(blocks: SentBlock[], label: string) {
  const button = blocks
    .flatMap((b) => b.elements ?? [])
    .find((e) => e.type === 'button' && e.text?.text === label);
  if (!button) throw new Error(`no button "${label}" in ${JSON.stringify(textsOf(blocks))}`);
  return button;
}

export const viewOf = (body: Record<string, unknown>) => body.view as SentView;
export const blocksOf = (body: Record<string, unknown>) => body.blocks as SentBlock[];
