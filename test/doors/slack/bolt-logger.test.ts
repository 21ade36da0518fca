import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { boltLogger } from '../../../src/doors/slack/bolt-logger.js';
import { memoryLogger } from '../../helpers/memory-logger.js';

describe('boltLogger', () => {
  it('passes Bolt’s lines on at their level and drops debug unless asked for', () => {
    const logger = memoryLogger();
    const bolt = boltLogger(logger);
    bolt.debug('request body', { text: 'private' });
    bolt.info('connected');
    bolt.warn('signature mismatch');
    bolt.error(new Error('boom'), 'while handling');
    expect(logger.lines).toEqual([
      { level: 'info', message: 'connected', context: { source: 'slack' } },
      { level: 'warn', message: 'signature mismatch', context: { source: 'slack' } },
      { level: 'error', message: 'boom while handling', context: { source: 'slack' } },
    ]);
    bolt.setLevel(LogLevel.DEBUG);
    bolt.setName('bolt-app');
    bolt.debug({ n: 1 });
    expect(bolt.getLevel()).toBe(LogLevel.DEBUG);
    expect(logger.lines.at(-1)).toEqual({
      level: 'debug',
      message: '{"n":1}',
      context: { source: 'bolt-app' },
    });
  });

  it('blanks out tokens and cuts long lines', () => {
    const logger = memoryLogger();
    const bolt = boltLogger(logger);
    bolt.warn('token xoxb-123-456-abc and xapp-1-A0-xyz', 'x'.repeat(1000));
    const [line] = logger.lines;
    expect(line?.message).toMatch(/^token \[token\] and \[token\] x+…$/);
    expect(line?.message.length).toBeLessThanOrEqual(501);
  });
});
