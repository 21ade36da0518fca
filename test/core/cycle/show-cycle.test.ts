import { afterEach, describe, expect, it } from 'vitest';
import { buttonsOf, cycleApp, textOf } from './cycle-app.js';

describe('årshjul: the next 90 days', () => {
  let app: ReturnType<typeof cycleApp>;
  afterEach(() => app.close());

  it('shows everyone the coming occurrences by month, with Swedish dates', async () => {
    app = cycleApp();
    const reply = await app.dispatcher.runText(app.member, 'årshjul');
    const text = textOf(reply);
    expect(text).toContain('Årshjulet: de kommande 90 dagarna');
    expect(text).toContain(
      '*November 2026*\n• mån 30 nov – Beslut om inriktning för de statliga 1:1-medlen',
    );
    expect(text).toContain('*December 2026*');
    // Relative to the demo forum (9 March 2027): invitations eight weeks before.
    expect(text).toContain('• tis 12 jan – Framtidsforum: skicka inbjudningarna');
    expect(text).toContain('• fre 29 jan – Rapportering till Tillväxtverket');
    // Beyond 90 days (20 February 2027) nothing is shown.
    expect(text).not.toContain('mars');
    // Owners are for coordinators; so are the buttons to manage the cycle.
    expect(text).not.toContain('samordnarna');
    expect(buttonsOf(reply)).toEqual([]);
    expect(text).toContain('Fråga en samordnare');
  });

  it('shows a coordinator who owns what, what is overdue, and the buttons, within chat limits', async () => {
    app = cycleApp();
    // Two weeks on, the 30 November decision is overdue unless marked done.
    app.clock.set('2026-12-07T09:00:00Z');
    const reply = await app.dispatcher.runText(app.coordinator, 'årshjul');
    const text = textOf(reply);
    expect(text).toContain(
      '*Försenat (inte markerat som klart)*\n• måndag 30 november 2026 – Beslut om inriktning för de statliga 1:1-medlen · samordnarna',
    );
    expect(text).toContain('• tis 12 jan – RUS-plattformen · #rus-plattformen (inte kopplad)');
    const labels = buttonsOf(reply).map((b) => b.label);
    expect(labels).toContain('Klart: Beslut om inriktning för de statliga 1:1-medlen');
    expect(labels).toEqual(expect.arrayContaining(['Alla punkter', 'Ny punkt', 'Kalenderlänk']));
    if (reply.kind !== 'message') throw new Error('a message');
    expect(reply.view.blocks.length).toBeLessThanOrEqual(50);
    for (const block of reply.view.blocks) {
      if (block.kind === 'text') expect(block.text.length).toBeLessThanOrEqual(3000);
    }

    await app.dispatcher.run(app.coordinator, 'cycle.done', {
      item: 'inriktning-1-1-medel',
      date: '2026-11-30',
    });
    expect(textOf(await app.dispatcher.runText(app.coordinator, 'årshjul'))).not.toContain(
      'Försenat',
    );
  });

  it('speaks English to those who do', async () => {
    app = cycleApp();
    const text = textOf(
      await app.dispatcher.runText({ ...app.coordinator, locale: 'en' }, 'cycle'),
    );
    expect(text).toContain('The annual cycle: the next 90 days');
    expect(text).toContain('*January 2027*');
    expect(text).toContain('• Fri 29 Jan – Reporting to Tillväxtverket');
    expect(text).toContain('the coordinators');
  });

  it('understands the actions typed after the word, and says which ones there are', async () => {
    app = cycleApp();
    const unknown = await app.dispatcher.runText(app.coordinator, 'årshjul snurra');
    expect(textOf(unknown)).toContain('Jag förstår inte "snurra"');
    const which = await app.dispatcher.runText(app.coordinator, 'årshjul pausa');
    expect(textOf(which)).toContain('Vilken punkt?');
    const items = await app.dispatcher.runText(app.coordinator, 'årshjul punkter');
    expect(textOf(items)).toContain('Årshjulets punkter (18 st, sida 1 av 1)');
    const removal = await app.dispatcher.runText(app.coordinator, 'årshjul ta bort portfoljanalys');
    expect(textOf(removal)).toContain('Ta bort *Halvårsvis analys av projektportföljen*');
    // A coordinator's action is refused to others, typed or pressed.
    expect((await app.dispatcher.runText(app.member, 'årshjul punkter')).outcome).toBe('refused');
    expect((await app.dispatcher.run(app.member, 'cycle.items')).outcome).toBe('refused');
    expect((await app.dispatcher.run(app.member, 'cycle.feed')).outcome).toBe('refused');
  });
});
