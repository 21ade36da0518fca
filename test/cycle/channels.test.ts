import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/chat.js';
import { cycleFile, cycleHarness, local } from './cycle-harness.js';

const cycle = cycleFile([
  {
    id: 'plattform',
    title: 'RUS-plattformen',
    owner: { channel: 'rus-plattformen' },
    rule: { everyWeeks: 1, from: '2027-01-12' },
    leadDays: [0],
  },
  {
    id: 'rapport',
    title: 'Rapporten',
    owner: { role: 'coordinator' },
    rule: { cron: '0 9 * * 2' },
    leadDays: [0],
  },
]);

const texts = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')
    : '';

describe('nudges to a channel', () => {
  let h: ReturnType<typeof cycleHarness>;
  afterEach(() => h.close());

  it('go to the coordinators until the channel is connected, then to the channel, once', async () => {
    h = cycleHarness({ cycle, start: '2027-01-10T12:00:00Z' });
    const eva = h.coordinator('U-EVA');
    await h.at('2027-01-10T12:00:00Z');

    await h.at(local('2027-01-12', '09:01'));
    expect(h.outlet.deliveries.map((d) => d.to)).toEqual(['U-EVA', 'U-EVA']);
    expect(h.outlet.deliveries.find((d) => d.text.startsWith('RUS'))?.text).toContain(
      'Kanalen #rus-plattformen är inte kopplad än',
    );

    // In a personal chat the command says where to type it.
    const personal = await h.dispatcher.runText(eva.actor, 'årshjul koppla rus-plattformen', {
      platform: 'slack',
      conversationId: 'D-EVA',
      kind: 'personal',
    });
    expect(personal.outcome).toBe('refused');
    const connected = await h.dispatcher.runText(
      eva.actor,
      '/forum årshjul koppla rus-plattformen',
      h.channel('C-RUS'),
    );
    expect(texts(connected)).toBe(
      'Klart! Påminnelser för RUS-plattformen kommer nu i den här kanalen (#rus-plattformen).',
    );
    await h.at(local('2027-01-19', '09:01'));
    const week2 = h.outlet.deliveries.slice(2);
    expect(week2.map((d) => [d.to, d.kind])).toEqual([
      ['C-RUS', 'conversation'],
      ['U-EVA', 'person'],
    ]);
    expect(week2[0]?.text).not.toContain('inte kopplad');
    expect(h.sentKeys()).toContain('cycle:plattform:2027-01-19:0:in:slack:C-RUS');

    // Someone in the channel who is no coordinator may mark it done from there.
    const member = { platform: 'slack' as const, userId: 'U-MEMBER', locale: 'sv' as const };
    const done = await h.dispatcher.run(
      member,
      'cycle.done',
      { item: 'plattform', date: '2027-01-19' },
      h.channel('C-RUS'),
    );
    expect(texts(done)).toContain('Klart! *RUS-plattformen*');
    const elsewhere = await h.dispatcher.run(member, 'cycle.reopen', {
      item: 'plattform',
      date: '2027-01-19',
    });
    expect(elsewhere.outcome).toBe('refused');
  });

  it('can take the whole cycle, instead of a message to each coordinator, and let it go', async () => {
    h = cycleHarness({ cycle, start: '2027-01-10T12:00:00Z' });
    const eva = h.coordinator('U-EVA');
    h.coordinator('U-BO');
    await h.at('2027-01-10T12:00:00Z');
    expect(
      texts(await h.dispatcher.runText(eva.actor, 'årshjul koppla', h.channel('C-TEAM'))),
    ).toContain('kommer nu i den här kanalen');
    await h.at(local('2027-01-12', '09:01'));
    // Both items come to the team channel, once each: the channel item's own channel is not
    // connected, so it falls back to the cycle's channel.
    expect(h.outlet.deliveries.map((d) => d.to)).toEqual(['C-TEAM', 'C-TEAM']);

    const off = await h.dispatcher.runText(eva.actor, 'årshjul koppla bort', h.channel('C-TEAM'));
    expect(texts(off)).toContain('får inga fler påminnelser');
    await h.at(local('2027-01-19', '09:01'));
    expect(
      h.outlet.deliveries
        .slice(2)
        .map((d) => d.to)
        .sort(),
    ).toEqual(['U-BO', 'U-BO', 'U-EVA', 'U-EVA']);
  });

  it('can connect one item by its id, which then belongs to the channel', async () => {
    h = cycleHarness({ cycle, start: '2027-01-10T12:00:00Z' });
    const eva = h.coordinator('U-EVA');
    await h.at('2027-01-10T12:00:00Z');
    const reply = await h.dispatcher.runText(eva.actor, 'årshjul koppla rapport', h.channel('C-R'));
    expect(texts(reply)).toContain(
      'Påminnelser för Rapporten kommer nu i den här kanalen (#rapport).',
    );
    expect(h.store.cycle.item('rapport')?.definition).toMatchObject({
      owner: { channel: 'rapport' },
    });
    await h.at(local('2027-01-12', '09:01'));
    expect(h.outlet.titlesTo('C-R')).toEqual(['Rapporten']);
  });
});
