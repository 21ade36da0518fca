import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeButtonValue } from '../../../src/doors/slack/button-value.js';
import {
  anna,
  blocksOf,
  buttonIn,
  erik,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
  viewOf,
} from './slack-harness.js';
import { buttonBody, slashCommandBody } from './slack-payloads.js';

describe('Slack door: slash command and buttons', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor();
  });
  afterEach(() => slack.close());

  it('answers /forum lista with an ephemeral list of forums, seats and a sign-up button', async () => {
    const responseUrl = slack.fake.responseUrl('cmd-1');
    const result = await slack.post(slashCommandBody('lista', { user: anna, responseUrl }));
    expect(result).toEqual({ status: 200, body: '' }); // acknowledged at once, empty

    const [answer] = await slack.fake.waitFor('cmd-1');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral' });
    const blocks = blocksOf(answer!.body);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Framtidsforum 2027' } });
    expect(textsOf(blocks)).toContain('*Platser*\n0 av 110 bokade, 110 kvar');
    expect(answer?.body.text).toContain('Framtidsforum 2027');

    const signup = buttonIn(blocks, 'Anmäl mig');
    const forum = slack.app.demoForum();
    expect(signup.action_id).toMatch(/^forumbot:\d+$/);
    expect(decodeButtonValue(signup.value)).toEqual({
      c: 'forum.signup',
      a: { forum: String(forum.id) },
    });
    const ids = blocks.flatMap((b) => b.elements ?? []).map((e) => e.action_id);
    expect(new Set(ids).size).toBe(ids.length);
    // Asked for the locale, and remembered where the person wrote from.
    expect(slack.fake.callsTo('users.info')[0]?.body).toMatchObject({
      user: anna,
      include_locale: 'true',
    });
    expect(slack.app.store.conversations.find('slack', 'C0001')?.kind).toBe('channel');
  });

  it('opens the sign-up modal for /forum anmäl', async () => {
    const body = slashCommandBody('anmäl', {
      user: anna,
      responseUrl: slack.fake.responseUrl('c'),
    });
    expect((await slack.post(body)).status).toBe(200);

    const [open] = await slack.fake.waitFor('views.open');
    expect(open?.body.trigger_id).toBe('13345224609.738474920.8088930838d88f008e0');
    const view = viewOf(open!.body);
    expect(view.type).toBe('modal');
    expect(view.callback_id).toBe('forumbot:form');
    expect(view.title?.text).toBe('Anmälan');
    expect(view.title!.text.length).toBeLessThanOrEqual(24);
    expect(view.submit?.text).toBe('Skicka anmälan');
    expect(view.close?.text).toBe('Avbryt');
    const inputs = view.blocks.filter((b) => b.type === 'input');
    expect(inputs.map((b) => b.block_id)).toEqual([
      'organisation',
      'roleTitle',
      'lunchDay1',
      'dinnerDay1',
      'overnight',
      'breakfastDay2',
      'lunchDay2',
      'diet',
      'accessibility',
      'invoiceReference',
    ]);
    const diet = inputs.find((b) => b.block_id === 'diet');
    expect(diet?.element).toMatchObject({ type: 'plain_text_input', max_length: 1000 });
    expect(diet?.optional).toBe(true);
    expect(inputs.find((b) => b.block_id === 'organisation')?.optional).toBe(false);
    expect(inputs.find((b) => b.block_id === 'lunchDay1')?.element?.type).toBe('checkboxes');
    expect(JSON.parse(view.private_metadata ?? '')).toEqual({
      c: 'forum.signup.submit',
      a: { forum: String(slack.app.demoForum().id) },
    });
    expect(slack.fake.callsTo('cmd-1')).toEqual([]); // a form answers with a modal only
  });

  it('speaks English to someone whose Slack is in English', async () => {
    const responseUrl = slack.fake.responseUrl('cmd-en');
    await slack.post(slashCommandBody('list', { user: erik, responseUrl }));
    const [answer] = await slack.fake.waitFor('cmd-en');
    const blocks = blocksOf(answer!.body);
    expect(textsOf(blocks)).toContain('*Seats*\n0 of 110 taken, 110 left');
    expect(buttonIn(blocks, 'Sign me up')).toBeDefined();
    const person = slack.app.store.people.findByIdentity('slack', erik);
    expect(person).toMatchObject({ locale: 'en', email: 'erik.ek@example.org' });
  });

  it('opens the modal when the sign-up button in the list is pressed', async () => {
    await slack.post(
      slashCommandBody('lista', { user: anna, responseUrl: slack.fake.responseUrl('l') }),
    );
    const [list] = await slack.fake.waitFor('l');
    const signup = buttonIn(blocksOf(list!.body), 'Anmäl mig');

    const body = buttonBody(signup, {
      user: anna,
      responseUrl: slack.fake.responseUrl('b'),
      triggerId: 'trigger-from-button',
    });
    expect(await slack.post(body)).toEqual({ status: 200, body: '' });
    const [open] = await slack.fake.waitFor('views.open');
    expect(open?.body.trigger_id).toBe('trigger-from-button');
    const view = viewOf(open!.body);
    expect(view.callback_id).toBe('forumbot:form');
    expect(JSON.parse(view.private_metadata ?? '').a).toEqual({
      forum: String(slack.app.demoForum().id),
    });
  });

  it('answers a button it cannot read with the neutral invalid-input message', async () => {
    const body = buttonBody(
      { action_id: 'forumbot:3', value: '{"c":' },
      { user: anna, responseUrl: slack.fake.responseUrl('bad') },
    );
    await slack.post(body);
    const [answer] = await slack.fake.waitFor('bad');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(answer?.body.text).toBe('Något i det du skickade stämmer inte. Försök igen.');
  });

  it('logs a fault after the acknowledgement and apologises where the person asked', async () => {
    slack.fake.fail('views.open', 'expired_trigger_id');
    await slack.post(
      slashCommandBody('anmäl', { user: anna, responseUrl: slack.fake.responseUrl('f') }),
    );
    const [apology] = await slack.fake.waitFor('f');
    expect(apology?.body).toMatchObject({
      response_type: 'ephemeral',
      text: 'Något gick fel hos mig. Försök igen om en stund.',
    });
    const logged = slack.logger.lines.find((l) => l.message === 'slack request failed');
    expect(logged?.context).toMatchObject({ kind: 'command', command: '/forum' });
    expect(JSON.stringify(slack.logger.lines)).not.toContain('xoxb-test-token');
  });
});
