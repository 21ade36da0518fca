import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Form, type FormValue, message } from '../../../src/core/chat.js';
import { defineCommand } from '../../../src/core/command.js';
import { testApp } from '../../helpers/test-store.js';
import { anna, type SlackDoorHarness, startSlackDoor, viewOf } from './slack-harness.js';
import { type SentView, slashCommandBody, submissionBody } from './slack-payloads.js';

/** A small booking form with one input of each new kind, and the commands around it. */
const sectors = [
  { value: 'kommun', label: 'Kommun' },
  { value: 'region', label: 'Region' },
  { value: 'civil', label: 'Civilsamhälle' },
];

const bookingForm = (values: Record<string, FormValue>, errors?: Record<string, string>): Form => ({
  title: 'Boka samtal',
  submitLabel: 'Boka',
  submitCommand: 'test.book.submit',
  args: { forum: '7' },
  inputs: [
    { kind: 'choice', name: 'sector', label: 'Sektor', required: true, options: sectors },
    { kind: 'date', name: 'day', label: 'Dag', required: true },
    { kind: 'time', name: 'at', label: 'Tid', required: false },
  ],
  values,
  ...(errors ? { errors } : {}),
});

const submissions: Record<string, string>[] = [];

const commands = [
  defineCommand({
    id: 'test.book',
    words: ['boka'],
    args: z.object({}),
    run: () => ({
      kind: 'form',
      form: bookingForm({ sector: 'region', day: '2027-03-09', at: '09:30' }),
    }),
  }),
  defineCommand({
    id: 'test.book.submit',
    args: z.object({ forum: z.string(), sector: z.string(), day: z.string(), at: z.string() }),
    run(_ctx, args) {
      submissions.push(args);
      const errors: Record<string, string> = {};
      if (args.day < '2027-01-01') errors.day = 'Välj en dag under 2027.';
      if (args.at >= '17:00') errors.at = 'Välj en tid före 17.00.';
      // A refusal that names no input: the form comes back as it was.
      if (args.sector === 'civil') errors.forum = 'Civilsamhällets tider är fullbokade.';
      if (Object.keys(errors).length > 0) {
        const { forum: _, ...values } = args;
        return { kind: 'form', form: bookingForm(values, errors), outcome: 'refused' };
      }
      return message({ kind: 'text', text: `Bokat: ${args.sector} ${args.day} kl. ${args.at}` });
    },
  }),
];

describe('Slack door: choices, dates and times in a modal', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    submissions.length = 0;
    slack = await startSlackDoor({ app: testApp({ commands, seed: false }) });
  });
  afterEach(async () => {
    await slack.close();
    slack.app.close();
  });

  async function openBooking(): Promise<SentView> {
    const opened = slack.fake.callsTo('views.open').length;
    await slack.post(
      slashCommandBody('boka', { user: anna, responseUrl: slack.fake.responseUrl('c') }),
    );
    const calls = await slack.fake.waitFor('views.open', opened + 1);
    return viewOf(calls[opened]!.body);
  }

  const input = (view: SentView, name: string) => view.blocks.find((b) => b.block_id === name);

  it('opens a select, a date picker and a time picker showing the current values', async () => {
    const view = await openBooking();
    expect(input(view, 'sector')?.element).toMatchObject({
      type: 'static_select',
      initial_option: { value: 'region', text: { text: 'Region' } },
    });
    expect(input(view, 'sector')?.element?.options?.map((o) => o.value)).toEqual([
      'kommun',
      'region',
      'civil',
    ]);
    expect(input(view, 'day')?.element).toMatchObject({
      type: 'datepicker',
      initial_date: '2027-03-09',
    });
    expect(input(view, 'at')?.element).toMatchObject({
      type: 'timepicker',
      initial_time: '09:30',
    });
    expect(input(view, 'at')?.optional).toBe(true);
  });

  it('reads the chosen option, date and time back and runs the submit command', async () => {
    const view = await openBooking();
    const chosen = { sector: 'kommun', day: '2027-03-10', at: '13:15' };
    const result = await slack.post(submissionBody(view, chosen, { user: anna }));
    expect(result).toEqual({ status: 200, body: '' }); // the modal closes
    expect(submissions).toEqual([{ forum: '7', ...chosen }]);
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted?.body.channel).toBe(anna);
    expect(posted?.body.text).toBe('Bokat: kommun 2027-03-10 kl. 13:15');
  });

  it('keeps the modal open with errors under the date and the time', async () => {
    const view = await openBooking();
    const result = await slack.post(
      submissionBody(view, { sector: 'region', day: '2026-12-24', at: '18:00' }, { user: anna }),
    );
    // Slack keeps every picked value on screen while it shows the errors.
    expect(JSON.parse(result.body)).toEqual({
      response_action: 'errors',
      errors: { day: 'Välj en dag under 2027.', at: 'Välj en tid före 17.00.' },
    });
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('shows the form again with every value when the refusal names no field', async () => {
    const view = await openBooking();
    const chosen = { sector: 'civil', day: '2027-03-11', at: '' }; // no time picked
    const result = await slack.post(submissionBody(view, chosen, { user: anna }));
    expect(submissions.at(-1)).toEqual({ forum: '7', ...chosen });
    const answer = JSON.parse(result.body) as { response_action: string; view: SentView };
    expect(answer.response_action).toBe('update');
    const notice = answer.view.blocks.find((b) => b.type === 'context');
    expect(notice?.elements).toEqual([
      { type: 'mrkdwn', text: '⚠️ Civilsamhällets tider är fullbokade.', verbatim: true },
    ]);
    expect(input(answer.view, 'sector')?.element?.initial_option?.value).toBe('civil');
    expect(input(answer.view, 'day')?.element?.initial_date).toBe('2027-03-11');
    expect(input(answer.view, 'at')?.element).not.toHaveProperty('initial_time');
  });
});
