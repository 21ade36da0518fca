import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../src/core/chat.js';
import { translator } from '../../../src/core/i18n/translate.js';
import type { TextStyle } from '../../../src/doors/shell/render-view.js';
import { savedFileLines } from '../../../src/doors/shell/saved-file-lines.js';

const plain: TextStyle = { bold: (s) => s, dim: (s) => s };
const file = (name: string): Attachment => ({
  name,
  mediaType: 'text/csv',
  content: new TextEncoder().encode('a;b\r\n'),
  label: name,
});

describe('files of a message the bot sent on its own', () => {
  it('leaves nothing behind when one fails, so the retry saves each file once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'forumbot-saved-'));
    const broken = { ...file('b.csv'), content: {} as Uint8Array };
    await expect(
      savedFileLines(dir, [file('a.csv'), broken], translator('sv'), plain, true),
    ).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
    await savedFileLines(dir, [file('a.csv'), file('b.csv')], translator('sv'), plain, true);
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'b.csv']);
    rmSync(dir, { recursive: true, force: true });
  });
});
