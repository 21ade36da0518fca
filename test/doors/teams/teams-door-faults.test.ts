import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { executeSubmit, startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const en = translator('en');
const activityMessage = 'application/vnd.microsoft.activity.message';
const valid = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  diet: 'Vegetarisk',
  invoiceReference: 'KK-123',
};

/**
 * Faults: one short apology when the door fails before a reply exists; a reply the
 * connector will not take is only logged (the command did its work, and an apology would
 * go the same broken way).
 */
describe('Teams door: faults', () => {
  let teams: TeamsDoorHarness;
  afterEach(() => teams.close());

  it('apologises once, in the person’s language, when the door fails before replying', async () => {
    teams = await startTeamsDoor({
      dispatcher: (real) => ({ ...real, run: () => Promise.reject(new Error('database gone')) }),
    });
    const res = await teams.post(executeSubmit(teams, valid, { locale: 'en-US' }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      statusCode: 200,
      type: activityMessage,
      value: en('error.unexpected'),
    });
    const failures = teams.logger.lines.filter((l) => l.level === 'error');
    expect(failures.map((l) => l.message)).toEqual(['teams activity failed']);
    expect(JSON.stringify(failures)).toMatch(/database gone/);
    expect(teams.connector.activities).toHaveLength(0);
  });

  it('apologises for a failed message once, and only logs if even that cannot be sent', async () => {
    teams = await startTeamsDoor({
      dispatcher: (real) => ({ ...real, runText: () => Promise.reject(new Error('boom')) }),
    });
    await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    const [sent] = await teams.connector.waitForActivities(1);
    expect(sent?.body.text).toBe(sv('error.unexpected'));

    teams.connector.failSends(true);
    // Another message (its own id: the same id again would be a redelivery, left alone).
    const another = teams.activity('message-personal', { text: 'hjälp', id: '1732266000999' });
    expect((await teams.post(another)).status).toBe(200);
    expect(teams.connector.refused).toHaveLength(1);
    expect(teams.logger.lines.filter((l) => l.level === 'error').map((l) => l.message)).toEqual([
      'teams activity failed',
      'teams activity failed',
      'teams apology not delivered',
    ]);
  });

  it('logs a reply the connector refuses, without its content, and apologises for nothing', async () => {
    teams = await startTeamsDoor();
    teams.connector.failSends(true);
    const res = await teams.post(teams.activity('message-personal', { text: 'hjälp' }));
    // The command did its work; only delivery failed. An apology would go the same way.
    expect(res.status).toBe(200);
    expect(teams.connector.refused).toHaveLength(1);
    const errors = teams.logger.lines.filter((l) => l.level === 'error');
    expect(errors.map((l) => l.message)).toEqual(['teams reply not delivered']);
    expect(errors[0]?.context).toMatchObject({ activityType: 'message', status: 503 });
    expect(JSON.stringify(teams.logger.lines)).not.toMatch(/Anna|Framtidsforum|forum –/);
  });

  it('logs a connector that cannot be reached', async () => {
    teams = await startTeamsDoor();
    const res = await teams.post({
      ...teams.activity('message-personal'),
      serviceUrl: 'http://127.0.0.1:1/',
    });
    expect(res.status).toBe(200);
    expect(
      teams.logger.lines.some(
        (l) => l.level === 'error' && l.message === 'teams reply not delivered',
      ),
    ).toBe(true);
  });
});
