import { existsSync } from 'node:fs';
import { z } from 'zod';
import { type Block, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import {
  type CycleSource,
  type ImportPlan,
  importCycle,
  planImport,
  readCycleSource,
} from './import-cycle.js';
import { problemLine } from './problem-text.js';

function readSource(ctx: CommandContext): CycleSource {
  const path = ctx.store.cycle.settings()?.sourcePath;
  if (!path || !existsSync(path)) throw new UserError('cycle.import.noFile');
  return readCycleSource(path);
}

const maxIds = 15;

function planBlocks(ctx: CommandContext, plan: ImportPlan, source: CycleSource): Block[] {
  const { t } = ctx;
  const ids = (list: string[]) =>
    list.length > maxIds
      ? `${list.slice(0, maxIds).join(', ')} ${t('cycle.show.more', { n: list.length - maxIds })}`
      : list.join(', ');
  const lines = (
    [
      ['added', plan.added],
      ['changed', plan.changed],
      ['removed', plan.removed],
      ['kept', plan.kept],
    ] as const
  )
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]) => `• ${t(`cycle.import.${kind}`, { n: list.length })}: ${ids(list)}`);
  const blocks: Block[] = [
    {
      kind: 'text',
      text: [
        t('cycle.import.summary', { file: source.path, same: plan.unchanged.length }),
        ...lines,
      ].join('\n'),
    },
  ];
  if (source.problems.length > 0) {
    const shown = source.problems.slice(0, 20).map((p) => `• ${problemLine(t, p)}`);
    blocks.push({ kind: 'text', text: [`*${t('cycle.show.problems')}*`, ...shown].join('\n') });
  }
  return blocks;
}

/**
 * A later change to the cycle file comes in when a coordinator asks, after seeing what it
 * changes: items in the file replace those with the same id, items that came from the file
 * and left it go, items added in chat stay.
 */
export const importPreviewCommand = defineCommand({
  id: 'cycle.import',
  args: z.object({}),
  run(ctx) {
    const source = readSource(ctx);
    const plan = planImport(ctx.store, source);
    const nothing = plan.added.length + plan.changed.length + plan.removed.length === 0;
    return message(
      { kind: 'heading', text: ctx.t('cycle.import.title') },
      ...planBlocks(ctx, plan, source),
      nothing
        ? { kind: 'text', text: ctx.t('cycle.import.nothing') }
        : {
            kind: 'actions',
            buttons: [
              {
                label: ctx.t('cycle.button.importConfirm'),
                command: 'cycle.import.confirm',
                args: { hash: source.hash },
                style: 'primary',
              },
            ],
          },
    );
  },
});

export const importConfirmCommand = defineCommand({
  id: 'cycle.import.confirm',
  args: z.object({ hash: z.string().regex(/^[0-9a-f]{64}$/) }),
  run(ctx, args) {
    const source = readSource(ctx);
    // The file changed between the preview and the click: show the new preview instead.
    if (source.hash !== args.hash) throw new UserError('cycle.import.changedAgain');
    const plan = ctx.store.transaction(() =>
      importCycle(ctx.store, source, ctx.person.id, ctx.now),
    );
    return message(
      { kind: 'heading', text: ctx.t('cycle.import.done') },
      ...planBlocks(ctx, plan, source),
      { kind: 'actions', buttons: [{ label: ctx.t('cycle.button.show'), command: 'cycle.show' }] },
    );
  },
});
