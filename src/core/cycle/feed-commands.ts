import { z } from 'zod';
import { message, type Reply } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { feedUrl, newFeedToken } from './feed-token.js';

/** Where the feed server listens when the configuration names no public address. */
export const defaultFeedBaseUrl = 'http://localhost:3100';

function feedReply(ctx: CommandContext, token: string, rotated: boolean): Reply {
  const { t } = ctx;
  const base = ctx.store.cycle.settings()?.feedBaseUrl ?? defaultFeedBaseUrl;
  return {
    ...message(
      { kind: 'heading', text: t('cycle.feed.title') },
      ...(rotated ? [{ kind: 'text' as const, text: t('cycle.feed.rotated') }] : []),
      { kind: 'text', text: feedUrl(base, token) },
      { kind: 'text', text: t('cycle.feed.howTo') },
      { kind: 'text', text: t('cycle.feed.secret'), muted: true },
      {
        kind: 'actions',
        buttons: [{ label: t('cycle.button.rotate'), command: 'cycle.feed.rotate' }],
      },
    ),
    // The link is the key to the feed: shown only where no one else sees it.
    personal: true,
  };
}

/** The calendar feed's address, to subscribe to in Outlook. */
export const feedCommand = defineCommand({
  id: 'cycle.feed',
  personal: true,
  args: z.object({}),
  run(ctx) {
    const token = ctx.store.transaction(() => {
      const stored = ctx.store.cycle.settings()?.feedToken;
      if (stored) return stored;
      const fresh = newFeedToken();
      ctx.store.cycle.updateSettings({ feedToken: fresh }, ctx.now.toISOString());
      return fresh;
    });
    return feedReply(ctx, token, false);
  },
});

/** Asks first: a new address ends every subscription to the old one. */
export const rotateFeedCommand = defineCommand({
  id: 'cycle.feed.rotate',
  personal: true,
  args: z.object({}),
  run: (ctx) =>
    message(
      { kind: 'text', text: ctx.t('cycle.feed.rotateConfirm') },
      {
        kind: 'actions',
        buttons: [
          {
            label: ctx.t('cycle.button.rotateConfirm'),
            command: 'cycle.feed.rotate.confirm',
            style: 'danger',
          },
          { label: ctx.t('cycle.button.keepFeed'), command: 'cycle.feed' },
        ],
      },
    ),
});

export const confirmRotateFeedCommand = defineCommand({
  id: 'cycle.feed.rotate.confirm',
  personal: true,
  args: z.object({}),
  run(ctx) {
    const token = newFeedToken();
    ctx.store.transaction(() =>
      ctx.store.cycle.updateSettings({ feedToken: token }, ctx.now.toISOString()),
    );
    return feedReply(ctx, token, true);
  },
});
