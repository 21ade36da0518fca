import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeButtonValue } from '../../../src/doors/slack/button-value.js';
import { testApp } from '../../helpers/test-store.js';
import { anna, erik, type SlackDoorHarness, startSlackDoor } from './slack-harness.js';
import { buttonBody, slashCommandBody } from './slack-payloads.js';

describe('Slack door: a person’s copy of their data', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor({ app: testApp() });
  });
  afterEach(async () => {
    await slack.close();
    slack.app.close();
  });

  it('answers /forum mina uppgifter in a channel only to her, and the files go to her DM', async () => {
    // Erik is known to the bot too; nothing of his may be in Anna's files.
    await slack.post(
      slashCommandBody('hjälp', { user: erik, responseUrl: slack.fake.responseUrl('e') }),
    );
    await slack.fake.waitFor('e');

    const responseUrl = slack.fake.responseUrl('cmd');
    await slack.post(
      slashCommandBody('mina uppgifter', { user: anna, responseUrl, channel: 'C0001' }),
    );
    const [answer] = await slack.fake.waitFor('cmd');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral' });
    expect(JSON.stringify(answer?.body)).toContain('Dina uppgifter');

    await slack.fake.waitFor((c) => c.method === 'files.completeUploadExternal', 2);
    const [open] = slack.fake.callsTo('conversations.open');
    expect(open?.body).toMatchObject({ users: anna });
    const shared = slack.fake.sharedFiles();
    expect(shared.map((f) => [f.filename, f.channel])).toEqual([
      [expect.stringMatching(/^mina-uppgifter-\d{4}-\d{2}-\d{2}\.json$/), 'D0001'],
      [expect.stringMatching(/^mina-uppgifter-\d{4}-\d{2}-\d{2}\.xlsx$/), 'D0001'],
    ]);
    const data = JSON.parse(shared[0]?.content?.toString('utf8') ?? '{}');
    expect(data.person.email).toBe('anna.andersson@regionorebrolan.se');
    expect(data.kinds.identities).toEqual([{ platform: 'slack', userId: anna }]);
    expect(shared[0]?.content?.toString('utf8')).not.toContain('erik.ek@example.org');
    // Nothing of it reached the channel.
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    const fileCalls = slack.fake.calls.filter((c) => /^files\./.test(c.method));
    expect(JSON.stringify(fileCalls)).not.toContain('C0001');
  });

  it('erases her from Home and does not make her again by refreshing it', async () => {
    await slack.post(
      slashCommandBody('hjälp', { user: anna, responseUrl: slack.fake.responseUrl('h') }),
    );
    await slack.fake.waitFor('h');
    const me = slack.app.db
      .prepare('SELECT person_id AS id FROM identities WHERE user_id = ?')
      .get(anna) as { id: number };
    const publishedBefore = slack.fake.callsTo('views.publish').length;
    // "Radera" pressed in the Home tab (no response_url): the answer goes to her DM.
    await slack.post(
      buttonBody(
        {
          action_id: 'forumbot:0',
          value: encodeButtonValue('privacy.erase.confirm', { person: String(me.id) }),
        },
        { user: anna },
      ),
    );
    await slack.fake.waitFor((c) => c.method === 'chat.postMessage');
    await slack.app.dispatcher.settled();
    const rows = slack.app.db
      .prepare('SELECT email FROM people WHERE email IS NOT NULL OR display_name IS NOT NULL')
      .all() as { email: string | null }[];
    expect(rows.map((r) => r.email)).not.toContain('anna.andersson@regionorebrolan.se');
    expect(
      slack.app.db.prepare('SELECT count(*) AS n FROM identities WHERE user_id = ?').get(anna),
    ).toEqual({ n: 0 });
    // No Home refresh: it would have looked her up in Slack and made her again.
    expect(slack.fake.callsTo('views.publish')).toHaveLength(publishedBefore);
  });
});
