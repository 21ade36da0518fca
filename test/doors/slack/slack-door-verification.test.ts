import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signSlackRequest } from '../../helpers/sign-slack-request.js';
import { anna, type SlackDoorHarness, signingSecret, startSlackDoor } from './slack-harness.js';
import { slashCommandBody, submissionBody } from './slack-payloads.js';

const registrations = (slack: SlackDoorHarness) =>
  (slack.app.db.prepare('SELECT count(*) AS n FROM registrations').get() as { n: number }).n;

describe('Slack door: only requests signed by Slack get in', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor();
  });
  afterEach(() => slack.close());

  /** A complete, valid submission (the modal view is built by hand: nothing may be called). */
  const submission = () =>
    submissionBody(
      {
        type: 'modal',
        callback_id: 'forumbot:form',
        private_metadata: JSON.stringify({
          c: 'forum.signup.submit',
          a: { forum: String(slack.app.demoForum().id) },
        }),
        blocks: ['organisation', 'roleTitle', 'invoiceReference'].map((name) => ({
          type: 'input',
          block_id: name,
          element: { type: 'plain_text_input', action_id: 'value' },
        })),
      },
      { organisation: 'Kumla kommun', roleTitle: 'Kommundirektör', invoiceReference: 'KK-1' },
      { user: anna },
    );

  it('refuses a forged signature with 401: nothing stored, nothing sent', async () => {
    const forged = { secret: 'not-the-secret' };
    expect((await slack.post(submission(), forged)).status).toBe(401);
    const command = slashCommandBody('lista', {
      user: anna,
      responseUrl: slack.fake.responseUrl('x'),
    });
    expect((await slack.post(command, forged)).status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    const missing = { timestamp: now, signature: signSlackRequest(signingSecret, now, '') };
    expect((await slack.post(command, missing)).status).toBe(401); // signed some other body
    expect(registrations(slack)).toBe(0);
    expect(slack.fake.calls).toEqual([]);
  });

  it('refuses a correctly signed request that is six minutes old (a replay)', async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    expect((await slack.post(submission(), { timestamp: sixMinutesAgo })).status).toBe(401);
    expect(registrations(slack)).toBe(0);
    expect(slack.fake.calls).toEqual([]);
  });

  it('accepts the same submission signed now (the control)', async () => {
    expect(await slack.post(submission())).toEqual({ status: 200, body: '' });
    expect(registrations(slack)).toBe(1);
    await slack.fake.waitFor('views.publish'); // let the door finish before it is stopped
  });
});
