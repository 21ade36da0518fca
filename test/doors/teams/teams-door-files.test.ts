import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { maxFileBytes } from '../../../src/doors/teams/answer-files.js';
import { createFileFetcher } from '../../../src/doors/teams/create-file-fetcher.js';
import { mediaTypeOf } from '../../../src/doors/teams/media-type-of.js';
import { testApp } from '../../helpers/test-store.js';
import { cardOf, textsOf } from './card-query.js';
import { type Activity, startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';
import { testCommands } from './test-commands.js';

const sv = translator('sv');
const en = translator('en');

/** A guest list as Excel saves it: a byte-order mark, semicolons, Windows line ends. */
const guestList = Buffer.concat([
  Buffer.from([0xef, 0xbb, 0xbf]),
  Buffer.from('Namn;Organisation;E-post\r\nÅsa Öberg;Örebro kommun;asa.oberg@orebro.se\r\n'),
]);

/**
 * Files sent to the bot in the personal chat: Teams hands over a pre-authorised link
 * (`file.download.info`), the door fetches the file and gives it to the core.
 */
describe('Teams door: files sent to the bot', () => {
  let teams: TeamsDoorHarness;
  let commands: ReturnType<typeof testCommands>;
  beforeEach(async () => {
    commands = testCommands();
    teams = await startTeamsDoor({ app: testApp({ commands: commands.commands }) });
  });
  afterEach(async () => {
    await teams.close();
    teams.app.close();
  });

  /** The file message with its download link pointed at the fake connector. */
  function fileMessage(url: string, overrides: Activity = {}): Activity {
    const activity = teams.activity('message-personal-file', overrides);
    activity.attachments[0].content.downloadUrl = url;
    return activity;
  }

  async function answer(): Promise<string[]> {
    const [sent] = await teams.connector.waitForActivities(1);
    return textsOf(cardOf(sent));
  }

  it('hands the core the file, its type and the message as caption, and answers', async () => {
    const url = teams.connector.serveFile('gastlista.csv', guestList);
    expect((await teams.post(fileMessage(url))).status).toBe(200);

    expect(await answer()).toEqual([`Tog emot gastlista.csv (${guestList.length} byte).`]);
    expect(commands.calls).toEqual([
      {
        id: 'file.received',
        args: {
          name: 'gastlista.csv',
          mediaType: 'text/csv',
          base64: guestList.toString('base64'),
          caption: 'Gästlistan till Framtidsforum',
        },
      },
    ]);
    // Byte for byte: the core decides about the BOM and the encoding.
    const base64 = commands.calls[0]?.args.base64 as string;
    expect(Buffer.from(base64, 'base64').equals(guestList)).toBe(true);
    // The link is pre-authorised: none of our tokens goes with the request.
    expect(teams.connector.fileRequests).toEqual([{ name: 'gastlista.csv' }]);
  });

  it('takes the caption without the mention', async () => {
    const url = teams.connector.serveFile('gastlista.csv', guestList);
    await teams.post(fileMessage(url, { text: '<at>forumbot</at> Gästlista&nbsp;2027' }));
    await answer();
    expect(commands.calls[0]?.args.caption).toBe('Gästlista 2027');
  });

  it('takes a file of exactly 2 MB', async () => {
    const url = teams.connector.serveFile('stor.csv', Buffer.alloc(maxFileBytes, 0x41));
    await teams.post(fileMessage(url));
    expect(await answer()).toEqual([`Tog emot gastlista.csv (${maxFileBytes} byte).`]);
  });

  it.each([
    ['declares its size', false],
    ['is sent in chunks without a size', true],
  ])('refuses a bigger file that %s, in the person’s language', async (_, chunked) => {
    const url = teams.connector.serveFile('for-stor.csv', Buffer.alloc(maxFileBytes + 1, 0x41), {
      chunked,
    });
    await teams.post(fileMessage(url));
    await teams.post(fileMessage(url, { locale: 'en-US', id: '1732267200999' }));

    const [swedish, english] = await teams.connector.waitForActivities(2);
    expect(textsOf(cardOf(swedish))).toEqual([
      sv('teams.file.tooLarge', { name: 'gastlista.csv', maxMb: 2 }),
    ]);
    expect(textsOf(cardOf(english))).toEqual([
      en('teams.file.tooLarge', { name: 'gastlista.csv', maxMb: 2 }),
    ]);
    expect(commands.calls).toEqual([]);
  });

  it('says so when Teams will not hand the file over, and logs no link', async () => {
    const url = `${teams.connector.serviceUrl}download/borta.csv?tempauth=secret-token`;
    await teams.post(fileMessage(url));
    expect(await answer()).toEqual([sv('teams.file.failed', { name: 'gastlista.csv' })]);
    expect(commands.calls).toEqual([]);
    const logged = JSON.stringify(teams.logger.lines);
    expect(logged).toMatch(/teams file not fetched/);
    expect(logged).not.toMatch(/tempauth|secret-token|download/);
  });

  it('answers a message that carries no file as text, whatever else is attached', async () => {
    const message = teams.activity('message-personal', {
      text: 'hjälp',
      attachments: [{ contentType: 'text/html', content: '<p>hjälp</p>' }],
    });
    await teams.post(message);
    expect(await answer()).toEqual(['Hjälp']);
    expect(commands.calls).toEqual([]);
  });
});

describe('createFileFetcher', () => {
  it('fetches only https links unless told that http is fine (anonymous mode)', async () => {
    const strict = createFileFetcher({ maxBytes: 10, allowHttp: false });
    expect(await strict('http://127.0.0.1:1/x.csv')).toEqual({
      status: 'failed',
      reason: 'not an https link',
    });
    expect(await strict('file:///etc/passwd')).toMatchObject({ status: 'failed' });
    expect(await strict('not a url')).toMatchObject({ status: 'failed' });
  });
});

describe('mediaTypeOf', () => {
  it('goes by the extension Teams reports, then the name, then what was served', () => {
    expect(mediaTypeOf('lista.csv', 'csv', 'application/octet-stream')).toBe('text/csv');
    expect(mediaTypeOf('lista.XLSX', undefined, null)).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(mediaTypeOf('lista', 'weird', 'text/plain; charset=utf-8')).toBe('text/plain');
    expect(mediaTypeOf('lista', undefined, 'bad type')).toBe('application/octet-stream');
  });
});
