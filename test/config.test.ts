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
    expect(config.slack).toEqual({ botToken: 'xoxb-1', signingSecret: 's', port: 8080 });
    expect(config.teams).toEqual({
      port: 3978,
      clientId: 'id',
      clientSecret: 'secret',
      tenantId: 't',
      anonymous: false,
    });
    expect(config.shell).toBeUndefined();
  });

  it('runs Teams without credentials only when asked to', () => {
    expect(loadConfig({ TEAMS_ANONYMOUS: 'true' }).teams).toEqual({
      port: 3978,
      anonymous: true,
      host: '127.0.0.1',
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
