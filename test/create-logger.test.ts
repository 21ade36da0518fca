import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/create-logger.js';

describe('the logger', () => {
  it('writes JSON lines at or above its level, and hides secrets and personal data', () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    logger.debug('not shown');
    logger.warn('slack request failed', {
      command: '/forum',
      token: 'xoxb-secret',
      user: { id: 'U1', email: 'anna@example.se', profile: { diet: 'nötallergi' } },
      headers: { authorization: 'Bearer abc' },
    });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({
      level: 'warn',
      msg: 'slack request failed',
      command: '/forum',
      token: '[hidden]',
      user: { id: 'U1', email: '[hidden]', profile: { diet: '[hidden]' } },
      headers: { authorization: '[hidden]' },
    });
    expect(lines[0]).not.toMatch(/xoxb-secret|anna@example|nötallergi|Bearer/);
  });

  it('says nothing when silent', () => {
    const lines: string[] = [];
    createLogger('silent', (line) => lines.push(line)).error('boom');
    expect(lines).toEqual([]);
  });
});
