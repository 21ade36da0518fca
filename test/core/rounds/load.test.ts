import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../src/core/rounds/round.js';
import { channel, participant, type RoundsApp, roundsApp, texts } from './rounds-fixture.js';

const root = new URL('../../../', import.meta.url).pathname;

function worker(path: string, id: number, count: number, round: number): Promise<string[]> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'test/core/rounds/input-worker.ts',
      path,
      String(id),
      String(count),
      String(round),
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve(out.trim().split('\n')) : reject(new Error(`worker exited ${code}`)),
    ),
  );
}

/** What the round's message says after the courier has applied the live edits. */
const liveFields = (app: RoundsApp) =>
  app.slack.edits.at(-1)?.outgoing.view.blocks.find((b) => b.kind === 'fields');

describe('200 participants sending inputs to one round within the same minute', () => {
  let app: RoundsApp;
  let round: Round;
  beforeEach(async () => {
    app = roundsApp();
    round = await app.openRound({ anonymity: 'named' });
    expect(await app.courier.drain()).toBe(1);
  });
  afterEach(() => app.close());

  it('in one process: every input stored exactly once, the count right, only the newest edit applied', async () => {
    const replies = await Promise.all(
      Array.from({ length: 200 }, async (_, n) => {
        const actor = participant(n + 1);
        if (n % 2 === 0) {
          return app.run(
            actor,
            'conversation.reply',
            { messageId: app.messageIdOf(round), text: `Svar ${n + 1}` },
            channel,
          );
        }
        const form = await app.run(actor, 'rounds.input', { round: String(round.id) }, channel);
        return app.submit(actor, form, { text: `Svar ${n + 1}`, tag_inkludering: true });
      }),
    );
    expect(replies.filter((r) => r.outcome !== undefined)).toEqual([]);
    const inputs = app.store.roundInputs.listForRound(round.id);
    expect(inputs).toHaveLength(200);
    expect(new Set(inputs.map((i) => i.text)).size).toBe(200);
    expect(inputs.map((i) => i.number)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(new Set(replies.map((r) => texts(r)[0])).size).toBe(200);
    expect(app.store.roundInputs.counts(round.id)).toEqual({ inputs: 200, participants: 200 });
    expect(app.store.outbox.listByPrefix(`round:${round.id}:edit:`)).toHaveLength(200);

    await app.courier.drain();
    expect(app.slack.edits).toHaveLength(1);
    expect(liveFields(app)).toEqual({
      kind: 'fields',
      fields: [
        { label: 'Synpunkter', value: '200' },
        { label: 'Deltagare', value: '200' },
      ],
    });
  });

  it('in four processes on one database file: nothing lost, nothing twice, one edit with the right count', async () => {
    const answers = (
      await Promise.all([1, 2, 3, 4].map((id) => worker(app.path, id, 50, round.id)))
    ).flat();
    expect(answers).toHaveLength(200);
    const numbers = answers.map((a) => Number(/sparat som synpunkt #(\d+) /.exec(a)?.[1]));
    // Every participant was told a number, and no two the same one.
    expect(numbers.sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    const inputs = app.store.roundInputs.listForRound(round.id);
    expect(inputs).toHaveLength(200);
    for (const id of [1, 2, 3, 4]) {
      for (let i = 0; i < 50; i++) {
        expect(
          inputs.filter((x) => x.text === `Synpunkt från process ${id}, deltagare ${i}`),
        ).toHaveLength(1);
      }
    }
    expect(app.store.roundInputs.counts(round.id)).toEqual({ inputs: 200, participants: 200 });

    // The workers' clocks stand 30 seconds on; the courier runs at the end of the minute.
    app.clock.set('2026-11-22T09:00:59Z');
    await app.courier.drain();
    expect(app.slack.edits).toHaveLength(1);
    expect(liveFields(app)).toEqual({
      kind: 'fields',
      fields: [
        { label: 'Synpunkter', value: '200' },
        { label: 'Deltagare', value: '200' },
      ],
    });
    const edits = app.store.outbox.listByPrefix(`round:${round.id}:edit:`);
    expect(edits.filter((e) => e.status === 'sent')).toHaveLength(1);
    expect(edits.filter((e) => e.status === 'withdrawn')).toHaveLength(199);
  }, 120_000);
});
