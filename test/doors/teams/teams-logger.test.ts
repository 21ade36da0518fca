import { describe, expect, it } from 'vitest';
import { teamsLogger } from '../../../src/doors/teams/teams-logger.js';
import { memoryLogger } from '../../helpers/memory-logger.js';

describe('teamsLogger', () => {
  it('passes messages on with their source and keeps objects out', () => {
    const logger = memoryLogger();
    const sdk = teamsLogger(logger).child('jwt-validator');
    sdk.error('JWT validation failed', new Error('Invalid token'), {
      authorization: 'Bearer secret',
    });
    sdk.warn('rejected', 401);
    sdk.log('info', 'listening');
    expect(logger.lines).toEqual([
      {
        level: 'error',
        message: 'JWT validation failed Invalid token',
        context: { source: 'teams/jwt-validator' },
      },
      { level: 'warn', message: 'rejected 401', context: { source: 'teams/jwt-validator' } },
      { level: 'info', message: 'listening', context: { source: 'teams/jwt-validator' } },
    ]);
  });

  it('drops debug and trace, where the SDK logs whole activities, and empty lines', () => {
    const logger = memoryLogger();
    const sdk = teamsLogger(logger);
    sdk.debug('Handling activity', { text: 'Nötallergi' });
    sdk.trace('trace');
    sdk.log('debug', 'activity/message');
    sdk.error({ response: { data: 'x' } });
    expect(logger.lines).toEqual([]);
    expect(sdk.loggerOptions?.level).toBe('info');
  });
});
