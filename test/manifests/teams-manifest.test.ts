import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bundledSchemaPath,
  validateTeamsLocalization,
  validateTeamsManifest,
} from '../../src/tools/validate-teams-manifest.js';
import { testApp } from '../helpers/test-store.js';

const dir = new URL('../../manifests/teams/', import.meta.url);
const template = readFileSync(new URL('manifest.json', dir), 'utf8');
const filled = JSON.parse(
  template
    .replace(/\$\{\{TEAMS_APP_ID\}\}/, '2f4c8a52-7d1e-4b0a-9c3e-1a2b3c4d5e6f')
    .replace(/\$\{\{BOT_ID\}\}/g, '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d'),
);
const english = JSON.parse(readFileSync(new URL('en-us.json', dir), 'utf8'));

describe('Teams manifest', () => {
  it('is checked against a schema bundled in @microsoft/app-manifest, not fetched', () => {
    expect(filled.manifestVersion).toBe('1.30');
    expect(filled.$schema).toContain(`/teams/v${filled.manifestVersion}/`);
    expect(existsSync(bundledSchemaPath(filled.manifestVersion, 'MicrosoftTeams'))).toBe(true);
  });

  it('validates with zero errors once the ids are filled in', () => {
    expect(validateTeamsManifest(filled)).toEqual([]);
  });

  it('is rejected with its placeholders still in, so the check really bites', () => {
    const problems = validateTeamsManifest(JSON.parse(template));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/^\/id must match pattern/m);
    expect(problems.join('\n')).toMatch(/^\/bots\/0\/botId must match pattern/m);
    expect(problems.join('\n')).toMatch(/^\/webApplicationInfo\/id must match pattern/m);
  });

  it('asks a team’s owner to let the bot read channel messages without an @mention (RSC)', () => {
    // Replies in the threads of the bot's posts come unmentioned; without this permission
    // Teams delivers a channel message only when it @mentions the bot.
    expect(filled.authorization).toEqual({
      permissions: {
        resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }],
      },
    });
    // Resource-specific consent is granted to the bot's own Entra app.
    expect(filled.webApplicationInfo.id).toBe(filled.bots[0].botId);
    expect(filled.webApplicationInfo.resource).toBeTruthy();
    // Not every message of every group chat: only channels of the teams it is installed in.
    expect(JSON.stringify(filled.authorization)).not.toContain('ChatMessage.Read.Chat');
    // The store asks that the description say how the bot uses what it reads.
    expect(filled.description.full).toMatch(/trådar/);
    expect(english['description.full']).toMatch(/threads/);
  });

  it('offers the bot everywhere with the Swedish commands', () => {
    const [bot] = filled.bots;
    expect(bot.scopes).toEqual(['personal', 'team', 'groupChat']);
    // Files: coordinators send guest lists in the personal chat (Teams delivers them only there).
    expect(bot).toMatchObject({ supportsFiles: true, isNotificationOnly: false });
    const titles = bot.commandLists.flatMap((l: { commands: { title: string }[] }) =>
      l.commands.map((c) => c.title),
    );
    expect(titles).toEqual([
      'hjälp',
      'forum',
      'program',
      'anmäl',
      'min',
      'ändra',
      'avboka',
      'checkin',
      'runda',
      'årshjul',
    ]);
    // What Teams offers in its command menu is what the bot understands, in both languages.
    const englishTitles = Object.entries(english)
      .filter(([key]) => key.endsWith('.title') && key.startsWith('bots['))
      .map(([, title]) => String(title));
    expect(englishTitles).toHaveLength(titles.length);
    const { dispatcher, close } = testApp({ seed: false });
    for (const title of [...titles, ...englishTitles]) {
      expect(dispatcher.parse(title), title).toHaveProperty('commandId');
    }
    close();
    expect(filled.localizationInfo.defaultLanguageTag).toBe('sv-SE');
    expect(filled.validDomains).toEqual([]);
  });
});

describe('Teams English strings (en-us.json)', () => {
  it('validates against the bundled localisation schema', () => {
    expect(validateTeamsLocalization(english, '1.30')).toEqual([]);
  });

  it('is rejected with a key the schema does not know', () => {
    const problems = validateTeamsLocalization({ ...english, 'bots[0].title': 'x' }, '1.30');
    expect(problems.join('\n')).toMatch(/must NOT have additional properties/);
  });

  it('translates every command title and description', () => {
    const commands = filled.bots[0].commandLists[0].commands as unknown[];
    commands.forEach((_, i) => {
      const key = `bots[0].commandLists[0].commands[${i}]`;
      expect(english[`${key}.title`], key).toMatch(/^[a-z]+$/);
      expect(english[`${key}.description`], key).toBeTruthy();
    });
    expect(filled.localizationInfo.additionalLanguages).toEqual([
      { languageTag: 'en-US', file: 'en-us.json' },
    ]);
  });
});
