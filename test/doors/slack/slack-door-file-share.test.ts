import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { message } from '../../../src/core/chat.js';
import { defineCommand } from '../../../src/core/command.js';
import { isFileShare } from '../../../src/doors/slack/on-file-share.js';
import { testApp } from '../../helpers/test-store.js';
import { anna, erik, type SlackDoorHarness, startSlackDoor } from './slack-harness.js';
import { documentedSharedFile, fileShareBody } from './slack-payloads.js';

/** What the stand-in for the core's `file.received` was handed, decoded. */
interface Received {
  name: string;
  mediaType: string;
  bytes: Buffer;
  caption: string;
  userId: string;
}
const received: Received[] = [];

/** The core's command is someone else's; this one only says what it got. */
const fileReceived = defineCommand({
  id: 'file.received',
  args: z.object({
    name: z.string(),
    mediaType: z.string(),
    base64: z.string(),
    caption: z.string(),
  }),
  run(ctx, args) {
    const bytes = Buffer.from(args.base64, 'base64');
    received.push({ ...args, bytes, userId: ctx.actor.userId });
    return message({ kind: 'text', text: `Tog emot ${args.name}: ${bytes.length} byte.` });
  },
});

/** A guest list as Excel writes it: a byte-order mark, semicolons, Swedish letters. */
const guestList = Buffer.from(
  '\uFEFFnamn;e-post;organisation\r\nÅsa Öberg;asa.oberg@kumla.se;Kumla kommun\r\n',
  'utf8',
);
const twoMegabytes = 2 * 1024 * 1024;

