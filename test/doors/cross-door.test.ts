import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plain } from '../../src/doors/shell/render-view.js';
import { createShellSession } from '../../src/doors/shell/shell-session.js';
import { testApp } from '../helpers/test-store.js';
import {
  anna,
  blocksOf,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
  viewOf,
} from './slack/slack-harness.js';
import { slashCommandBody, submissionBody } from './slack/slack-payloads.js';
import { cardOf, textsOf as cardTexts } from './teams/card-query.js';
import { executeSubmit, startTeamsDoor, type TeamsDoorHarness } from './teams/teams-harness.js';

/**
 * Three doors over one database, as in production: a seat taken in one door is a seat
 * taken in all of them.
 */
describe('one forum, three doors', () => {
  const app = testApp();
  let slack: SlackDoorHarness;
  let teams: TeamsDoorHarness;
  const shellOut: string[] = [];
  const shell = createShellSession({
    dispatcher: app.dispatcher,
    actor: { platform: 'shell', userId: 'kim', locale: 'sv' },
    style: plain,
    write: (line) => shellOut.push(line),
  });

  beforeAll(async () => {
    slack = await startSlackDoor({ app });
    teams = await startTeamsDoor({ app });
  });
  afterAll(async () => {
    await slack.close();
    await teams.close();
    app.close();
  });

  it('counts the sign-ups made through the other doors', async () => {
    // The terminal.
    for (const line of [
      'anmäl',
      'Degerfors kommun',
      'Kommunchef',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      'D-1',
    ]) {
      await shell.handleLine(line);
    }
    expect(shellOut.join('\n')).toContain('Klart! Du är anmäld till Framtidsforum 2027.');

    // Slack: the modal, filled in and submitted.
    await slack.post(
      slashCommandBody('anmäl', { user: anna, responseUrl: slack.fake.responseUrl('a') }),
    );
    const [opened] = await slack.fake.waitFor('views.open');
    const submitted = await slack.post(
      submissionBody(
        viewOf(opened!.body),
        { organisation: 'Kumla kommun', roleTitle: 'Rektor', invoiceReference: 'K-2' },
        { user: anna },
      ),
    );
    expect(submitted.status).toBe(200);

    // Teams: Action.Execute from the sign-up card.
    const res = await teams.post(
      executeSubmit(teams, {
        organisation: 'Örebro universitet',
        roleTitle: 'Prorektor',
        invoiceReference: 'OU-3',
      }),
    );
    expect(cardTexts(res.body.value)).toContain('Klart! Du är anmäld till Framtidsforum 2027.');

    const seats = '3 av 110 bokade, 107 kvar';
    // Each door shows the same count.
    shellOut.length = 0;
    await shell.handleLine('forum');
    expect(shellOut.join('\n')).toContain(`Platser: ${seats}`);

    await slack.post(
      slashCommandBody('forum', { user: anna, responseUrl: slack.fake.responseUrl('list') }),
    );
    const [listed] = await slack.fake.waitFor('list');
    expect(textsOf(blocksOf(listed!.body))).toContain(`*Platser*\n${seats}`);

    await teams.post(teams.activity('message-personal', { text: 'forum' }));
    const activities = await teams.connector.waitForActivities(1);
    const facts = cardOf(activities.at(-1)).body.flatMap(
      (e: { type: string; facts?: { value: string }[] }) =>
        e.type === 'FactSet' ? (e.facts ?? []).map((f) => f.value) : [],
    );
    expect(facts).toContain(seats);
    expect(app.store.registrations.countActive(app.demoForum().id)).toBe(3);
  });
});
