import { afterEach, describe, expect, it } from 'vitest';
import { startCycle } from '../../../src/core/cycle/start-cycle.js';
import { storedCycle } from '../../../src/core/cycle/stored-cycle.js';
import { buttonsOf, cycleApp, textOf } from './cycle-app.js';

const item = (id: string, yearly: string, more: object = {}) => ({
  id,
  title: id,
  owner: { role: 'coordinator' },
  rule: { yearly },
  ...more,
});

describe('the cycle file in the database', () => {
  let app: ReturnType<typeof cycleApp>;
  afterEach(() => app.close());

  it('is seeded once at first start, bad items and all, and not again', () => {
    app = cycleApp({
      version: 1,
      nudgeTime: '08:30',
      items: [item('a', '03-01'), item('b', '02-30'), item('a', '04-01'), { title: 'no id' }],
    });
    expect(app.started).toMatchObject({ seeded: true, fileChanged: false });
    expect(app.store.cycle.items().map((i) => i.id)).toEqual(['a', 'b']);
    const { cycle, problems, settings } = storedCycle(app.store);
    expect(cycle.nudgeTime).toBe('08:30');
    expect(cycle.items.map((i) => i.id)).toEqual(['a']);
    expect(problems.map((p) => `${p.itemId} ${p.field} ${p.code}`)).toEqual([
      'a id duplicate_id',
      'null id required',
      'null owner required',
      'null rule required',
      'b rule.yearly no_such_date',
    ]);
    expect(settings.feedToken).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const again = startCycle(app.store, { file: app.file, catchUpHours: 24 }, app.clock.now());
    expect(again).toMatchObject({ seeded: false, fileChanged: false });
    expect(app.store.cycle.settings()?.catchUpHours).toBe(24);
    expect(app.store.cycle.settings()?.feedToken).toBe(settings.feedToken);
  });

  it('reads a changed file in when a coordinator asks, after showing what changes', async () => {
    app = cycleApp({
      version: 1,
      items: [item('kvar', '03-01'), item('andras', '04-01'), item('bort', '05-01')],
    });
    // Added in chat: kept by an import.
    app.store.cycle.saveItem(
      { id: 'egen', definition: item('egen', '06-01'), origin: 'chat' },
      null,
      app.clock.now().toISOString(),
    );
    app.write({
      version: 1,
      items: [item('kvar', '03-01'), item('andras', '04-15'), item('ny', '07-01')],
    });
    expect(
      startCycle(app.store, { file: app.file, catchUpHours: 72 }, app.clock.now()).fileChanged,
    ).toBe(true);
    const shown = await app.dispatcher.runText(app.coordinator, 'årshjul');
    expect(textOf(shown)).toContain('har ändrats sedan den lästes in');
    expect(buttonsOf(shown).map((b) => b.command)).toContain('cycle.import');

    const preview = await app.dispatcher.runText(app.coordinator, 'årshjul importera');
    const text = textOf(preview);
    expect(text).toContain('1 punkter är oförändrade');
    expect(text).toContain('• nya (1): ny');
    expect(text).toContain('• ändras (1): andras');
    expect(text).toContain('• tas bort, finns inte längre i filen (1): bort');
    expect(text).toContain('• tillagda i chatten, behålls (1): egen');
    expect(app.store.cycle.item('bort')).toBeDefined();

    const confirm = buttonsOf(preview)[0];
    expect(confirm?.command).toBe('cycle.import.confirm');
    // The file changes again between the preview and the click: nothing is read in.
    app.write({ version: 1, items: [item('kvar', '03-01')] });
    const stale = await app.dispatcher.run(app.coordinator, 'cycle.import.confirm', confirm?.args);
    expect(stale.outcome).toBe('refused');
    app.write({
      version: 1,
      items: [item('kvar', '03-01'), item('andras', '04-15'), item('ny', '07-01')],
    });
    const done = await app.dispatcher.run(app.coordinator, 'cycle.import.confirm', confirm?.args);
    expect(textOf(done)).toContain('Årshjulsfilen är inläst');
    expect(app.store.cycle.items().map((i) => i.id)).toEqual(['kvar', 'andras', 'ny', 'egen']);
    expect(app.store.cycle.item('andras')?.definition).toMatchObject({ rule: { yearly: '04-15' } });
    expect(textOf(await app.dispatcher.runText(app.coordinator, 'årshjul'))).not.toContain(
      'har ändrats',
    );
    const nothing = await app.dispatcher.runText(app.coordinator, 'årshjul importera');
    expect(textOf(nothing)).toContain('Filen ändrar ingenting i årshjulet.');
  });
});
