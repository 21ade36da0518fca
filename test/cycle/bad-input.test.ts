import { afterEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/chat.js';
import { logCycleStart } from '../../src/core/cycle/start-cycle.js';
import { memoryLogger } from '../helpers/memory-logger.js';
import { cycleFile, cycleHarness, local } from './cycle-harness.js';

const item = (id: string, rule: object) => ({
  id,
  title: id,
  owner: { role: 'coordinator' },
  rule,
  leadDays: [0],
});

const broken = cycleFile([
  item('bra', { yearly: '02-10' }),
  item('fel-regel', { yearly: '02-10', quarterly: { monthOfQuarter: 1, day: 5 } }),
  item('saknad-bas', { relativeTo: { item: 'finns-inte' }, offsetDays: -7 }),
  item('cirkel-a', { relativeTo: { item: 'cirkel-b' }, offsetDays: 1 }),
  item('cirkel-b', { relativeTo: { item: 'cirkel-a' }, offsetDays: 1 }),
  item('trettionde-februari', { yearly: '02-30' }),
  item('ingen-cron', { cron: '0 9 30 2 *' }),
  { title: 'utan id', owner: { role: 'coordinator' }, rule: { yearly: '03-01' } },
]);

const texts = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.map((b) => ('text' in b ? b.text : '')).join('\n')
    : JSON.stringify(reply.form);

describe('a cycle with mistakes in it', () => {
  let h: ReturnType<typeof cycleHarness>;
  afterEach(() => h.close());

  it('names each bad item and field, in the log and to coordinators, and runs the rest', async () => {
    h = cycleHarness({ cycle: broken, start: '2027-02-01T12:00:00Z' });
    const logger = memoryLogger();
    logCycleStart(logger, h.file, h.started);
    const logged = logger.lines
      .filter((l) => l.message === 'annual cycle problem')
      .map((l) => `${l.context?.item} ${l.context?.field} ${l.context?.code}`);
    expect(logged).toEqual(
      expect.arrayContaining([
        'fel-regel rule rule_ambiguous',
        'saknad-bas rule.relativeTo.item unknown_item',
        'cirkel-a rule.relativeTo.item relative_cycle',
        'cirkel-b rule.relativeTo.item relative_cycle',
        'trettionde-februari rule.yearly no_such_date',
        'ingen-cron rule.cron cron_never',
        'null id required',
      ]),
    );

    const eva = h.coordinator('U-EVA');
    const shown = texts(await h.dispatcher.runText(eva.actor, 'årshjul'));
    expect(shown).toContain('*Att rätta i årshjulet*');
    expect(shown).toContain('*trettionde-februari* (rule.yearly): 02-30 finns inte i kalendern.');
    expect(shown).toContain(
      '*saknad-bas* (rule.relativeTo.item): Räknas från finns-inte, som inte finns i årshjulet.',
    );
    expect(shown).toContain(
      '*cirkel-a* (rule.relativeTo.item): Punkterna räknas från varandra i en cirkel: cirkel-a → cirkel-b → cirkel-a.',
    );
    expect(shown).toContain(
      '*fel-regel* (rule): Regeln anger flera sorter (yearly, quarterly); ange bara en.',
    );
    expect(shown).toContain('*ingen-cron* (rule.cron): Cron-uttrycket inträffar aldrig.');
    expect(shown).toContain('punkt nr 8 (id): Måste fyllas i.');
    const english = texts(await h.dispatcher.runText({ ...eva.actor, locale: 'en' }, 'cycle'));
    expect(english).toContain(
      '*trettionde-februari* (rule.yearly): 02-30 is not a date in the calendar.',
    );

    // The good item runs all the same.
    await h.at('2027-02-01T12:00:00Z');
    await h.at(local('2027-02-10', '09:01'));
    expect(h.outlet.titlesTo('U-EVA')).toEqual(['bra']);

    // A coordinator puts one right in chat; it runs from then on.
    const form = await h.dispatcher.run(eva.actor, 'cycle.item.edit', {
      item: 'trettionde-februari',
    });
    expect(form.kind).toBe('form');
    if (form.kind !== 'form') return;
    expect(form.form.errors?.date).toBe('02-30 finns inte i kalendern.');
    const saved = await h.dispatcher.run(eva.actor, 'cycle.item.save', {
      ...form.form.values,
      ...form.form.args,
      date: '2027-02-26',
    });
    expect(texts(saved)).toContain('Sparat: *trettionde-februari*.');
    expect(texts(saved)).toContain('Nästa gång: fredag 26 februari 2027');
    await h.at(local('2027-02-26', '09:01'));
    expect(h.outlet.titlesTo('U-EVA')).toEqual(['bra', 'trettionde-februari']);
  });
});
