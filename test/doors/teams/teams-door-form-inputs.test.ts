import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { testApp } from '../../helpers/test-store.js';
import { actionsOf, type Card, cardOf, inputOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';
import { testCommands } from './test-commands.js';

const sv = translator('sv');
const activityMessage = 'application/vnd.microsoft.activity.message';
const adaptiveCard = 'application/vnd.microsoft.card.adaptive';

/**
 * Choice, date and time inputs, over the real wire: the form card the door draws, and what
 * the command is given when Teams sends it back.
 */
describe('Teams door: choice, date and time inputs', () => {
  let teams: TeamsDoorHarness;
  let commands: ReturnType<typeof testCommands>;
  beforeEach(async () => {
    commands = testCommands();
    teams = await startTeamsDoor({
      app: testApp({ commands: commands.commands }),
      publicUrl: 'https://forumbot.example.se',
    });
  });
  afterEach(async () => {
    await teams.close();
    teams.app.close();
  });

  /** Asks for the form and returns its card, as Teams received it. */
  async function openForm(): Promise<Card> {
    await teams.post(teams.activity('message-personal', { text: 'möte' }));
    return cardOf((await teams.connector.waitForActivities(1))[0]);
  }

  /** Presses the card's submit button with these values, as Action.Execute does. */
  function submit(card: Card, values: Record<string, string>) {
    const [button] = actionsOf(card);
    const invoke = teams.activity('action-execute-invoke');
    invoke.value.action = {
      type: 'Action.Execute',
      title: button?.title,
      verb: button?.verb,
      data: { ...button?.data, ...values },
    };
    return teams.post(invoke);
  }

  it('draws a compact choice set, a date picker and a time picker', async () => {
    const card = await openForm();
    expect(inputOf(card, 'room')).toEqual({
      type: 'Input.ChoiceSet',
      id: 'room',
      label: 'Rum',
      isRequired: true,
      style: 'compact',
      choices: [
        { title: 'Aulan', value: 'aula' },
        { title: 'Sal B12', value: 'b12' },
      ],
      value: '',
    });
    expect(inputOf(card, 'day')).toEqual({
      type: 'Input.Date',
      id: 'day',
      label: 'Dag',
      isRequired: true,
      value: '',
    });
    expect(inputOf(card, 'starts')).toEqual({
      type: 'Input.Time',
      id: 'starts',
      label: 'Börjar',
      isRequired: true,
      value: '',
    });
    // The submit carries what each input is, so the values can be read back.
    expect(actionsOf(card)[0]?.data.forumbot).toEqual({
      c: 'test.meeting.save',
      a: { series: '7' },
      d: ['day'],
      h: ['starts'],
      o: { room: ['aula', 'b12'] },
    });
  });

  it('hands the command the chosen value, the date and the time as strings', async () => {
    const card = await openForm();
    const res = await submit(card, {
      room: 'b12',
      day: '2027-03-09',
      starts: '09:30',
      topic: 'Program',
    });

    expect(res.body.type).toBe(adaptiveCard);
    expect(textsOf(res.body.value)).toContain('Sparat: 2027-03-09 kl. 09:30');
    expect(commands.calls).toEqual([
      {
        id: 'test.meeting.save',
        args: { series: '7', room: 'b12', day: '2027-03-09', starts: '09:30', topic: 'Program' },
      },
    ]);
  });

  it('keeps every value and shows each field’s message when the command refuses', async () => {
    const card = await openForm();
    // 13 March 2027 is a Saturday; no room chosen.
    const res = await submit(card, { room: '', day: '2027-03-13', starts: '14:15', topic: 'X' });

    expect(res.body.type).toBe(adaptiveCard);
    const form = res.body.value as Card;
    expect(inputOf(form, 'day')).toMatchObject({
      value: '2027-03-13',
      errorMessage: 'Välj en vardag.',
    });
    expect(inputOf(form, 'room')).toMatchObject({ value: '', errorMessage: 'Välj ett rum.' });
    expect(inputOf(form, 'starts')).toMatchObject({ value: '14:15' });
    expect(inputOf(form, 'starts')).not.toHaveProperty('errorMessage');
    expect(inputOf(form, 'topic')).toMatchObject({ value: 'X' });
    // The messages are also under the fields, for clients that do not show errorMessage.
    expect(textsOf(form)).toEqual(expect.arrayContaining(['Välj en vardag.', 'Välj ett rum.']));

    // Chosen this time: the choice comes back selected.
    const again = await submit(form, { room: 'aula', day: '2027-03-13', starts: '14:15' });
    expect(inputOf(again.body.value, 'room')).toMatchObject({ value: 'aula' });
    expect(inputOf(again.body.value, 'room')).not.toHaveProperty('errorMessage');
  });

  it.each([
    ['a room the card never offered', { room: 'kallaren', day: '2027-03-09', starts: '09:30' }],
    ['a day that does not exist', { room: 'aula', day: '2027-02-30', starts: '09:30' }],
    ['a time that does not exist', { room: 'aula', day: '2027-03-09', starts: '25:00' }],
  ])('refuses %s before anything runs, and leaves the card as it was', async (_, values) => {
    const card = await openForm();
    const res = await submit(card, values);
    expect(res.body).toEqual({
      statusCode: 200,
      type: activityMessage,
      value: sv('error.invalidInput'),
    });
    expect(commands.calls).toEqual([]);
  });

  it('reads the same inputs from an older client’s Action.Submit', async () => {
    const card = await openForm();
    const [button] = actionsOf(card);
    const message = teams.activity('action-submit', {
      value: { ...button?.data, room: 'aula', day: '2027-03-10', starts: '08:00' },
    });
    await teams.post(message);
    const [, answer] = await teams.connector.waitForActivities(2);
    expect(textsOf(cardOf(answer))).toContain('Sparat: 2027-03-10 kl. 08:00');
    expect(commands.calls[0]?.args).toMatchObject({ room: 'aula', day: '2027-03-10' });
  });
});
