import { z } from 'zod';
import type { Settings } from './core/settings.js';
import type { SlackDoorOptions } from './doors/slack/create-slack-door.js';
import type { TeamsDoorOptions } from './doors/teams/create-teams-door.js';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(0, 'must be 0–65535')
    .max(65535, 'must be 0–65535')
    .default(fallback);

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''], { error: 'must be true or false' })
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined);

const timeZone = z
  .string()
  .default('Europe/Stockholm')
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Stockholm');

const positive = (fallback: number, what: string) =>
  z.coerce
    .number({ error: `must be a number of ${what}` })
    .positive(`must be more than 0 ${what}`)
    .max(10_000, `must be at most 10000 ${what}`)
    .default(fallback);

/** "14,7" → [14, 7]: days before a deadline. */
const dayList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((v) =>
      v
        .split(',')
        .map((d) => d.trim())
        .filter(Boolean)
        .map(Number),
    )
    .refine(
      (days) => days.every((d) => Number.isInteger(d) && d >= 0 && d <= 365),
      'must be whole days separated by commas, such as 14,7',
    );

const clockTime = z
  .string()
  .default('08:00')
  .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'must be a time such as 08:00');

/**
 * Every setting the bot reads, validated once at start. Variable names follow the platforms'
 * own conventions (SLACK_BOT_TOKEN; CLIENT_ID/CLIENT_SECRET/TENANT_ID as the Teams SDK reads).
 */
export const envSchema = z.object({
  DATABASE_PATH: z.string().min(1).default('data/forumbot.db'),
  DEMO_FORUM: z.string().default('data/framtidsforum-demo.json'),
  DEFAULT_LOCALE: z.enum(['sv', 'en'], { error: 'must be sv or en' }).default('sv'),
  TIME_ZONE: timeZone,
  LOG_LEVEL: z
    .enum(['debug', 'info', 'warn', 'error', 'silent'], {
      error: 'must be debug, info, warn, error or silent',
    })
    .optional(),
  PORT: port(3000),
  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith('xoxb-', 'must start with xoxb-').optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z.string().startsWith('xapp-', 'must start with xapp-').optional(),
  ),
  SLACK_API_URL: optionalText.pipe(
    z.url('must be a URL such as https://slack.com/api/').optional(),
  ),
  PORT_TEAMS: port(3978),
  CLIENT_ID: optionalText,
  CLIENT_SECRET: optionalText,
  TENANT_ID: optionalText,
  TEAMS_ANONYMOUS: flag,
  SHELL_USER: optionalText,
  ADMIN_EMAILS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((e) => e.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.email('must be e-mail addresses separated by commas'))),
  PUBLIC_URL: optionalText.pipe(
    z
      .url('must be the URL people reach the bot on, such as https://forumbot.example.se')
      .optional(),
  ),
  SLACK_SENDS_PER_SECOND: positive(1, 'messages a second'),
  TEAMS_SENDS_PER_SECOND: positive(5, 'messages a second'),
  OFFER_HOLD_HOURS: positive(48, 'hours'),
  INVITATION_REMINDER_DAYS: dayList('14,7'),
  PRACTICAL_INFO_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  DIGEST_TIME: clockTime,
  EVALUATION_DELAY_DAYS: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(0, 'must be 0 or more days')
    .max(30, 'must be at most 30 days')
    .default(0),
  PERSONAL_DETAILS_RETENTION_DAYS: z.coerce
    .number({ error: 'must be a whole number of days' })
    .int('must be a whole number of days')
    .min(1, 'must be 1 or more days')
    .max(3650, 'must be at most 3650 days')
    .default(30),
  EXPORT_DIR: z.string().min(1).default('data/exports'),
  BACKUP_DIR: z.string().min(1).default('data/backups'),
  SHELL_EMAIL: optionalText.pipe(z.email('must be an e-mail address').optional()),
  CYCLE_FILE: z.string().min(1).default('data/arshjul.json'),
  CYCLE_CATCH_UP_HOURS: positive(72, 'hours'),
  FEED_PORT: port(3100),
  FEED_HOST: optionalText,
  FEED_URL: optionalText.pipe(
    z
      .url('must be the URL the calendar feed is reached on, such as https://forumbot.example.se')
      .optional(),
  ),
});

/** Names of settings whose values must never be printed, not even in an error. */
const secrets = new Set([
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'CLIENT_SECRET',
]);

