import { afterEach, describe, expect, it } from 'vitest';
import type { Button, Reply } from '../../src/core/chat.js';
import { localDateOf } from '../../src/core/time/zoned-date.js';
import { cycleFile, cycleHarness, local, timeZone } from './cycle-harness.js';

// Due Friday 26 March 2027 (the Friday before Easter is the 26th: Good Friday, a holiday, so
// it moves to Thursday the 25th); nudges 14, 7 and 0 days before.
const cycle = cycleFile([
  {
    id: 'rapport',
    title: { sv: 'Rapporten', en: 'The report' },
    owner: { role: 'coordinator' },
    rule: { yearly: '03-26' },
    leadDays: [14, 7, 0],
  },
]);

const texts = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')
    : '';

describe('the buttons on a nudge', () => {
  let h: ReturnType<typeof cycleHarness>;
  afterEach(() => h.close());

  async function firstNudge() {
    h = cycleHarness({ cycle, start: '2027-03-01T12:00:00Z' });
    const eva = h.coordinator('U-EVA');
    await h.at('2027-03-01T12:00:00Z');
    await h.at(local('2027-03-11', '09:01'));
    const nudge = h.outlet.deliveries[0];
    expect(nudge?.text).toContain('*Om 14 dagar*: torsdag 25 mars 2027');
    const actions = nudge?.blocks.find((b) => b.kind === 'actions');
    const buttons = actions?.kind === 'actions' ? actions.buttons : [];
    expect(buttons.map((b) => b.label)).toEqual([
      'Klart',
      'Påminn i morgon',
      'Påminn om en vecka',
      'Byt ansvarig',
    ]);
    const press = (b: Button) => h.dispatcher.run(eva.actor, b.command, b.args ?? {});
    return { eva, buttons, press };
  }

  it('done: marks the occurrence, later nudges about it are not sent, and undo reopens it', async () => {
    const { buttons, press, eva } = await firstNudge();
    const done = await press(buttons[0] as Button);
    expect(texts(done)).toContain(
      'Klart! *Rapporten* (torsdag 25 mars 2027) är markerat som klart.',
    );
    expect(texts(await press(buttons[0] as Button))).toContain('redan markerat som klart av U-EVA');
    await h.at(local('2027-03-18', '09:01'));
    await h.at(local('2027-03-25', '09:01'));
    expect(h.outlet.deliveries).toHaveLength(1);
    expect(h.store.cycleNudges.find('rapport:2027-03-25:7')).toMatchObject({
      state: 'skipped',
      reason: 'done',
    });
    expect(texts(await h.dispatcher.runText(eva.actor, 'årshjul'))).toContain(
      'tors 25 mars – Rapporten · samordnarna · ✓ klart',
    );
    await h.dispatcher.run(eva.actor, 'cycle.reopen', { item: 'rapport', date: '2027-03-25' });
    expect(texts(await h.dispatcher.runText(eva.actor, 'årshjul'))).not.toContain('✓ klart');
  });

  it('snooze a day: the same nudge again tomorrow at the same time, once', async () => {
    const { buttons, press, eva } = await firstNudge();
    const snoozed = await press(buttons[1] as Button);
    expect(texts(snoozed)).toContain('igen fredag 12 mars 2027 kl. 09.01');
    expect(texts(await h.dispatcher.runText(eva.actor, 'årshjul'))).toContain(
      'Rapporten · samordnarna · påminner igen fre 12 mars',
    );
    await h.at(local('2027-03-12', '09:00'));
    expect(h.outlet.deliveries).toHaveLength(1);
    await h.at(local('2027-03-12', '09:01'));
    await h.at(local('2027-03-12', '09:02'));
    expect(h.outlet.deliveries).toHaveLength(2);
    expect(h.outlet.deliveries[1]?.text).toContain('*Om 13 dagar*: torsdag 25 mars 2027');
    expect(h.outlet.deliveries[1]?.text).toContain('Du bad om en ny påminnelse.');
    // The regular nudges carry on after it.
    await h.at(local('2027-03-18', '09:01'));
    expect(h.outlet.deliveries).toHaveLength(3);
  });

  it('snooze a week: the nudges in between wait, and it comes across the spring switch at the same local time', async () => {
    const { buttons, press, eva } = await firstNudge();
    await press(buttons[2] as Button);
    await h.at(local('2027-03-18', '09:01')); // the 7-day nudge at 09:00 falls while snoozed
    expect(h.outlet.deliveries).toHaveLength(2);
    expect(h.store.cycleNudges.find('rapport:2027-03-25:7')?.reason).toBe('snoozed');
    expect(h.outlet.deliveries[1]?.text).toContain('Du bad om en ny påminnelse.');
    expect(h.outlet.deliveries[1]?.at).toEqual(local('2027-03-18', '09:01'));
    await h.at(local('2027-03-25', '09:01'));
    expect(h.outlet.deliveries).toHaveLength(3);
    // On the day, a week more: past the switch to summer time on 28 March, still 09:01.
    const snoozed = await h.dispatcher.run(eva.actor, 'cycle.snooze', {
      item: 'rapport',
      date: '2027-03-25',
      days: '7',
    });
    expect(texts(snoozed)).toContain('igen torsdag 1 april 2027 kl. 09.01');
    await h.at('2027-04-01T07:00:30Z'); // 09:00:30 CEST
    expect(h.outlet.deliveries).toHaveLength(3);
    await h.at('2027-04-01T07:01:00Z');
    expect(h.outlet.deliveries).toHaveLength(4);
    expect(h.outlet.deliveries[3]?.text).toContain(
      '*Skulle vara klart för 7 dagar sedan*: torsdag 25 mars 2027',
    );
    expect(h.outlet.deliveries.map((d) => localDateOf(d.at, timeZone))).toEqual([
      '2027-03-11',
      '2027-03-18',
      '2027-03-25',
      '2027-04-01',
    ]);
  });

  it('reassign: a form for an e-mail address; the new owner is told and gets the next nudges', async () => {
    const { buttons, press } = await firstNudge();
    const form = await press(buttons[3] as Button);
    expect(form.kind).toBe('form');
    const bad = await h.dispatcher.run(
      { platform: 'slack', userId: 'U-EVA', locale: 'sv' },
      'cycle.reassign.save',
      { item: 'rapport', email: 'inte en adress' },
    );
    expect(bad.outcome).toBe('refused');
    const now = h.clock.now().toISOString();
    const bo = h.store.people.create(
      { email: 'bo@kumla.se', displayName: 'Bo', locale: 'en' },
      now,
    );
    h.store.people.addIdentity('slack', 'U-BO', bo.id);
    const done = await h.dispatcher.run(
      { platform: 'slack', userId: 'U-EVA', locale: 'sv' },
      'cycle.reassign.save',
      { item: 'rapport', email: 'Bo@Kumla.se' },
    );
    expect(texts(done)).toContain('Bo är nu ansvarig för *Rapporten*');
    await h.at(local('2027-03-11', '09:05'));
    expect(h.outlet.deliveries.at(-1)?.to).toBe('U-BO');
    expect(h.outlet.deliveries.at(-1)?.text).toContain('has made you the owner of *The report*');
    await h.at(local('2027-03-18', '09:01'));
    expect(h.outlet.deliveries.at(-1)).toMatchObject({ to: 'U-BO' });
    expect(h.outlet.deliveries.at(-1)?.text).toContain('*In 7 days*: Thursday 25 March 2027');
    // Bo, who is no coordinator, may press his own buttons; someone else may not.
    const bos = await h.dispatcher.run(
      { platform: 'slack', userId: 'U-BO', locale: 'en' },
      'cycle.done',
      {
        item: 'rapport',
        date: '2027-03-25',
      },
    );
    expect(texts(bos)).toContain('Done! *The report*');
    const stranger = await h.dispatcher.run(
      { platform: 'slack', userId: 'U-X', locale: 'sv' },
      'cycle.reopen',
      { item: 'rapport', date: '2027-03-25' },
    );
    expect(stranger.outcome).toBe('refused');
    expect(texts(stranger)).toContain('är inte din punkt');
  });

  it('refuses a date that is no occurrence of the item (a forged or stale button)', async () => {
    const { eva } = await firstNudge();
    for (const date of ['2027-03-26', '2027-02-30']) {
      const reply = await h.dispatcher.run(eva.actor, 'cycle.done', { item: 'rapport', date });
      expect(reply.outcome).toBe('refused');
    }
    const unknown = await h.dispatcher.run(eva.actor, 'cycle.done', {
      item: 'nej',
      date: '2027-03-25',
    });
    expect(texts(unknown)).toBe('Det finns ingen punkt med id nej i årshjulet.');
  });
});
