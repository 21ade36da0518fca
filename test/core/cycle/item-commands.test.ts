import { afterEach, describe, expect, it } from 'vitest';
import { runNudges } from '../../../src/core/cycle/nudge-job.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { localInstant } from '../../../src/core/time/zoned-date.js';
import { buttonsOf, cycleApp, textOf } from './cycle-app.js';

describe('pausing, resuming and removing items', () => {
  let app: ReturnType<typeof cycleApp>;
  afterEach(() => app.close());

  const tickAt = (date: string, time: string) => {
    app.clock.set(localInstant(date, time, 'Europe/Stockholm'));
    return runNudges({ store: app.store, now: app.clock.now(), settings: defaultSettings });
  };

  it('lists every item with its rule, owner and next date, and a button row each', async () => {
    app = cycleApp();
    const reply = await app.dispatcher.run(app.coordinator, 'cycle.items');
    const text = textOf(reply);
    expect(text).toContain(
      '*Läget i länet: samla in statistik och underlag* (laget-i-lanet-underlag)\n8 veckor före Läget i länet: uppföljningsrapporten klar · samordnarna\npåminnelser 7 och 0 dagar före · flyttas till vardagen före vid helg\nNästa gång: fredag 5 mars 2027',
    );
    expect(text).toContain(
      'varannan vecka från tisdag 12 januari 2027 · #rus-plattformen (inte kopplad)',
    );
    expect(text).toContain('hoppas över vid helg · inte i juli');
    expect(text).toContain('varje kvartal, sista dagen i kvartalets 3:e månad');
    expect(text).toContain('*Remissen av RUS öppnar* (remiss-oppnar) · pausad');
    expect(text).toContain('8 veckor före forumet framtidsforum');
    if (reply.kind !== 'message') throw new Error('a message');
    expect(reply.view.blocks.length).toBeLessThanOrEqual(50);
    expect(buttonsOf(reply).filter((b) => b.command === 'cycle.item.resume')).toHaveLength(2);
  });

  it('pages a long list, twenty items a page', async () => {
    app = cycleApp({
      version: 1,
      items: Array.from({ length: 45 }, (_, i) => ({
        id: `punkt-${i + 1}`,
        title: `Punkt ${i + 1}`,
        owner: { role: 'coordinator' },
        rule: { once: '2027-05-03' },
      })),
    });
    const page = async (n: string) =>
      app.dispatcher.run(app.coordinator, 'cycle.items', { page: n });
    expect(textOf(await page('0'))).toContain('(45 st, sida 1 av 3)');
    const last = await page('2');
    expect(textOf(last)).toContain('*Punkt 41* (punkt-41)');
    expect(buttonsOf(last).map((b) => b.label)).toContain('Föregående');
    expect(buttonsOf(last).map((b) => b.label)).not.toContain('Nästa');
  });

  it('pauses an item and those counted from it, takes back what is queued, and resumes', async () => {
    app = cycleApp();
    tickAt('2027-04-08', '09:05');
    // 2027-04-30 is a Friday; Läget i länet's 28-day nudge is Friday 2 April, underlag at 5 March.
    const queued = tickAt('2027-04-16', '09:01');
    expect(queued.onTime).toContain('laget-i-lanet:2027-04-30:14');
    const reply = await app.dispatcher.run(app.coordinator, 'cycle.item.pause', {
      item: 'laget-i-lanet',
    });
    expect(textOf(reply)).toContain('*Läget i länet: uppföljningsrapporten klar* är pausad');
    expect(textOf(reply)).toContain('laget-i-lanet-underlag och mal-och-budget');
    // Queued and not sent yet: taken back.
    expect(
      app.store.outbox.listByPrefix('cycle:laget-i-lanet:').every((r) => r.status === 'withdrawn'),
    ).toBe(true);
    expect(tickAt('2027-04-27', '09:01').onTime).not.toContain('laget-i-lanet:2027-04-30:3');
    expect(
      textOf(
        await app.dispatcher.run(app.coordinator, 'cycle.item.pause', { item: 'laget-i-lanet' }),
      ),
    ).toContain('är redan pausad');
    await app.dispatcher.runText(app.coordinator, 'årshjul återuppta laget-i-lanet');
    // Mål och budget: three weeks after 30 April, Friday 21 May; 3 days before is Tuesday 18th.
    expect(tickAt('2027-05-18', '09:01').onTime).toContain('mal-och-budget:2027-05-21:3');
  });

  it('removes an item after asking, but not one that others count from', async () => {
    app = cycleApp();
    const ask = await app.dispatcher.run(app.coordinator, 'cycle.item.remove', {
      item: 'laget-i-lanet',
    });
    expect(buttonsOf(ask).map((b) => b.label)).toEqual(['Ja, ta bort', 'Nej, behåll']);
    const refused = await app.dispatcher.run(app.coordinator, 'cycle.item.remove.confirm', {
      item: 'laget-i-lanet',
    });
    expect(refused.outcome).toBe('refused');
    expect(textOf(refused)).toContain('laget-i-lanet-underlag och mal-och-budget');
    const done = await app.dispatcher.run(app.coordinator, 'cycle.item.remove.confirm', {
      item: 'mal-och-budget',
    });
    expect(textOf(done)).toContain('är borttagen ur årshjulet');
    expect(app.store.cycle.item('mal-och-budget')).toBeUndefined();
    const gone = await app.dispatcher.run(app.coordinator, 'cycle.item.remove', {
      item: 'mal-och-budget',
    });
    expect(textOf(gone)).toBe('Det finns ingen punkt med id mal-och-budget i årshjulet.');
  });
});
