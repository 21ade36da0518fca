import { message } from '../chat.js';
import { defineCommand } from '../command.js';
import { findForum } from '../forum/find-forum.js';
import { forumFromText, forumRefArgs } from '../forum/forum-ref.js';
import { sendLater } from '../outbox/send-later.js';
import { matchGuests } from './match-guests.js';

const shownMissing = 40;

/**
 * Links invitees to chat users by e-mail, so invitations reach them. The lookups can take
 * minutes (Slack allows about one a second), so the coordinator gets an answer at once and
 * the result as a message when the work is done.
 */
export const matchGuestsCommand = defineCommand({
  id: 'guests.match',
  words: ['matcha', 'match'],
  fromText: forumFromText,
  args: forumRefArgs,
  run(ctx, { forum: ref }) {
    const { t, store, person } = ctx;
    const forum = findForum(store, ref, ctx.now);
    const invitees = store.invitees.listForForum(forum.id);
    const unlinked = invitees.filter((i) => store.people.identitiesOf(i.personId).length === 0);
    if (unlinked.length === 0) return message({ kind: 'text', text: t('guests.match.nothing') });
    const startedAt = ctx.now;
    ctx.inBackground('guests.match', async () => {
      const missing = await matchGuests(store, ctx.directory, unlinked);
      const found = unlinked.length - missing.length;
      const names = missing
        .slice(0, shownMissing)
        .map((i) => `• ${i.name}, ${i.organisation} (${i.email})`);
      if (missing.length > shownMissing) {
        names.push(t('guests.imported.more', { count: missing.length - shownMissing }));
      }
      sendLater(
        store,
        {
          key: `guests.match:${forum.id}:${person.id}:${startedAt.toISOString()}`,
          purpose: 'guests-match',
          to: { personId: person.id },
          view: {
            blocks: [
              { kind: 'heading', text: t('guests.match.title', { forum: forum.title }) },
              {
                kind: 'text',
                text:
                  missing.length === 0
                    ? t('guests.match.allFound', { total: unlinked.length })
                    : t('guests.match.result', {
                        found,
                        total: unlinked.length,
                        missing: missing.length,
                      }),
              },
              ...(missing.length > 0 ? [{ kind: 'text' as const, text: names.join('\n') }] : []),
            ],
          },
          locale: ctx.locale,
        },
        startedAt,
      );
      ctx.wakeCourier();
    });
    return message({ kind: 'text', text: t('guests.match.started', { count: unlinked.length }) });
  },
});
