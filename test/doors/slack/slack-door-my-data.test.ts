import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testApp } from '../../helpers/test-store.js';
import { anna, erik, type SlackDoorHarness, startSlackDoor } from './slack-harness.js';
import { slashCommandBody } from './slack-payloads.js';

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
});
