import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/chat.js';
import { testApp } from '../../helpers/test-store.js';

const headings = (r: Reply) =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : [])) : [];

describe('help', () => {
  it('shows coordinators their tools and participants only theirs', async () => {
    const app = testApp({ settings: { admins: ['admin@regionorebrolan.se'] } });
    const participant = await app.dispatcher.runText(
      { platform: 'slack', userId: 'U1', locale: 'sv' },
      'hjälp',
    );
    expect(headings(participant)).toEqual(['Det här kan jag']);
    const admin = await app.dispatcher.runText(
      { platform: 'teams', userId: '29:a', email: 'admin@regionorebrolan.se', locale: 'en' },
      'help',
    );
    expect(headings(admin)).toEqual(['What I can do', 'For facilitators', 'For coordinators']);
    const text = JSON.stringify(admin);
    expect(text).toContain('*roles* – grant and remove roles');
    // Every word the help names for coordinators is a command the dispatcher knows.
    for (const word of [
      'manage',
      'new',
      'guests',
      'match',
      'invite',
      'invitations',
      'figures',
      'catering',
      'participation',
      'export',
      'checkincode',
      'attendance',
      'evaluation',
      'roles',
    ]) {
      expect(app.dispatcher.parse(word), word).not.toHaveProperty('unknown');
    }
    app.close();
  });
});
