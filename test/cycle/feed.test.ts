import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCycle } from '../../src/core/cycle/load-cycle.js';
import { occurrencesBetween } from '../../src/core/cycle/occurrences.js';
import { silentLogger } from '../../src/core/logger.js';
import { addDays } from '../../src/core/time/calendar-date.js';
import { createFeedServer, type FeedServer } from '../../src/feeds/create-feed-server.js';
import { rawRequest } from '../helpers/raw-request.js';
import { cycleFile, cycleHarness } from './cycle-harness.js';

const events = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));

describe('the calendar feed over HTTP', () => {
  let h: ReturnType<typeof cycleHarness>;
  let feed: FeedServer;
  let base: string;
  afterEach(async () => {
    await feed.stop();
    h.close();
  });

  async function start(cycle?: object) {
    h = cycleHarness({ start: '2027-01-05T12:00:00Z', ...(cycle ? { cycle } : {}) });
    feed = createFeedServer(
      { store: h.store, clock: h.clock, logger: silentLogger },
      { port: 0, host: '127.0.0.1' },
    );
    const port = await feed.start();
    base = `http://127.0.0.1:${port}`;
  }
  const token = () => h.store.cycle.settings()?.feedToken as string;

  it('answers a request line URL cannot read, and keeps serving', async () => {
    await start();
    const port = Number(new URL(base).port);
    expect(await rawRequest(port, 'GET //[ HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
    expect((await fetch(`${base}/cycle/${token()}.ics`)).status).toBe(200);
  });

  it('serves the last three months and the coming year as all-day events, behind its token', async () => {
    await start();
    expect(token()).toMatch(/^[A-Za-z0-9_-]{32}$/);
    const res = await fetch(`${base}/cycle/${token()}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    expect(text).toContain('X-WR-CALNAME:Årshjulet – Region Örebro län');
    expect(text).toContain('X-PUBLISHED-TTL:PT6H');

    const list = events(text);
    const { cycle } = loadCycle(JSON.parse(readFileSync(h.file, 'utf8')));
    const expected = occurrencesBetween(
      cycle.items,
      addDays('2027-01-05', -92),
      addDays('2027-01-05', 366),
    );
    expect(list).toHaveLength(expected.length);
    expect(list.every((e) => e.startDate.isDate && e.endDate.isDate)).toBe(true);
    const report = list.find((e) => e.uid === 'tillvaxtverket-rapport-2027-01-29@arshjul.forumbot');
    expect(report?.summary).toBe('Rapportering till Tillväxtverket');
    expect(report?.startDate.toString()).toBe('2027-01-29');
    expect(report?.endDate.toString()).toBe('2027-01-30');
    expect(report?.description).toContain('Ansvarig: samordnarna');
    expect(new Set(list.map((e) => e.uid)).size).toBe(list.length);

    // Marked done: the same entry (same UID) with a tick.
    const eva = h.coordinator('U-EVA');
    await h.dispatcher.run(eva.actor, 'cycle.done', {
      item: 'tillvaxtverket-rapport',
      date: '2027-01-29',
    });
    const again = events(await (await fetch(`${base}/cycle/${token()}.ics`)).text());
    expect(again.map((e) => e.uid)).toEqual(list.map((e) => e.uid));
    expect(again.find((e) => e.uid === report?.uid)?.summary).toBe(
      '✓ Rapportering till Tillväxtverket',
    );
    const english = await (await fetch(`${base}/cycle/${token()}.ics?lang=en`)).text();
    expect(english).toContain('SUMMARY:✓ Reporting to Tillväxtverket');
  });

  it('answers 404 to a wrong token or path, 405 to a wrong method, and follows a new token', async () => {
    await start();
    const good = token();
    const wrong = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    for (const path of [
      `/cycle/${wrong}.ics`,
      '/cycle/.ics',
      `/cycle/${good}`,
      '/',
      `/files/${good}`,
    ]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
      await res.text();
    }
    const post = await fetch(`${base}/cycle/${good}.ics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);

    const eva = h.coordinator('U-EVA');
    const rotated = await h.dispatcher.run(eva.actor, 'cycle.feed.rotate.confirm');
    expect(rotated.personal).toBe(true);
    expect(token()).not.toBe(good);
    expect((await fetch(`${base}/cycle/${good}.ics`)).status).toBe(404);
    const fresh = await fetch(`${base}/cycle/${token()}.ics`);
    expect(fresh.status).toBe(200);
    await fresh.text();
    const shown = rotated.kind === 'message' ? JSON.stringify(rotated.view) : '';
    expect(shown).toContain(`http://localhost:3100/cycle/${token()}.ics`);
  });

  it('serves a calendar with no events for an empty cycle', async () => {
    await start(cycleFile([]));
    const res = await fetch(`${base}/cycle/${token()}.ics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(events(text)).toEqual([]);
  });
});
