import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { answerFiles, maxFileBytes } from '../../../src/doors/teams/answer-files.js';
import {
  createFileFetcher,
  isMicrosoftFileHost,
} from '../../../src/doors/teams/create-file-fetcher.js';
import { mediaTypeOf } from '../../../src/doors/teams/media-type-of.js';
import type { SharedFile } from '../../../src/doors/teams/shared-files.js';
import type { Turn } from '../../../src/doors/teams/teams-turn.js';
import { type FakeConnector, startFakeConnector } from '../../helpers/fake-connector.js';
import { memoryLogger } from '../../helpers/memory-logger.js';
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

describe('createFileFetcher outside anonymous mode', () => {
  let connector: FakeConnector;
  beforeEach(async () => {
    connector = await startFakeConnector();
  });
  afterEach(() => connector.close());

  // http is allowed here only so the fake connector can serve; the host rule is the same.
  const strict = createFileFetcher({ maxBytes: 1024, allowHttp: true });

  it('knows Microsoft’s file hosts, and no look-alikes', () => {
    for (const host of [
      'regionorebrolan-my.sharepoint.com',
      'contoso.sharepoint-df.com',
      'southcentralus1-mediap.svc.ms',
      'public.ch.files.1drv.com',
      'Contoso.SharePoint.com.',
    ]) {
      expect(isMicrosoftFileHost(host), host).toBe(true);
    }
    for (const host of [
      'sharepoint.com',
      'evilsharepoint.com',
      'contoso.sharepoint.com.evil.example',
      '127.0.0.1',
      'localhost',
      '169.254.169.254',
      'smba.trafficmanager.net',
    ]) {
      expect(isMicrosoftFileHost(host), host).toBe(false);
    }
  });

  it('refuses a link to any other host without asking it anything', async () => {
    const url = connector.serveFile('gastlista.csv', guestList);
    expect(await strict(url)).toEqual({ status: 'failed', reason: 'not a Microsoft file host' });
    expect(connector.fileRequests).toEqual([]);
  });

  it('follows a redirect only to a host it allows, at most three times', async () => {
    const target = connector.serveFile('gastlista.csv', guestList);
    // The fake stands in for an allowed host under its address, and for a foreign one as
    // `localhost`: the same server, so a request that went there would be seen.
    const fetcher = createFileFetcher({
      maxBytes: 1024,
      allowHttp: true,
      allowedHost: (host) => host === '127.0.0.1',
    });
    const moved = connector.redirectFile('flyttad.csv', target);
    expect(await fetcher(moved)).toMatchObject({ status: 'ok' });
    expect(connector.fileRequests.map((r) => r.name)).toEqual(['flyttad.csv', 'gastlista.csv']);

    connector.fileRequests.length = 0;
    const foreign = connector.redirectFile(
      'utflyttad.csv',
      target.replace('127.0.0.1', 'localhost'),
    );
    expect(await fetcher(foreign)).toEqual({
      status: 'failed',
      reason: 'redirect: not a Microsoft file host',
    });
    expect(connector.fileRequests.map((r) => r.name)).toEqual(['utflyttad.csv']);

    connector.fileRequests.length = 0;
    const loop = connector.redirectFile('runt.csv', connector.redirectFile('runt.csv', ''));
    connector.redirectFile('runt.csv', loop);
    expect(await fetcher(loop)).toEqual({ status: 'failed', reason: 'too many redirects' });
    expect(connector.fileRequests).toHaveLength(4);
  });

  it('says the file could not be fetched, in the person’s language, and runs nothing', async () => {
    const url = connector.serveFile('gastlista.csv', guestList);
    const sent: unknown[] = [];
    const logger = memoryLogger();
    const turn = {
      dispatcher: {
        run: () => Promise.reject(new Error('nothing should run')),
        runText: () => Promise.reject(new Error('nothing should run')),
        parse: () => undefined,
      },
      logger,
      actor: { platform: 'teams', userId: 'anna', locale: 'en' },
      address: { platform: 'teams', conversationId: 'a:chat', kind: 'personal' },
      send: async (activity: unknown) => sent.push(activity),
      offer: () => [],
      toPersonalChat: async () => 'sent',
    } as unknown as Turn;
    await answerFiles(
      turn,
      [{ name: 'gastlista.csv', downloadUrl: url }] as SharedFile[],
      '',
      strict,
    );
    expect(sent).toHaveLength(1);
    expect(JSON.stringify(sent[0])).toContain(en('teams.file.failed', { name: 'gastlista.csv' }));
    expect(connector.fileRequests).toEqual([]);
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
