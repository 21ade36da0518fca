import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// No YAML parser is installed and the manifest uses a small subset of YAML (two-space maps,
// lists, comments, one folded scalar), so these helpers read just that subset, by indentation.
const text = readFileSync(new URL('../../manifests/slack/manifest.yaml', import.meta.url), 'utf8');
const lines = text.split('\n');
const indent = (line: string) => line.length - line.trimStart().length;
const isNoise = (line: string) => /^\s*(#.*)?$/.test(line);

/** A scalar without its trailing comment and quotes. */
const scalar = (raw: string) => {
  const quoted = raw.match(/^"([^"]*)"/);
  return quoted ? quoted[1]! : raw.replace(/\s+#.*$/, '').trim();
};

/** The lines nested under a key path, e.g. ['settings', 'event_subscriptions']. */
function block(path: string[]): string[] {
  let scope = lines;
  for (const key of path) {
    const own = Math.min(...scope.filter((l) => !isNoise(l)).map(indent));
    const at = scope.findIndex((l) => indent(l) === own && l.trim().startsWith(`${key}:`));
    if (at < 0) throw new Error(`no key ${path.join('.')}`);
    const end = scope.findIndex((l, i) => i > at && !isNoise(l) && indent(l) <= own);
    scope = scope.slice(at, end < 0 ? undefined : end);
    scope = [scope[0]!.slice(0, own) + scope[0]!.trim(), ...scope.slice(1)];
    if (key !== path.at(-1)) scope = scope.slice(1);
  }
  return scope;
}

/** The value written after `key:` on the key's own line. */
const value = (path: string[]) => scalar(block(path)[0]!.replace(/^\s*[\w.]+:\s*/, ''));

/** `- item` entries directly under a key. */
const items = (path: string[]) =>
  block(path)
    .slice(1)
    .filter((l) => /^\s*- /.test(l))
    .map((l) => scalar(l.replace(/^\s*- /, '')));

describe('Slack app manifest', () => {
  it('is YAML-shaped: spaces only, two-space nesting, key/list lines or a folded scalar', () => {
    expect(text).not.toMatch(/\t/);
    let foldedAt = -1; // indentation of a `key: >-` line whose continuation we are in
    for (const [i, line] of lines.entries()) {
      if (isNoise(line)) continue;
      if (foldedAt >= 0 && indent(line) > foldedAt) continue;
      foldedAt = -1;
      expect(indent(line) % 2, `line ${i + 1}: ${line}`).toBe(0);
      // Either `key:` / `key: value` (optionally as a list item), or a plain `- scalar`
      // that holds no ": " (which would make it a mapping) and starts with no YAML indicator.
      const entry = line.replace(/\s+#.*$/, '');
      const mapping = /^\s*(- )?[\w.]+:(\s+\S.*)?$/.test(entry);
      const listScalar = /^\s*- ("[^"]*"|[^\s"'#&*!|>%@`{[\]-](?!.*: ).*)$/.test(entry);
      expect(mapping || listScalar, `line ${i + 1}: ${line}`).toBe(true);
      if (/:\s*>-?\s*$/.test(line)) foldedAt = indent(line);
    }
    const topLevel = lines.filter((l) => /^\w/.test(l)).map((l) => l.split(':')[0]);
    expect(topLevel).toEqual([
      '_metadata',
      'display_information',
      'features',
      'oauth_config',
      'settings',
    ]);
  });

  it('names the app and gives a Swedish description', () => {
    expect(value(['display_information', 'name'])).toBe('forumbot');
    expect(value(['display_information', 'description'])).toMatch(/anmäl dig/);
    expect(value(['display_information', 'background_color'])).toMatch(/^#[0-9a-f]{6}$/i);
    expect(value(['features', 'bot_user', 'always_online'])).toBe('true');
  });

  it('declares /forum with a usage hint and no escaping', () => {
    const commands = block(['features', 'slash_commands']).join('\n');
    expect(commands).toMatch(/^\s*- command: \/forum\s*$/m);
    expect(commands).toMatch(/^\s*usage_hint: ".*hjälp.*avboka.*"\s*$/m);
    expect(commands).toMatch(/^\s*should_escape: false\s*$/m);
    expect(commands).not.toMatch(/^\s*url:/m); // Socket Mode: no request URL
  });

  it('enables the Home and Messages tabs', () => {
    expect(value(['features', 'app_home', 'home_tab_enabled'])).toBe('true');
    expect(value(['features', 'app_home', 'messages_tab_enabled'])).toBe('true');
    expect(value(['features', 'app_home', 'messages_tab_read_only_enabled'])).toBe('false');
  });

  it('asks for exactly the bot scopes forumbot uses', () => {
    expect(items(['oauth_config', 'scopes', 'bot'])).toEqual([
      'commands',
      'chat:write',
      'channels:history',
      'files:read',
      'files:write',
      'groups:history',
      'im:history',
      'im:read',
      'im:write',
      'users:read',
      'users:read.email',
    ]);
  });

  it('reads the channels it is in for thread replies, with the history scope each event needs', () => {
    // Slack refuses to save a manifest whose events lack their scope.
    const scopes = items(['oauth_config', 'scopes', 'bot']);
    const events = items(['settings', 'event_subscriptions', 'bot_events']);
    const scopeOf: Record<string, string> = {
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
      'message.im': 'im:history',
    };
    for (const [event, scope] of Object.entries(scopeOf)) {
      expect(events, event).toContain(event);
      expect(scopes, `${event} needs ${scope}`).toContain(scope);
    }
    // No mpim: group DMs are not where the bot posts.
    expect(events).not.toContain('message.mpim');
    expect(scopes).not.toContain('mpim:history');
  });

  it('runs over Socket Mode with the events and interactivity it handles', () => {
    expect(value(['settings', 'socket_mode_enabled'])).toBe('true');
    expect(value(['settings', 'org_deploy_enabled'])).toBe('false');
    expect(value(['settings', 'token_rotation_enabled'])).toBe('false');
    expect(value(['settings', 'interactivity', 'is_enabled'])).toBe('true');
    expect(items(['settings', 'event_subscriptions', 'bot_events'])).toEqual([
      'app_home_opened',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
    expect(block(['settings']).join('\n')).not.toMatch(/^\s*request_url:/m);
  });
});
