import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Attachment, message } from '../../../src/core/chat.js';
import { defineCommand } from '../../../src/core/command.js';
import { encodeButtonValue } from '../../../src/doors/slack/button-value.js';
import { testApp } from '../../helpers/test-store.js';
import { anna, type SlackDoorHarness, startSlackDoor, viewOf } from './slack-harness.js';
import {
  buttonBody,
  directMessageBody,
  slashCommandBody,
  submissionBody,
} from './slack-payloads.js';

/** Every byte value, so an upload that treats the file as text would show. */
const workbook = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
const calendar = Buffer.from(
  'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Framtidsforum 2027 – Örebro\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n',
);
const files: Attachment[] = [
  {
    name: 'anmalningar.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content: new Uint8Array(workbook),
    label: 'Anmälningar till Framtidsforum 2027',
  },
  {
    name: 'framtidsforum-2027.ics',
    mediaType: 'text/calendar',
    content: new Uint8Array(calendar),
    label: 'Lägg in i kalendern',
  },
];

const withFiles = (text: string) => ({ ...message({ kind: 'text', text }), attachments: files });

const commands = [
  defineCommand({
    id: 'test.export',
    words: ['export'],
    args: z.object({}),
    run: () => withFiles('Här är exporten.'),
  }),
  defineCommand({
    id: 'test.ask',
    words: ['fråga'],
    args: z.object({}),
    run: () => ({
      kind: 'form',
      form: {
        title: 'Exportera',
        submitLabel: 'Skicka',
        submitCommand: 'test.export',
        args: {},
        inputs: [{ kind: 'toggle', name: 'all', label: 'Alla forum' }],
        values: {},
      },
    }),
  }),
];

describe('Slack door: files that come with an answer', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    slack = await startSlackDoor({ app: testApp({ commands, seed: false }) });
  });
  afterEach(async () => {
    await slack.close();
    slack.app.close();
  });

  /**
   * Both files arrived whole, titled with their labels, shared in Anna's DM and nowhere else;
   * the DM opened for them, or (`opened: false`) named by Slack's answer to the message.
   */
  async function expectFilesInAnnasDm({ opened = true } = {}) {
    await slack.fake.waitFor((c) => c.method === 'files.completeUploadExternal', 2);
    const opens = slack.fake.callsTo('conversations.open').map((c) => c.body.users);
    expect(opens).toEqual(opened ? [anna] : []);
    const shared = slack.fake.sharedFiles();
    expect(shared.map((f) => [f.filename, f.title, f.channel])).toEqual([
      ['anmalningar.xlsx', 'Anmälningar till Framtidsforum 2027', 'D0001'],
      ['framtidsforum-2027.ics', 'Lägg in i kalendern', 'D0001'],
    ]);
    expect(shared[0]?.content?.equals(workbook)).toBe(true);
    expect(shared[1]?.content?.equals(calendar)).toBe(true);
    expect(shared.every((f) => f.uploadedWith === 'Bearer xoxb-test-token')).toBe(true);
    // Nothing about the files went to the channel the command came from.
    const fileCalls = slack.fake.calls.filter((c) => /^files\.|^F\d+$/.test(c.method));
    expect(JSON.stringify(fileCalls)).not.toContain('C0001');
  }

  it('answers /forum in a channel ephemerally, and uploads the files to the person’s DM', async () => {
    const responseUrl = slack.fake.responseUrl('cmd');
    await slack.post(slashCommandBody('export', { user: anna, responseUrl, channel: 'C0001' }));
    const [answer] = await slack.fake.waitFor('cmd');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', text: 'Här är exporten.' });
    await expectFilesInAnnasDm();
    // The external upload, in Slack's order: a URL per file, the bytes, then the share.
    expect(slack.fake.calls.map((c) => c.kind).filter((k) => k === 'upload')).toHaveLength(2);
    const methods = slack.fake.calls.map((c) => c.method);
    expect(methods.indexOf('files.completeUploadExternal')).toBeGreaterThan(
      methods.indexOf('files.getUploadURLExternal'),
    );
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(slack.logger.lines.filter((l) => l.level !== 'debug' && l.level !== 'info')).toEqual([]);
  });

  it('does the same for a button pressed in a channel', async () => {
    const value = encodeButtonValue('test.export');
    await slack.post(
      buttonBody({ value }, { user: anna, responseUrl: slack.fake.responseUrl('btn') }),
    );
    const [answer] = await slack.fake.waitFor('btn');
    expect(answer?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    await expectFilesInAnnasDm();
  });

  it('answers a typed line in the DM, files and all', async () => {
    await slack.post(directMessageBody('export', anna));
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted?.body).toMatchObject({ channel: 'D0001', text: 'Här är exporten.' });
    await expectFilesInAnnasDm();
  });

  it('sends the files of a submitted form to the DM after closing the modal', async () => {
    await slack.post(
      slashCommandBody('fråga', { user: anna, responseUrl: slack.fake.responseUrl('f') }),
    );
    const [opened] = await slack.fake.waitFor('views.open');
    const result = await slack.post(
      submissionBody(viewOf(opened!.body), { all: true }, { user: anna }),
    );
    expect(result).toEqual({ status: 200, body: '' });
    // The answer went to her user id, and Slack named the DM it landed in: no opening.
    const [posted] = await slack.fake.waitFor('chat.postMessage');
    expect(posted).toMatchObject({ body: { channel: anna }, landedIn: 'D0001' });
    await expectFilesInAnnasDm({ opened: false });
  });

  it('logs a file Slack will not take, sends the next one, and apologises for nothing', async () => {
    slack.fake.fail('files.getUploadURLExternal', 'internal_error', 1);
    const responseUrl = slack.fake.responseUrl('cmd');
    await slack.post(slashCommandBody('export', { user: anna, responseUrl }));
    await slack.fake.waitFor((c) => c.method === 'files.completeUploadExternal');
    const line = await slack.logger.logged('slack reply failed');
    expect(line).toMatchObject({ level: 'warn', context: { via: 'files.uploadV2' } });
    expect(slack.fake.sharedFiles().map((f) => f.filename)).toEqual(['framtidsforum-2027.ics']);
    expect(slack.fake.callsTo('cmd')).toHaveLength(1); // the answer, and no apology
    expect(slack.fake.callsTo('chat.postMessage')).toEqual([]);
    expect(slack.logger.lines.filter((l) => l.level === 'error')).toEqual([]);
  });

  it('uploads nothing anywhere when the DM cannot be opened', async () => {
    slack.fake.fail('conversations.open', 'missing_scope');
    await slack.post(directMessageBody('export', anna));
    const line = await slack.logger.logged('slack reply failed');
    expect(line.context).toMatchObject({ via: 'conversations.open' });
    expect(slack.fake.callsTo((c) => c.method.startsWith('files.'))).toEqual([]);
    expect(slack.fake.callsTo('chat.postMessage')).toHaveLength(1); // the answer itself
  });
});