export interface Config {
  databasePath: string;
  demoForumPath: string;
  defaultLocale: 'sv' | 'en';
  timeZone: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Each door's settings, in the shape the door takes them. */
  slack?: SlackDoorOptions;
  teams?: TeamsDoorOptions;
  shell?: { user?: string; email?: string; exportDir: string };
  settings: Settings;
  /** Where people reach the bot's HTTP server, for links it serves (Teams downloads). */
  publicUrl?: string;
  sendsPerSecond: { slack: number; teams: number };
  /** The annual cycle: its file, how far back missed nudges are posted, and its feed server. */
  cycle: {
    file: string;
    catchUpHours: number;
    feed: { port: number; host?: string };
    /** The feed's address as people reach it (FEED_URL, else PUBLIC_URL, else localhost). */
    feedBaseUrl: string;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from an environment (process.env by default). Which doors start
 * follows from what is set: Slack with a bot token, Teams with app credentials or
 * TEAMS_ANONYMOUS=true, and the terminal when neither is configured.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const got = env[name];
      const shown = secrets.has(name) || got === undefined ? '' : ` (got "${got.slice(0, 40)}")`;
      return `  ${name}: ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}\n${fixHint}`);
  }
  const e = parsed.data;
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push(
      '  SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN (Socket Mode) is set',
    );
  }
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    problems.push('  SLACK_BOT_TOKEN: required when other SLACK_ settings are set');
  }
  if (e.CLIENT_ID && !e.CLIENT_SECRET) {
    problems.push('  CLIENT_SECRET: required with CLIENT_ID (the Teams app password)');
  }
  if (!e.CLIENT_ID && e.CLIENT_SECRET) problems.push('  CLIENT_ID: required with CLIENT_SECRET');
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}\n${fixHint}`);
  }

  const slack = e.SLACK_BOT_TOKEN
    ? {
        botToken: e.SLACK_BOT_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        appToken: e.SLACK_APP_TOKEN,
        port: e.PORT,
        apiUrl: e.SLACK_API_URL,
        sendsPerSecond: e.SLACK_SENDS_PER_SECOND,
      }
    : undefined;
  const teams =
    e.CLIENT_ID || e.TEAMS_ANONYMOUS
      ? {
          port: e.PORT_TEAMS,
          clientId: e.CLIENT_ID,
          clientSecret: e.CLIENT_SECRET,
          tenantId: e.TENANT_ID,
          anonymous: !e.CLIENT_ID && e.TEAMS_ANONYMOUS,
          // Without token checks, only this machine may reach the endpoint.
          host: e.CLIENT_ID ? undefined : '127.0.0.1',
          sendsPerSecond: e.TEAMS_SENDS_PER_SECOND,
        }
      : undefined;
  const shell =
    slack || teams
      ? undefined
      : { user: e.SHELL_USER, email: e.SHELL_EMAIL, exportDir: e.EXPORT_DIR };
  return {
    databasePath: e.DATABASE_PATH,
    demoForumPath: e.DEMO_FORUM,
    defaultLocale: e.DEFAULT_LOCALE,
    timeZone: e.TIME_ZONE,
    // In the terminal, log lines would land in the middle of the conversation.
    logLevel: e.LOG_LEVEL ?? (shell ? 'warn' : 'info'),
    ...(slack ? { slack: withoutUndefined(slack) } : {}),
    ...(teams ? { teams: withoutUndefined(teams) } : {}),
    ...(shell ? { shell: withoutUndefined(shell) } : {}),
    settings: {
      admins: e.ADMIN_EMAILS,
      offerHoldHours: e.OFFER_HOLD_HOURS,
      invitationReminderDays: e.INVITATION_REMINDER_DAYS,
      practicalInfoDays: e.PRACTICAL_INFO_DAYS,
      digestTime: e.DIGEST_TIME,
      evaluationDelayDays: e.EVALUATION_DELAY_DAYS,
      personalDetailsRetentionDays: e.PERSONAL_DETAILS_RETENTION_DAYS,
      backupDir: e.BACKUP_DIR,
    },
    ...(e.PUBLIC_URL ? { publicUrl: e.PUBLIC_URL.replace(/\/$/, '') } : {}),
    sendsPerSecond: { slack: e.SLACK_SENDS_PER_SECOND, teams: e.TEAMS_SENDS_PER_SECOND },
    cycle: {
      file: e.CYCLE_FILE,
      catchUpHours: e.CYCLE_CATCH_UP_HOURS,
      // In the terminal the feed is for trying out on this machine.
      feed: withoutUndefined({
        port: e.FEED_PORT,
        host: e.FEED_HOST ?? (shell ? '127.0.0.1' : undefined),
      }),
      feedBaseUrl: (e.FEED_URL ?? e.PUBLIC_URL ?? `http://localhost:${e.FEED_PORT}`).replace(
        /\/$/,
        '',
      ),
    },
  };
}

const fixHint = 'Set these in the environment or in a .env file (see the README: Configuration).';

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
