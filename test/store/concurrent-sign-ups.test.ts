import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testApp } from '../helpers/test-store.js';

const root = new URL('../../', import.meta.url).pathname;

function worker(path: string, id: number, count: number): Promise<string[]> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/helpers/sign-up-worker.ts', path, String(id), String(count)],
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

describe('several processes on one database file', () => {
  it('give 300 sign-ups for 110 seats exactly 110 seats and an ordered waitlist', async () => {
    const app = testApp();
    const forum = app.demoForum();
    expect(forum.capacity).toBe(110);
    const answers = (await Promise.all([1, 2, 3, 4].map((id) => worker(app.path, id, 75)))).flat();

    const done = answers.filter((a) => a === 'Klart! Du är anmäld till Framtidsforum 2027.');
    const places = answers
      .map((a) => /står på väntelistan som nummer (\d+)\./.exec(a)?.[1])
      .filter((p) => p !== undefined)
      .map(Number);
    expect(answers).toHaveLength(300);
    expect(done).toHaveLength(110);
    // Everyone else was told a place in line, and no two were told the same one.
    expect(places.sort((a, b) => a - b)).toEqual(Array.from({ length: 190 }, (_, i) => i + 1));
    // Every answer is a committed row, and there is no other.
    expect(app.store.registrations.countActive(forum.id)).toBe(110);
    const line = app.store.registrations.listByStatus(forum.id, 'waitlisted');
    expect(line).toHaveLength(190);
    expect(line.map((r) => app.store.registrations.placeInLine(r))).toEqual(
      Array.from({ length: 190 }, (_, i) => i + 1),
    );
    app.close();
  }, 120_000);
});
