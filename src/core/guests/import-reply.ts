import type { Block, Reply } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum } from '../forum/forum.js';
import type { RowProblem } from './read-guest-list.js';

/** Shown problems per reply; a longer list is cut with a count, the chat has limits. */
const shownProblems = 15;

export function importReply(
  ctx: CommandContext,
  forum: Forum,
  result: { created: number; updated: number },
  problems: readonly RowProblem[],
): Reply {
  const { t } = ctx;
  const total = ctx.store.invitees.listForForum(forum.id).length;
  const blocks: Block[] = [
    { kind: 'heading', text: t('guests.imported.title', { forum: forum.title }) },
    { kind: 'text', text: t('guests.imported.counts', { ...result, total }) },
  ];
  if (problems.length > 0) {
    const lines = problems
      .slice(0, shownProblems)
      .map((p) => `• ${t(p.key, { line: p.line, ...p.params })}`);
    if (problems.length > shownProblems) {
      lines.push(t('guests.imported.more', { count: problems.length - shownProblems }));
    }
    blocks.push(
      { kind: 'text', text: t('guests.imported.problems', { count: problems.length }) },
      // Row problems quote the file; doors escape text blocks, so no cell becomes a mention
      // or a link.
      { kind: 'text', text: lines.join('\n') },
    );
  }
  const args = { forum: String(forum.id) };
  blocks.push({
    kind: 'actions',
    buttons: [
      { label: t('button.guestList'), command: 'guests.list', args },
      { label: t('button.matchGuests'), command: 'guests.match', args },
      { label: t('button.sendInvitations'), command: 'invitations.send', args, style: 'primary' },
    ],
  });
  return { kind: 'message', view: { blocks } };
}
