import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/core/chat.js';
import { testApp } from '../../helpers/test-store.js';

const withoutEmail: Actor = { platform: 'teams', userId: '29:anna', locale: 'sv' };
const withEmail: Actor = { ...withoutEmail, email: 'anna@kumla.se', displayName: 'Anna' };
const inSlack: Actor = {
  platform: 'slack',
  userId: 'U-ANNA',
  email: 'anna@kumla.se',
  locale: 'sv',
};

describe('one person across platforms', () => {
  it('joins a row first seen without an e-mail to the person who has it, when it has no history', async () => {
    const app = testApp();
    await app.dispatcher.run(inSlack, 'help');
    await app.dispatcher.run(withoutEmail, 'help');
    expect(app.store.people.findByIdentity('teams', '29:anna')?.email).toBeNull();
    await app.dispatcher.run(withEmail, 'help');
    const slack = app.store.people.findByIdentity('slack', 'U-ANNA')!;
    expect(app.store.people.findByIdentity('teams', '29:anna')?.id).toBe(slack.id);
    app.close();
  });

  it('leaves a row with a history of its own for an admin, so no record loses its person', async () => {
    const app = testApp();
    await app.dispatcher.run(inSlack, 'help');
    await app.dispatcher.run(withoutEmail, 'help');
    const teamsOnly = app.store.people.findByIdentity('teams', '29:anna')!;
    app.store.roles.grant(teamsOnly.id, 'facilitator', null, 'now');
    await app.dispatcher.run(withEmail, 'help');
    expect(app.store.people.findByIdentity('teams', '29:anna')?.id).toBe(teamsOnly.id);
    expect(app.store.roles.of(teamsOnly.id)).toEqual(['facilitator']);
    app.close();
  });
});
