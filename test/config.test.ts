import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('starts the terminal door with the embedded database when nothing is configured', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databasePath: 'data/forumbot.db',
      defaultLocale: 'sv',
      timeZone: 'Europe/Stockholm',
      logLevel: 'warn',
      shell: {},
    });
    expect(config.slack).toBeUndefined();
    expect(config.teams).toBeUndefined();
  });

  it('starts Slack with a bot token and a signing secret, and Teams with credentials', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      PORT: '8080',
      CLIENT_ID: 'id',
      CLIENT_SECRET: 'secret',
      TENANT_ID: 't',
    });
    expect(config.slack).toEqual({
      botToken: 'xoxb-1',
      signingSecret: 's',
      port: 8080,
      sendsPerSecond: 1,
    });
    expect(config.teams).toEqual({
      port: 3978,
      clientId: 'id',
      clientSecret: 'secret',
      tenantId: 't',
      anonymous: false,
      sendsPerSecond: 5,
    });
    expect(config.shell).toBeUndefined();
  });

  it('runs Teams without credentials only when asked to', () => {
    expect(loadConfig({ TEAMS_ANONYMOUS: 'true' }).teams).toEqual({
      port: 3978,
      anonymous: true,
      host: '127.0.0.1',
      sendsPerSecond: 5,
    });
  });

  it('names the bad variable and how to fix it, without printing secrets', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'abc',
        SLACK_BOT_TOKEN: 'xoxp-very-secret-token',
        TIME_ZONE: 'Mars/Olympus',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const text = (error as Error).message;
      expect(text).toContain('PORT: must be a port number (got "abc")');
      expect(text).toContain('SLACK_BOT_TOKEN: must start with xoxb-');
      expect(text).toContain('TIME_ZONE: must be an IANA time zone');
      expect(text).toContain('.env');
      expect(text).not.toContain('very-secret');
    }
  });

  it('refuses half a Slack or Teams configuration', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(
      /SLACK_SIGNING_SECRET: required/,
    );
    expect(() => loadConfig({ CLIENT_ID: 'id' })).toThrow(/CLIENT_SECRET: required/);
  });
});

describe('the season settings', () => {
  it('have the region’s defaults and read lists, times and pacing from the environment', () => {
    expect(loadConfig({}).settings).toMatchObject({
      admins: [],
      offerHoldHours: 48,
      invitationReminderDays: [14, 7],
      digestTime: '08:00',
    });
    const config = loadConfig({
      ADMIN_EMAILS: 'Anna@Kumla.se, bo@regionorebrolan.se',
      INVITATION_REMINDER_DAYS: '21, 7 ,2',
      OFFER_HOLD_HOURS: '24',
      SLACK_SENDS_PER_SECOND: '0.5',
      EVALUATION_DELAY_DAYS: '2',
    });
    expect(config.settings.evaluationDelayDays).toBe(2);
    expect(config.settings.admins).toEqual(['anna@kumla.se', 'bo@regionorebrolan.se']);
    expect(config.settings.invitationReminderDays).toEqual([21, 7, 2]);
    expect(config.settings.offerHoldHours).toBe(24);
    expect(config.sendsPerSecond.slack).toBe(0.5);
  });

  it('say which setting is wrong and how', () => {
    expect(() => loadConfig({ ADMIN_EMAILS: 'anna' })).toThrow(
      /ADMIN_EMAILS: must be e-mail addresses/,
    );
    expect(() => loadConfig({ INVITATION_REMINDER_DAYS: '14,x' })).toThrow(
      /INVITATION_REMINDER_DAYS: must be whole days separated by commas/,
    );
    expect(() => loadConfig({ DIGEST_TIME: '25:00' })).toThrow(/DIGEST_TIME: must be a time/);
    expect(() => loadConfig({ OFFER_HOLD_HOURS: '0' })).toThrow(
      /OFFER_HOLD_HOURS: must be more than 0/,
    );
    expect(() => loadConfig({ EVALUATION_DELAY_DAYS: '1.5' })).toThrow(
      /EVALUATION_DELAY_DAYS: must be a whole number of days/,
    );
  });
});
