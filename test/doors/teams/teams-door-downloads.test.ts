import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { testApp, testNow } from '../../helpers/test-store.js';
import { actionsOf, type Card, cardOf, textsOf } from './card-query.js';
import { startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';
import { calendarFile, guestListFile, testCommands } from './test-commands.js';

const sv = translator('sv');
const en = translator('en');
const publicUrl = 'https://forumbot.example.se';
const hour = 60 * 60_000;

/**
 * Files that go with a reply: Teams cannot take them attached to a bot's message without a
 * consent round trip, so the door stores each and offers a link its own server answers.
 */
describe('Teams door: files offered by link', () => {
  let teams: TeamsDoorHarness;
  let now = new Date(testNow);
  afterEach(async () => {
    await teams.close();
    teams.app.close();
  });

  async function start(options: { publicUrl?: string } = { publicUrl }) {
    now = new Date(testNow);
    teams = await startTeamsDoor({
      app: testApp({ commands: testCommands().commands }),
      door: { now: () => now },
      ...options,
    });
  }

  /** Types `text` in the personal chat and returns the card of the answer. */
  async function ask(text: string, overrides: Record<string, unknown> = {}): Promise<Card> {
    const before = teams.connector.activities.length;
    // Each message has an id of its own, as in Teams: the same id again is a redelivery.
    const id = String(1732267000000 + before);
    await teams.post(teams.activity('message-personal', { text, id, ...overrides }));
    return cardOf((await teams.connector.waitForActivities(before + 1))[before]);
  }

  const links = (card: Card) => actionsOf(card).filter((a) => a.type === 'Action.OpenUrl');
  /** The link as our own server answers it (the public URL is where people reach it). */
  const local = (url: string) => url.replace(publicUrl, teams.origin);
  const downloads = () =>
    (teams.app.db.prepare('SELECT count(*) AS n FROM downloads').get() as { n: number }).n;

  it('offers each file as a button with its label, on the public URL', async () => {
    await start();
    const card = await ask('export');
    expect(textsOf(card)).toEqual(['Här är gästlistan.', sv('teams.download.validHour')]);
    const [link] = links(card);
    expect(link?.title).toBe('Ladda ner gästlistan');
    expect(link?.url).toMatch(
      /^https:\/\/forumbot\.example\.se\/files\/[A-Za-z0-9_-]{32}\/G%C3%A4stlista%20%C3%96rebro%20%22slutlig%22\.csv$/,
    );
  });

  it('serves the file with its type, a safe download name and no caching', async () => {
    await start();
    const [link] = links(await ask('export'));
    const res = await fetch(local(link?.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Gastlista Orebro _slutlig_.csv"; filename*=UTF-8''G%C3%A4stlista%20%C3%96rebro%20%22slutlig%22.csv`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from(guestListFile.content));

    const head = await fetch(local(link?.url), { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(guestListFile.content.length));
    expect(await head.text()).toBe('');
  });

  it('answers an unknown and an expired link alike, in the asker’s language', async () => {
    await start();
    const [link] = links(await ask('export'));
    const token = /\/files\/([^/]+)\//.exec(link?.url)?.[1] ?? '';
    const unknown = local(link?.url).replace(token, `${token.slice(0, -1)}A`);
    const guessed = await fetch(unknown, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(guessed.status).toBe(404);
    expect(await guessed.text()).toBe(en('teams.download.gone'));

    now = new Date(new Date(testNow).getTime() + hour - 1000);
    expect((await fetch(local(link?.url))).status).toBe(200);
    now = new Date(new Date(testNow).getTime() + hour);
    const expired = await fetch(local(link?.url), { headers: { 'accept-language': 'en-GB' } });
    expect(expired.status).toBe(404);
    expect(expired.headers.get('cache-control')).toBe('no-store');
    expect(await expired.text()).toBe(en('teams.download.gone'));
    // Swedish unless asked otherwise; a malformed token is the same 404.
    const swedish = await fetch(`${teams.origin}/files/short/x.csv`);
    expect(swedish.status).toBe(404);
    expect(await swedish.text()).toBe(sv('teams.download.gone'));
  });

  it('keeps a calendar link for 30 days, not an hour', async () => {
    await start();
    // The calendar entry comes with a saved meeting.
    const form = await ask('möte');
    const [submit] = actionsOf(form);
    const invoke = teams.activity('action-execute-invoke');
    invoke.value.action = {
      type: 'Action.Execute',
      verb: submit?.verb,
      data: { ...submit?.data, room: 'aula', day: '2027-03-09', starts: '09:30' },
    };
    const res = await teams.post(invoke);
    const card = res.body.value as Card;
    const [link] = links(card);
    expect(link?.title).toBe(calendarFile.label);
    expect(textsOf(card)).toContain(sv('teams.download.validDays', { days: 30 }));

    now = new Date(new Date(testNow).getTime() + 29 * 24 * hour);
    const later = await fetch(local(link?.url));
    expect(later.status).toBe(200);
    expect(later.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    now = new Date(new Date(testNow).getTime() + 30 * 24 * hour);
    expect((await fetch(local(link?.url))).status).toBe(404);
  });

  it('serves only GET and HEAD', async () => {
    await start();
    const [link] = links(await ask('export'));
    const post = await fetch(local(link?.url), { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(local(link?.url), { method: 'DELETE' })).status).toBe(405);
    expect((await fetch(local(link?.url))).status).toBe(200);
  });

  it('makes each link unguessable and its own', async () => {
    await start();
    const first = links(await ask('export'))[0]?.url;
    const second = links(await ask('export'))[0]?.url;
    expect(first).not.toBe(second);
    expect(downloads()).toBe(2);
  });

  it('links to this machine when no public URL is set', async () => {
    await start({});
    const [link] = links(await ask('export'));
    const port = new URL(teams.origin).port;
    expect(link?.url).toMatch(new RegExp(`^http://localhost:${port}/files/[A-Za-z0-9_-]{32}/`));
  });

  it('never offers a file in a channel: a typed command’s files go to the personal chat', async () => {
    await start();
    const channel = teams.activity('message-channel-mention', { text: '<at>forumbot</at> export' });
    const channelId = channel.conversation.id.replace(/;messageid=.*$/, '');
    await teams.post(channel);
    // The command is not marked personal, but its answer carries a file: the answer, with
    // the link, goes to Anna's personal chat, and nothing is posted in the channel.
    const [personal] = await teams.connector.waitForActivities(1);
    expect(personal?.conversationId).toBe(`a:personal-chat-with-${channel.from.id}`);
    expect(textsOf(cardOf(personal))).toEqual([
      'Här är gästlistan.',
      sv('teams.download.validHour'),
    ]);
    expect(links(cardOf(personal))).toHaveLength(1);

    // A new post of its own (a reply in the thread would be a thread reply, not a command).
    const thread = `${channelId};messageid=1732266300999`;
    await teams.post({
      ...channel,
      text: '<at>forumbot</at> mina',
      id: '1732266300999',
      conversation: { ...channel.conversation, id: thread },
    });
    const [, mine] = await teams.connector.waitForActivities(2);
    expect(mine?.conversationId).toBe(`a:personal-chat-with-${channel.from.id}`);
    expect(textsOf(cardOf(mine))).toEqual(['Dina uppgifter.', sv('teams.download.validHour')]);
    expect(links(cardOf(mine))).toHaveLength(1);
    expect(
      teams.connector.activities.filter((a) => a.conversationId.startsWith(channelId)),
    ).toEqual([]);
    // Stored once for each link in her personal chat, and never for the channel.
    expect(downloads()).toBe(2);

    // In the personal chat the same command offers the file where it is asked.
    expect(links(await ask('export'))).toHaveLength(1);
    expect(downloads()).toBe(3);
  });

  it('never offers a file in a channel: a card button’s files go to the personal chat', async () => {
    await start();
    const channel = teams.activity('message-channel-mention').conversation;
    const channelId = channel.id.replace(/;messageid=.*$/, '');
    const invoke = teams.activity('action-execute-invoke', { conversation: channel });
    invoke.value.action = {
      type: 'Action.Execute',
      verb: 'test.export',
      data: { forumbot: { c: 'test.export', a: {} } },
    };
    const res = await teams.post(invoke);
    // Only the presser hears where the answer went; the shared card stays as it was.
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: sv('teams.personalChat.sent'),
    });
    expect(JSON.stringify(res.body)).not.toMatch(/\/files\//);
    const [personal] = await teams.connector.waitForActivities(1);
    expect(personal?.conversationId).toBe(`a:personal-chat-with-${invoke.from.id}`);
    expect(links(cardOf(personal))).toHaveLength(1);
    expect(
      teams.connector.activities.filter((a) => a.conversationId.startsWith(channelId)),
    ).toEqual([]);
    expect(downloads()).toBe(1);
  });

  it('forgets expired files when it stores new ones', async () => {
    await start();
    await ask('export');
    now = new Date(new Date(testNow).getTime() + 2 * hour);
    await ask('export');
    expect(downloads()).toBe(1);
  });
});
