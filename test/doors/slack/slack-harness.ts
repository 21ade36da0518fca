import type { Logger } from '../../../src/core/logger.js';
import { createSlackDoor } from '../../../src/doors/slack/create-slack-door.js';
import { type FakeSlackUser, startFakeSlackApi } from '../../helpers/fake-slack-api.js';
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

export interface LogLine {
  level: keyof Logger;
  message: string;
  context?: Record<string, unknown>;
}

/**
 * Records instead of printing, so tests stay quiet and can look at what was logged;
 * `logged(message)` resolves when such a line is written (no polling, no sleeping).
 */
export function memoryLogger(): Logger & {
  lines: LogLine[];
  logged(message: string): Promise<LogLine>;
} {
  const lines: LogLine[] = [];
  const waiting: { message: string; resolve: (line: LogLine) => void }[] = [];
  const at = (level: keyof Logger) => (message: string, context?: Record<string, unknown>) => {
    const line = { level, message, ...(context ? { context } : {}) };
    lines.push(line);
    for (const w of waiting.filter((w) => w.message === message)) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve(line);
    }
  };
  const logged = (message: string) => {
    const line = lines.find((l) => l.message === message);
    return line
      ? Promise.resolve(line)
      : new Promise<LogLine>((resolve) => waiting.push({ message, resolve }));
  };
  return {
    lines,
    logged,
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
  };
}

/**
 * The real door on an ephemeral port, its own SQLite database, and a fake Slack API that
 * records what the door sends.
 */
export async function startSlackDoor() {
  const app = testApp();
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
    },
  );
  await door.start();
  const url = `http://127.0.0.1:${door.address()?.port}/slack/events`;
  return {
    app,
    fake,
    logger,
    url,
    post: (body: SlackBody, options?: PostOptions) =>
      postSignedToSlackDoor(url, signingSecret, body, options),
    async close() {
      await door.stop();
      await fake.close();
      app.close();
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
