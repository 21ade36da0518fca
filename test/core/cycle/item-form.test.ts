import { afterEach, describe, expect, it } from 'vitest';
import type { Form, Reply } from '../../../src/core/chat.js';
import { storedCycle } from '../../../src/core/cycle/stored-cycle.js';
import { cycleApp, textOf } from './cycle-app.js';

const formOf = (reply: Reply): Form => {
  if (reply.kind !== 'form') throw new Error(`expected a form, got ${textOf(reply)}`);
  return reply.form;
};

describe('adding and changing items in chat', () => {
  let app: ReturnType<typeof cycleApp>;
  afterEach(() => app.close());

  const submit = (values: Record<string, string | boolean>) =>
    app.dispatcher.run(app.coordinator, 'cycle.item.save', values);

  it('adds an item from the form; it shows in the cycle and its nudges are stored with it', async () => {
    app = cycleApp();
    const form = formOf(await app.dispatcher.runText(app.coordinator, 'årshjul ny'));
    expect(form.inputs.map((i) => `${i.kind}:${i.name}`)).toEqual([
      'text:id',
      'text:titleSv',
      'text:titleEn',
      'text:descriptionSv',
      'text:descriptionEn',
      'choice:owner',
      'text:ownerValue',
      'choice:rule',
      'date:date',
      'text:moreDates',
      'text:weeks',
      'choice:quarterMonth',
      'text:quarterDay',
      'choice:relativeTo',
      'text:offsetDays',
      'text:cron',
      'text:leadDays',
      'choice:move',
      'text:skipMonths',
      'time:time',
    ]);
    const relative = form.inputs.find((i) => i.name === 'relativeTo');
    expect(relative?.kind === 'choice' && relative.options.map((o) => o.value)).toContain(
      'forum:framtidsforum',
    );
    const saved = await submit({
      ...form.values,
      id: 'lokadagarna',
      titleSv: 'Lokadagarna',
      rule: 'yearly',
      date: '2026-12-10',
      leadDays: '7, 0',
    });
    expect(textOf(saved)).toContain('Tillagt i årshjulet: *Lokadagarna*.');
    expect(textOf(saved)).toContain('Nästa gång: torsdag 10 december 2026');
    expect(textOf(await app.dispatcher.runText(app.member, 'årshjul'))).toContain(
      '• tors 10 dec – Lokadagarna',
    );
    expect(app.store.cycle.item('lokadagarna')).toMatchObject({
      origin: 'chat',
      definition: {
        id: 'lokadagarna',
        title: 'Lokadagarna',
        owner: { role: 'coordinator' },
        rule: { yearly: '12-10' },
        leadDays: [7, 0],
        move: 'before',
      },
    });
  });

  it('names each problem on its field, in the person language, and keeps what was typed', async () => {
    app = cycleApp();
    const base = { id: 'ny', titleSv: 'Ny', owner: 'coordinator', move: 'before' };
    const errors = async (values: Record<string, string>, locale: 'sv' | 'en' = 'sv') => {
      const reply = await app.dispatcher.run({ ...app.coordinator, locale }, 'cycle.item.save', {
        ...base,
        ...values,
      });
      expect(reply.outcome).toBe('refused');
      const form = formOf(reply);
      expect(form.values).toMatchObject(values);
      return form.errors;
    };
    expect(await errors({ rule: 'yearly', date: '2027-02-30' })).toEqual({
      date: '02-30 finns inte i kalendern.',
    });
    expect(await errors({ rule: 'yearly', date: '2027-02-30' }, 'en')).toEqual({
      date: '02-30 is not a date in the calendar.',
    });
    expect(await errors({ rule: 'yearly', date: '2028-02-29' })).toEqual({
      date: '29 februari finns inte varje år; välj 28 februari eller 1 mars.',
    });
    expect(await errors({ rule: 'yearly', date: '2027-03-01', moreDates: '10-15, 13-01' })).toEqual(
      {
        moreDates: '13-01 finns inte i kalendern.',
      },
    );
    expect(await errors({ rule: 'quarterly', quarterMonth: '2', quarterDay: '30' })).toEqual({
      quarterDay:
        'Dag 30 finns inte i alla kvartalets månader (högst 28); välj "sista" för sista dagen.',
    });
    expect(await errors({ rule: 'cron', cron: '0 9 * *' })).toEqual({
      cron: 'Ett cron-uttryck har fem fält (minut timme dag månad veckodag), inte 4.',
    });
    expect(await errors({ rule: 'cron', cron: '0 9,12 * * 1' })).toEqual({
      cron: 'Cron-uttrycket måste ange en enda tid på dagen, men hour är 9,12.',
    });
    expect(await errors({ rule: 'everyWeeks', weeks: 'två', date: '2027-01-12' })).toEqual({
      weeks: 'Skriv ett heltal, till exempel 14 eller -21.',
    });
    expect(
      await errors({ rule: 'relative', relativeTo: 'item:finns-inte', offsetDays: '-7' }),
    ).toEqual({
      relativeTo: 'Räknas från finns-inte, som inte finns i årshjulet.',
    });
    expect(await errors({ rule: 'once', date: '2027-05-01', leadDays: '7, 7' })).toEqual({
      leadDays: '7 står två gånger.',
    });
    expect(
      await errors({ rule: 'once', date: '2027-05-01', owner: 'email', ownerValue: '' }),
    ).toEqual({
      ownerValue: 'Skriv e-postadressen eller kanalens namn här.',
    });
    expect(await errors({ rule: 'once', date: '2027-05-01', id: 'Läget i länet' })).toEqual({
      id: 'Ska skrivas som små bokstäver, siffror och bindestreck.',
    });
    expect(await errors({ rule: 'once', date: '2027-05-01', id: 'portfoljanalys' })).toEqual({
      id: 'Det finns redan en punkt med id portfoljanalys. Välj ett annat.',
    });
    expect(await errors({ rule: '', titleSv: '' })).toEqual({
      titleSv: 'Fyll i det här fältet.',
      rule: 'Fyll i det här fältet.',
    });
    expect(app.store.cycle.item('ny')).toBeUndefined();
  });

  it('refuses an edit that makes items count from each other in a circle', async () => {
    app = cycleApp();
    const form = formOf(
      await app.dispatcher.run(app.coordinator, 'cycle.item.edit', { item: 'laget-i-lanet' }),
    );
    const reply = await app.dispatcher.run(app.coordinator, 'cycle.item.save', {
      ...form.values,
      ...form.args,
      rule: 'relative',
      relativeTo: 'item:mal-och-budget',
      offsetDays: '-21',
    });
    expect(formOf(reply).errors).toEqual({
      relativeTo:
        'Punkterna räknas från varandra i en cirkel: laget-i-lanet → mal-och-budget → laget-i-lanet.',
    });
    expect(app.store.cycle.item('laget-i-lanet')?.definition).toMatchObject({
      rule: { yearly: '04-30' },
    });
  });

  it('opens every shipped item in the form and saves it back unchanged', async () => {
    app = cycleApp();
    const before = storedCycle(app.store).cycle.items;
    for (const item of before) {
      const form = formOf(
        await app.dispatcher.run(app.coordinator, 'cycle.item.edit', { item: item.id }),
      );
      expect(form.errors).toBeUndefined();
      const saved = await app.dispatcher.run(app.coordinator, 'cycle.item.save', {
        ...form.values,
        ...form.args,
      });
      expect(saved.outcome, `${item.id}: ${textOf(saved)}`).toBeUndefined();
    }
    expect(storedCycle(app.store).cycle.items).toEqual(before);
    expect(storedCycle(app.store).problems).toEqual([]);
  });
});
