import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor, Block, Reply } from '../../../src/core/chat.js';
import { startCycle } from '../../../src/core/cycle/start-cycle.js';
import { testApp } from '../../helpers/test-store.js';

export const shippedCycle = new URL('../../../data/arshjul.json', import.meta.url).pathname;

/**
 * The test app (demo forum, clock at 2026-11-22T09:00Z) with the cycle started as at start:
 * the shipped one, or a file written from `cycle`. `write` changes the file afterwards.
 */
export function cycleApp(cycle?: object) {
  const dir = mkdtempSync(join(tmpdir(), 'forumbot-cycle-file-'));
  const file = cycle ? join(dir, 'arshjul.json') : shippedCycle;
  if (cycle) writeFileSync(file, JSON.stringify(cycle));
  const app = testApp();
  const started = startCycle(app.store, { file, catchUpHours: 72 }, app.clock.now());
  const coordinator: Actor = {
    platform: 'slack',
    userId: 'U-EVA',
    email: 'eva@regionorebrolan.se',
    displayName: 'Eva',
    locale: 'sv',
  };
  const person = app.store.people.create(
    { email: coordinator.email as string, displayName: 'Eva', locale: 'sv' },
    app.clock.now().toISOString(),
  );
  app.store.people.addIdentity('slack', 'U-EVA', person.id);
  app.store.roles.grant(person.id, 'coordinator', null, app.clock.now().toISOString());
  const member: Actor = { platform: 'slack', userId: 'U-MEMBER', locale: 'sv' };
  return {
    ...app,
    file,
    started,
    coordinator,
    member,
    write: (content: object) => writeFileSync(file, JSON.stringify(content)),
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The text of every block, one a line; buttons as `[label]`. */
export function textOf(reply: Reply): string {
  if (reply.kind === 'form') return JSON.stringify(reply.form);
  return reply.view.blocks
    .map((b: Block) =>
      b.kind === 'actions'
        ? b.buttons.map((x) => `[${x.label}]`).join(' ')
        : b.kind === 'fields'
          ? b.fields.map((f) => `${f.label}: ${f.value}`).join('\n')
          : b.text,
    )
    .join('\n');
}

export function buttonsOf(reply: Reply) {
  if (reply.kind !== 'message') return [];
  return reply.view.blocks.flatMap((b) => (b.kind === 'actions' ? b.buttons : []));
}
