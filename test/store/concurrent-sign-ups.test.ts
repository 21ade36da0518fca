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
  it('never give away more seats than there are', async () => {
    const app = testApp();
    app.db.prepare('UPDATE forums SET capacity = 15').run();
    const answers = (await Promise.all([1, 2, 3, 4].map((id) => worker(app.path, id, 10)))).flat();

    const done = answers.filter((a) => a === 'Klart! Du är anmäld till Framtidsforum 2027.');
    const full = answers.filter(
      (a) => a === 'Framtidsforum 2027 är fullt: alla 15 platser är bokade.',
    );
    expect(answers).toHaveLength(40);
    expect(done).toHaveLength(15);
    expect(full).toHaveLength(25);
    // Every "Klart!" is a committed row, and there is no other.
    expect(app.store.registrations.countActive(app.demoForum().id)).toBe(15);
    app.close();
  }, 60_000);
});
