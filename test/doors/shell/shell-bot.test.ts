import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { silentLogger } from '../../../src/core/logger.js';
import { sendLater } from '../../../src/core/outbox/send-later.js';
import { fixedClock } from '../../../src/core/time/clock.js';
import { createBot } from '../../../src/create-bot.js';
import { demoForumPath, testNow } from '../../helpers/test-store.js';

describe('the terminal door in the bot', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('is an outlet for the courier and saves files in EXPORT_DIR', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forumbot-shell-bot-'));
    dirs.push(dir);
    const exportDir = join(dir, 'utdata');
    const config = loadConfig({
      DATABASE_PATH: join(dir, 'bot.db'),
      DEMO_FORUM: demoForumPath,
      SHELL_USER: 'eva',
      SHELL_EMAIL: 'eva@example.se',
      EXPORT_DIR: exportDir,
    });
    const input = new PassThrough();
    let screen = '';
    const output = new Writable({
      write(chunk, _encoding, done) {
        screen += String(chunk);
        done();
      },
    });
    const clock = fixedClock(testNow);
    const bot = await createBot(config, {
      logger: silentLogger,
      clock,
      shell: { input, output, onClose: () => {} },
    });
    try {
      // The door alone: the scheduler and the courier's own loop stay off, the test drains.
      await bot.doors[0]?.start();
      const eva = bot.store.people.create(
        { email: 'eva@example.se', displayName: 'Eva Ek', locale: 'sv' },
        clock.now().toISOString(),
      );
      sendLater(
        bot.store,
        {
          key: 'test:bot',
          purpose: 'test',
          to: { personId: eva.id },
          view: { blocks: [{ kind: 'text', text: 'Här är programmet.' }] },
          locale: 'sv',
          attachments: [
            {
              name: 'program.txt',
              mediaType: 'text/plain',
              content: new TextEncoder().encode('12.00 Lunch'),
              label: 'Programmet',
            },
          ],
        },
        clock.now(),
      );
      expect(await bot.courier?.drain()).toBe(1);
      expect(screen).toContain('Meddelande till Eva Ek\n');
      expect(screen).toContain(`Filen är sparad: ${join(exportDir, 'program.txt')}`);
      expect(readFileSync(join(exportDir, 'program.txt'), 'utf8')).toBe('12.00 Lunch');
    } finally {
      input.end();
      await bot.stop();
    }
  });
});
