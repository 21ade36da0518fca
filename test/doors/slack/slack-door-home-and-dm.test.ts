import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeButtonValue } from '../../../src/doors/slack/button-value.js';
import {
  anna,
  blocksOf,
  buttonIn,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
  viewOf,
} from './slack-harness.js';
import { buttonBody, directMessageBody, homeOpenedBody } from './slack-payloads.js';

describe('Slack door: Home tab and direct messages', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor();
  });
  afterEach(() => slack.close());

  it('publishes the Home tab with the person’s registration when it is opened', async () => {
    const forum = slack.app.demoForum();
    const actor = { platform: 'slack' as const, userId: anna, locale: 'sv' as const };
    await slack.app.dispatcher.run(actor, 'forum.signup.submit', {
      forum: String(forum.id),
      organisation: 'Kumla kommun',
      roleTitle: 'Kommundirektör',
      invoiceReference: 'KK-123',
    });

    expect(await slack.post(homeOpenedBody(anna))).toEqual({ status: 200, body: '' });
    const [home] = await slack.fake.waitFor('views.publish');
    expect(home?.body.user_id).toBe(anna);
    const view = viewOf(home!.body);
    expect(view.type).toBe('home');
    expect(view.blocks[0]).toMatchObject({ type: 'header', text: { text: 'Hej Anna!' } });
    expect(textsOf(view.blocks)).toContain('Du är anmäld.');
    expect(buttonIn(view.blocks, 'Ändra anmälan')).toBeDefined();
    // The event names the app's DM with the person: kept for later messages.
    expect(slack.app.store.conversations.find('slack', 'D0001')?.kind).toBe('personal');
  });

  it('answers a Home-tab button (no response_url) in the app’s DM', async () => {
    const value = JSON.stringify({ c: 'help', a: {} });
    await slack.post(buttonBody({ action_id: 'forumbot:4', value }, { user: anna }));
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted?.body.channel).toBe(anna);
    expect(textsOf(blocksOf(posted!.body))[0]).toBe('Det här kan jag');
  });

  it('logs a failed Home refresh without apologising for an answer already given', async () => {
    slack.fake.fail('views.publish', 'not_enabled');
    // A command about the person's own registration, so the Home tab is refreshed after it.
    const value = JSON.stringify({
      c: 'forum.cancel.keep',
      a: { forum: String(slack.app.demoForum().id) },
    });
    await slack.post(buttonBody({ value }, { user: anna }));
    const line = await slack.logger.logged('slack home refresh failed');
    expect(line.level).toBe('warn');
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1); // the answer, no apology
  });

  it('answers hjälp in the DM with the help', async () => {
    expect(await slack.post(directMessageBody('hjälp', anna))).toEqual({ status: 200, body: '' });
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted?.body.channel).toBe('D0001');
    const blocks = blocksOf(posted!.body);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Det här kan jag' } });
    expect(buttonIn(blocks, 'Kommande forum')).toBeDefined();
    expect(posted?.body.text).toContain('Det här kan jag');
  });

  it('offers a button that opens the form when a form is asked for in the DM', async () => {
    await slack.post(directMessageBody('anmäl framtidsforum-2027', anna));
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    const button = buttonIn(blocksOf(posted!.body), 'Anmälan');
    expect(decodeButtonValue(button.value)).toEqual({
      c: 'forum.signup',
      a: { forum: 'framtidsforum-2027' },
    });
    expect(slack.fake.callsTo('views.open')).toEqual([]);
  });
});