describe('Slack door: files sent to the bot in a DM', () => {
  let slack: SlackDoorHarness;
  beforeEach(async () => {
    received.length = 0;
    slack = await startSlackDoor({ app: testApp({ commands: [fileReceived], seed: false }) });
  });
  afterEach(async () => {
    await slack.close();
    slack.app.close();
  });

  const csv = (content = guestList, size?: number) =>
    slack.fake.hostFile({ name: 'gäster.csv', mimetype: 'text/csv', content, size });

  it('shares files shaped like Slack’s documented file object', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(csv())).toEqual(keys(documentedSharedFile()));
  });

  it('downloads the file with the bot token and hands it to file.received, with the caption', async () => {
    const file = csv();
    expect(await slack.post(fileShareBody([file], 'framtidsforum-2027', anna))).toEqual({
      status: 200,
      body: '',
    });
    const [reply] = await slack.fake.waitFor('chat.postMessage');
    expect(reply?.body).toMatchObject({
      channel: 'D0001',
      text: `Tog emot gäster.csv: ${guestList.length} byte.`,
    });

    const [download] = slack.fake.calls.filter((c) => c.kind === 'download');
    expect(download).toMatchObject({ method: file.id, authorization: 'Bearer xoxb-test-token' });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      name: 'gäster.csv',
      mediaType: 'text/csv',
      caption: 'framtidsforum-2027',
      userId: anna,
    });
    expect(received[0]?.bytes.equals(guestList)).toBe(true);
    // The DM is remembered as Anna's personal chat, as for a typed line.
    expect(slack.app.store.conversations.find('slack', 'D0001')?.kind).toBe('personal');
    expect(slack.logger.lines.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
  });

  it('hands on each of several files, and an empty caption when nothing was typed', async () => {
    const second = slack.fake.hostFile({
      name: 'reserver.csv',
      mimetype: 'text/csv',
      content: Buffer.from('namn\r\nPer\r\n'),
    });
    await slack.post(fileShareBody([csv(), second], '', anna));
    await slack.fake.waitFor('chat.postMessage', 2);
    expect(received.map((r) => [r.name, r.caption])).toEqual([
      ['gäster.csv', ''],
      ['reserver.csv', ''],
    ]);
  });

  it('never reads back the files it uploads itself', async () => {
    // An export the bot shared in the DM comes back as a file_share from the bot user.
    await slack.post(fileShareBody([csv()], '', 'U0BOT'));
    await slack.post(fileShareBody([csv()], 'efter', anna));
    await slack.fake.waitFor('chat.postMessage');
    expect(received.map((r) => r.caption)).toEqual(['efter']);
    expect(slack.fake.calls.filter((c) => c.kind === 'download')).toHaveLength(1);
  });

  it('refuses a file Slack says is over 2 MB without downloading it', async () => {
    await slack.post(fileShareBody([csv(guestList, twoMegabytes + 1)], '', anna));
    const [reply] = await slack.fake.waitFor('chat.postMessage');
    expect(reply?.body).toMatchObject({
      channel: 'D0001',
      text: 'Filen gäster.csv är för stor för mig. Jag tar emot filer på högst 2 MB.',
    });
    expect(slack.fake.calls.filter((c) => c.kind === 'download')).toEqual([]);
    expect(received).toEqual([]);
  });

  it('stops reading a download that turns out bigger than 2 MB, and says so in English', async () => {
    const big = Buffer.alloc(twoMegabytes + 10, 0x61);
    await slack.post(fileShareBody([csv(big, 1000)], '', erik)); // Slack claimed 1,000 bytes
    const [reply] = await slack.fake.waitFor('chat.postMessage');
    expect(reply?.body).toMatchObject({
      channel: 'D0002',
      text: 'The file gäster.csv is too big for me. I take files of at most 2 MB.',
    });
    expect(received).toEqual([]);
  });

  it('asks files.info for a file Slack sent only the id of', async () => {
    const { id } = csv();
    const partial = { id, file_access: 'check_file_info', created: 0, timestamp: 0, user: anna };
    await slack.post(fileShareBody([partial], '', anna));
    await slack.fake.waitFor('chat.postMessage');
    expect(slack.fake.callsTo('files.info').map((c) => c.body.file)).toEqual([id]);
    expect(received[0]?.bytes.equals(guestList)).toBe(true);
  });

  it('says so when a shared file is only a link to somewhere else', async () => {
    const link = { ...csv(), is_external: true, external_type: 'gdrive' };
    await slack.post(fileShareBody([link], '', anna));
    const [reply] = await slack.fake.waitFor('chat.postMessage');
    expect(reply?.body.text).toMatch(/^Jag kunde inte öppna filen gäster\.csv\./);
    expect(received).toEqual([]);
  });

  it('never sends the token off Slack’s hosts: the request fails and the person gets an apology', async () => {
    const elsewhere = {
      ...csv(),
      url_private_download: 'https://files.example.org/download/gaster.csv',
    };
    await slack.post(fileShareBody([elsewhere], '', anna));
    const [apology] = await slack.fake.waitFor('chat.postMessage');
    expect(apology?.body).toMatchObject({
      channel: anna,
      text: 'Något gick fel hos mig. Försök igen om en stund.',
    });
    const logged = slack.logger.lines.find((l) => l.message === 'slack request failed');
    expect(logged?.context).toMatchObject({ event: 'message' });
    expect(JSON.stringify(slack.logger.lines)).not.toContain('xoxb-test-token');
    expect(received).toEqual([]);
  });
});

describe('isFileShare', () => {
  const base = {
    type: 'message',
    subtype: 'file_share',
    channel: 'D1',
    channel_type: 'im',
    user: 'U1',
    ts: '1',
    event_ts: '1',
    text: '',
    files: [{ id: 'F1' }],
  };
  it('takes files a person shares in the DM and nothing else', () => {
    const ok = (m: object) => isFileShare(m as never);
    expect(ok(base)).toBe(true);
    expect(ok({ ...base, channel_type: 'channel' })).toBe(false);
    expect(ok({ ...base, subtype: undefined })).toBe(false);
    expect(ok({ ...base, bot_id: 'B0BOT' })).toBe(false);
    expect(ok({ ...base, files: [] })).toBe(false);
    expect(ok({ ...base, user: undefined })).toBe(false);
  });
});
