import { z } from 'zod';
import { defineCommand } from '../command.js';
import { findAnyForum } from './find-any-forum.js';
import {
  filterArg,
  maxFilterLength,
  pageArg,
  rosterId,
  rosterView,
  searchId,
} from './roster-view.js';

export { rosterId };

/**
 * The coordinators' check-in list. Typed text after the word filters it ("närvaro kumla").
 * Personal: who came and when is personal data about others, for the coordinator's eyes.
 */
export const rosterCommand = defineCommand({
  id: rosterId,
  words: ['närvaro', 'narvaro', 'närvarolista', 'narvarolista', 'attendance', 'roster'],
  fromText: (rest) => (rest.trim() ? { filter: rest.trim().slice(0, maxFilterLength) } : {}),
  args: z.object({ forum: z.string().max(200).optional(), page: pageArg, filter: filterArg }),
  personal: true,
  run(ctx, args) {
    const forum = findAnyForum(ctx.store, args.forum, ctx.now);
    return rosterView(ctx, forum, {
      page: args.page ? Number(args.page) : 1,
      ...(args.filter ? { filter: args.filter } : {}),
    });
  },
});

/** A form to type a name or organisation to look for; it opens the list filtered. */
export const searchRosterCommand = defineCommand({
  id: searchId,
  args: z.object({ forum: z.string().regex(/^\d+$/).max(12), filter: filterArg }),
  personal: true,
  run(ctx, args) {
    const { t } = ctx;
    const forum = findAnyForum(ctx.store, args.forum, ctx.now);
    return {
      kind: 'form',
      form: {
        title: t('attendance.search.title'),
        submitLabel: t('attendance.search.submit'),
        submitCommand: rosterId,
        args: { forum: String(forum.id) },
        inputs: [
          {
            kind: 'text',
            name: 'filter',
            label: t('attendance.search.field'),
            required: false,
            maxLength: maxFilterLength,
          },
        ],
        values: { filter: args.filter ?? '' },
      },
    };
  },
});
