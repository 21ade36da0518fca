import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderModal } from '../../../src/doors/slack/render-modal.js';
import {
  anna,
  blocksOf,
  erik,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
  viewOf,
} from './slack-harness.js';
import { filledIn, type SentView, slashCommandBody, submissionBody } from './slack-payloads.js';

describe('Slack door: the sign-up modal', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor();
  });
  afterEach(() => slack.close());

  /** Opens the modal the way a person does, and returns the view Slack was asked to show. */
  async function openSignup() {
    const opened = slack.fake.callsTo('views.open').length;
    const command = slashCommandBody('anmäl', {
      user: anna,
      responseUrl: slack.fake.responseUrl('c'),
    });
    // Each /forum gets a trigger_id of its own from Slack; the same body twice is a replay.
    (command as { form: Record<string, string> }).form.trigger_id = `trigger-${opened}`;
    await slack.post(command);
    const calls = await slack.fake.waitFor('views.open', opened + 1);
    return viewOf(calls[opened]!.body);
  }

  const registrations = () =>
    (slack.app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number }).n;

  it('stores a valid submission, closes the modal, confirms in the DM and refreshes Home', async () => {
    const view = await openSignup();
    const result = await slack.post(submissionBody(view, filledIn, { user: anna }));
    expect(result).toEqual({ status: 200, body: '' }); // empty answer: the modal closes

    const forum = slack.app.demoForum();
    const person = slack.app.store.people.findByIdentity('slack', anna)!;
    expect(person).toMatchObject({
      email: 'anna.andersson@regionorebrolan.se',
      displayName: 'Anna Andersson',
    });
    expect(slack.app.store.registrations.find(forum.id, person.id)).toMatchObject({
      status: 'registered',
      organisation: 'Kumla kommun',
      overnight: true,
      breakfastDay2: false,
      accessibility: '',
    });

    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted?.body.channel).toBe(anna);
    expect(posted?.body.text).toContain('Klart! Du är anmäld till Framtidsforum 2027.');
    expect(textsOf(blocksOf(posted!.body))).toContain(
      'Klart! Du är anmäld till Framtidsforum 2027.',
    );
    const [home] = await slack.fake.waitFor('views.publish');
    expect(home?.body.user_id).toBe(anna);
    expect(textsOf(viewOf(home!.body).blocks)).toContain('Du är anmäld.');
    expect(slack.logger.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });

  it('shows field errors in Swedish for a 5,000-character diet and no organisation', async () => {
    const view = await openSignup();
    const result = await slack.post(
      submissionBody(
        view,
        { ...filledIn, diet: 'x'.repeat(5000), organisation: '' },
        { user: anna },
      ),
    );
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({
      response_action: 'errors',
      errors: {
        diet: 'Högst 1000 tecken (nu 5000).',
        organisation: 'Fyll i det här fältet.',
      },
    });
    expect(registrations()).toBe(0);
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('keeps one registration when someone signs up twice', async () => {
    await slack.post(submissionBody(await openSignup(), filledIn, { user: anna }));
    await slack.fake.waitFor('views.publish');
    const again = await openSignup();
    // The second modal opens with the first answers and the "save" label.
    expect(again.submit?.text).toBe('Spara ändringar');
    const org = again.blocks.find((b) => b.block_id === 'organisation');
    expect(org?.element?.initial_value).toBe('Kumla kommun');

    await slack.post(submissionBody(again, { ...filledIn, diet: 'Vegan' }, { user: anna }));
    const posted = await slack.fake.waitFor('chat.postMessage', 2);
    await slack.fake.waitFor('views.publish', 2);
    expect(posted[1]?.body.text).toContain('Klart! Din anmälan till Framtidsforum 2027 är ändrad.');
    expect(registrations()).toBe(1);
    expect(slack.app.store.registrations.countActive(slack.app.demoForum().id)).toBe(1);
  });

  it('escapes what people write, so a diet cannot ping a channel or hide a link', async () => {
    const diet = '<!channel> <@U123> <https://evil|x> & co';
    await slack.post(submissionBody(await openSignup(), { ...filledIn, diet }, { user: anna }));
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    const sent = JSON.stringify(posted?.body);
    expect(sent).not.toContain('<!channel>');
    expect(sent).not.toContain('<@U123>');
    expect(sent).not.toContain('<https://evil');
    expect(textsOf(blocksOf(posted!.body))).toContain(
      '*Kost och allergier*\n&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil|x&gt; &amp; co',
    );
    await slack.fake.waitFor('views.publish');
    // Stored as written: escaping belongs to the door's output, not to the data.
    const person = slack.app.store.people.findByIdentity('slack', anna)!;
    expect(slack.app.store.registrations.find(slack.app.demoForum().id, person.id)?.diet).toBe(
      diet,
    );
  });

  it('keeps the modal open with what was typed when registration closed meanwhile', async () => {
    const view = await openSignup();
    // Meanwhile the deadline passes (a coordinator moved it, or the person took their time).
    slack.app.db
      .prepare('UPDATE forums SET registration_closes_at = ?')
      .run('2026-11-01T00:00:00Z');
    const result = await slack.post(submissionBody(view, filledIn, { user: anna }));
    // An error under the first input keeps the modal, and every value in it, open.
    const answer = JSON.parse(result.body);
    expect(Object.keys(answer.errors)).toEqual(['organisation']);
    expect(answer).toMatchObject({ response_action: 'errors' });
    expect(answer.errors.organisation).toMatch(/^Anmälan till Framtidsforum 2027 stängde .+\./);
    expect(answer.errors.organisation).not.toContain('*'); // error text is plain
    expect(registrations()).toBe(0);
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('logs a reply Slack refuses after the registration was stored, and apologises for nothing', async () => {
    const view = await openSignup();
    slack.fake.fail('chat.postMessage', 'channel_not_found');
    expect(await slack.post(submissionBody(view, filledIn, { user: anna }))).toEqual({
      status: 200,
      body: '',
    });
    const line = await Promise.race([
      slack.logger.logged('slack reply failed'),
      slack.logger.logged('slack request failed'),
    ]);
    expect(line).toMatchObject({ level: 'warn', message: 'slack reply failed' });
    expect(JSON.stringify(line)).not.toContain(anna);
    await slack.fake.waitFor('views.publish'); // the Home refresh is the handler's last step
    expect(registrations()).toBe(1);
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1); // the refused confirmation
    expect(slack.fake.calls.filter((c) => c.kind === 'response_url')).toEqual([]);
    expect(slack.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('asks Slack nothing before answering a submission, and answers in the stored language', async () => {
    // Erik is known from earlier (in English), but this door has never looked him up.
    const actor = {
      platform: 'slack' as const,
      userId: erik,
      locale: 'en' as const,
      email: 'erik.ek@example.org',
    };
    const forum = String(slack.app.demoForum().id);
    const reply = await slack.app.dispatcher.run(actor, 'forum.signup', { forum });
    if (reply.kind !== 'form') throw new Error('expected the sign-up form');
    const view = renderModal(reply.form, 'en') as SentView;

    const result = await slack.post(
      submissionBody(view, { ...filledIn, organisation: '' }, { user: erik }),
    );
    expect(slack.fake.callsTo('users.info')).toEqual([]);
    expect(JSON.parse(result.body)).toEqual({
      response_action: 'errors',
      errors: { organisation: 'Please fill in this field.' },
    });
  });
});
