import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeCycleProblem } from '../../../src/core/cycle/cycle-problem.js';
import { loadCycle, parseCycleItem } from '../../../src/core/cycle/load-cycle.js';
import { occurrencesBetween } from '../../../src/core/cycle/occurrences.js';
import { readCycleFile } from '../../../src/core/cycle/read-cycle-file.js';
import { item } from './build-cycle.js';

const problemsOf = (input: unknown) => parseCycleItem(input).problems;

describe('loading the cycle', () => {
  it('reads an item in full, with defaults for what is left out', () => {
    const result = parseCycleItem({
      id: 'report',
      title: { sv: 'Rapport', en: 'Report' },
      owner: { email: 'anna@example.se' },
      rule: { yearly: '01-31' },
    });
    expect(result.item).toEqual({
      id: 'report',
      title: { sv: 'Rapport', en: 'Report' },
      owner: { kind: 'email', email: 'anna@example.se' },
      rule: { kind: 'yearly', dates: ['01-31'] },
      leadDays: [14, 3, 0],
      move: 'before',
      skipMonths: [],
      paused: false,
    });
    expect(
      parseCycleItem(item('x', { cron: '15 8 * * 1' }, { leadDays: [0, 7] })).item,
    ).toMatchObject({
      title: { sv: 'x', en: 'x' },
      rule: { kind: 'cron', expression: '15 8 * * 1', schedule: { time: '08:15' } },
      leadDays: [7, 0],
    });
  });

  it('refuses 30 February, naming the item and the field, and keeps the other items', () => {
    const { cycle, problems } = loadCycle({
      version: 1,
      items: [
        item('bad-yearly', { yearly: '02-30' }),
        item('bad-once', { once: '2027-02-30' }),
        item('leap', { yearly: ['01-31', '02-29'] }),
        item('fine', { yearly: '03-01' }),
      ],
    });
    expect(problems).toEqual([
      {
        itemId: 'bad-yearly',
        index: 0,
        field: 'rule.yearly',
        code: 'no_such_date',
        params: { value: '02-30' },
      },
      {
        itemId: 'bad-once',
        index: 1,
        field: 'rule.once',
        code: 'no_such_date',
        params: { value: '2027-02-30' },
      },
      {
        itemId: 'leap',
        index: 2,
        field: 'rule.yearly[1]',
        code: 'not_every_year',
        params: { value: '02-29' },
      },
    ]);
    expect(cycle.items.map((i) => i.id)).toEqual(['fine']);
    expect(occurrencesBetween(cycle.items, '2027-01-01', '2027-12-31')).toEqual([
      { itemId: 'fine', date: '2027-03-01', originalDate: '2027-03-01' },
    ]);
  });

  it('leaves out items relative to a missing item, in a circle, or to one left out', () => {
    const { cycle, problems } = loadCycle({
      version: 1,
      items: [
        item('a', { relativeTo: { item: 'b' }, offsetDays: -7 }),
        item('b', { relativeTo: { item: 'a' }, offsetDays: 7 }),
        item('after-a', { relativeTo: { item: 'a' }, offsetDays: 1 }),
        item('orphan', { relativeTo: { item: 'nowhere' }, offsetWeeks: -2 }),
        item('broken', { yearly: '13-01' }),
        item('after-broken', { relativeTo: { item: 'broken' }, offsetDays: 3 }),
        item('fine', { yearly: '05-20' }),
        item('after-fine', { relativeTo: { item: 'fine' }, offsetWeeks: -3 }),
      ],
    });
    const field = 'rule.relativeTo.item';
    expect(problems).toEqual([
      {
        itemId: 'broken',
        index: 4,
        field: 'rule.yearly',
        code: 'no_such_date',
        params: { value: '13-01' },
      },
      { itemId: 'a', index: 0, field, code: 'relative_cycle', params: { path: 'a → b → a' } },
      { itemId: 'b', index: 1, field, code: 'relative_cycle', params: { path: 'b → a → b' } },
      { itemId: 'after-a', index: 2, field, code: 'base_item_invalid', params: { item: 'a' } },
      { itemId: 'orphan', index: 3, field, code: 'unknown_item', params: { item: 'nowhere' } },
      {
        itemId: 'after-broken',
        index: 5,
        field,
        code: 'base_item_invalid',
        params: { item: 'broken' },
      },
    ]);
    expect(occurrencesBetween(cycle.items, '2027-01-01', '2027-12-31')).toEqual([
      { itemId: 'after-fine', date: '2027-04-29', originalDate: '2027-04-29' },
      { itemId: 'fine', date: '2027-05-20', originalDate: '2027-05-20' },
    ]);
    expect(problems.map(describeCycleProblem)[1]).toBe(
      'item "a" rule.relativeTo.item: relative_cycle (path=a → b → a)',
    );
  });

  it('explains a bad rule field by field', () => {
    expect(problemsOf(item('x', {}))).toMatchObject([
      { itemId: 'x', field: 'rule', code: 'rule_missing' },
    ]);
    expect(problemsOf(item('x', { yearly: '01-31', cron: '0 9 * * 1' }))).toMatchObject([
      { field: 'rule', code: 'rule_ambiguous', params: { kinds: 'yearly, cron' } },
    ]);
    expect(problemsOf(item('x', { yearly: '01-31', offsetDays: 3 }))).toMatchObject([
      { field: 'rule.offsetDays', code: 'not_for_rule', params: { rule: 'yearly' } },
    ]);
    expect(problemsOf(item('x', { everyWeeks: 2 }))).toMatchObject([
      { field: 'rule.from', code: 'required' },
    ]);
    expect(problemsOf(item('x', { everyWeeks: 0, from: '2027-01-04' }))).toMatchObject([
      { field: 'rule.everyWeeks', code: 'too_small', params: { minimum: 1 } },
    ]);
    expect(problemsOf(item('x', { yearly: '1-31' }))).toMatchObject([
      { field: 'rule.yearly', code: 'invalid_format', params: { format: 'MM-DD' } },
    ]);
    expect(problemsOf(item('x', { quarterly: { monthOfQuarter: 1, day: 31 } }))).toMatchObject([
      { field: 'rule.quarterly.day', code: 'not_every_quarter', params: { day: 31, max: 30 } },
    ]);
    expect(
      problemsOf({ ...item('x', {}), rule: { quarterly: { monthOfQuarter: 4, day: 'first' } } }),
    ).toMatchObject([
      {
        field: 'rule.quarterly.monthOfQuarter',
        code: 'invalid_value',
        params: { allowed: '1, 2, 3' },
      },
      {
        field: 'rule.quarterly.day',
        code: 'invalid_type',
        params: { expected: 'number | last' },
      },
    ]);
    expect(problemsOf(item('x', { relativeTo: { item: 'a', forum: 'b' } }))).toMatchObject([
      { field: 'rule.relativeTo', code: 'exactly_one', params: { allowed: 'item, forum' } },
    ]);
  });

  it('explains a bad cron expression', () => {
    const cron = (expression: string) => problemsOf(item('x', { cron: expression }))[0];
    expect(cron('0 9 * *')).toMatchObject({
      field: 'rule.cron',
      code: 'cron_field_count',
      params: { count: 4 },
    });
    expect(cron('0 25 * * *')).toMatchObject({
      code: 'cron_invalid',
      params: { part: 'hour', value: '25' },
    });
    expect(cron('0 9 L * *')).toMatchObject({
      code: 'cron_invalid',
      params: { part: 'dayOfMonth' },
    });
    expect(cron('*/15 9 * * *')).toMatchObject({
      code: 'cron_needs_one_time',
      params: { part: 'minute' },
    });
    expect(cron('0 9 30 2 *')).toMatchObject({ code: 'cron_never' });
    expect(cron('0 9 * * MON-FRI')).toBeUndefined();
    expect(cron('0 9 * jan,jul 7')).toBeUndefined();
  });

  it('explains other bad fields', () => {
    expect(
      problemsOf({
        id: 'Bad Id',
        title: 5,
        owner: { role: 'boss', channel: 'x' },
        rule: { yearly: '01-31' },
        leadDays: [3, 3, -1],
        move: 'later',
        time: '9:00',
        colour: 'red',
      }),
    ).toEqual([
      { itemId: 'Bad Id', field: 'id', code: 'invalid_format', params: { format: 'slug' } },
      {
        itemId: 'Bad Id',
        field: 'title',
        code: 'invalid_type',
        params: { expected: 'string | object' },
      },
      {
        itemId: 'Bad Id',
        field: 'owner.role',
        code: 'invalid_value',
        params: { allowed: 'admin, coordinator, facilitator' },
      },
      {
        itemId: 'Bad Id',
        field: 'leadDays[2]',
        code: 'too_small',
        params: { minimum: 0, origin: 'number' },
      },
      { itemId: 'Bad Id', field: 'leadDays[1]', code: 'duplicate_value', params: { value: 3 } },
      {
        itemId: 'Bad Id',
        field: 'move',
        code: 'invalid_value',
        params: { allowed: 'before, after, none, skip' },
      },
      { itemId: 'Bad Id', field: 'time', code: 'invalid_format', params: { format: 'HH:MM' } },
      { itemId: 'Bad Id', field: 'colour', code: 'unknown_field', params: {} },
    ]);
    expect(
      problemsOf({
        id: 'x',
        owner: { role: 'coordinator' },
        rule: { once: '2027-01-04' },
      }),
    ).toEqual([{ itemId: 'x', field: 'title', code: 'required', params: {} }]);
    expect(problemsOf(item('x', { once: '2027-01-04' }, { leadDays: [3, 3] }))).toMatchObject([
      { field: 'leadDays[1]', code: 'duplicate_value', params: { value: 3 } },
    ]);
    expect(problemsOf(item('x', { once: '2027-01-04' }, { owner: {} }))).toMatchObject([
      { field: 'owner', code: 'exactly_one', params: { allowed: 'role, email, channel' } },
    ]);
  });

  it('keeps the first of two items with one id', () => {
    const { cycle, problems } = loadCycle({
      version: 1,
      items: [item('x', { yearly: '03-01' }), item('x', { yearly: '04-01' })],
    });
    expect(problems).toEqual([
      { itemId: 'x', index: 1, field: 'id', code: 'duplicate_id', params: {} },
    ]);
    expect(cycle.items).toHaveLength(1);
  });

  it('uses defaults for bad settings, and gives no items for a file that is not a cycle', () => {
    const loaded = loadCycle({
      version: 1,
      timeZone: 'Europe/Örebro',
      nudgeTime: '25:00',
      colour: 'red',
      items: [item('x', { yearly: '03-01' })],
    });
    expect(loaded.problems).toEqual([
      {
        itemId: null,
        field: 'timeZone',
        code: 'unknown_time_zone',
        params: { value: 'Europe/Örebro' },
      },
      { itemId: null, field: 'nudgeTime', code: 'invalid_format', params: { format: 'HH:MM' } },
      { itemId: null, field: 'colour', code: 'unknown_field', params: {} },
    ]);
    expect(loaded.cycle).toMatchObject({ timeZone: 'Europe/Stockholm', nudgeTime: '09:00' });
    expect(loaded.cycle.items).toHaveLength(1);

    expect(loadCycle({ version: 2, items: [item('x', { yearly: '03-01' })] })).toMatchObject({
      cycle: { items: [] },
    });
    expect(loadCycle({ version: 2, items: [] }).problems).toEqual([
      { itemId: null, field: 'version', code: 'unsupported_version', params: { value: '2' } },
    ]);
    expect(loadCycle({ items: {} })).toEqual({
      cycle: { timeZone: 'Europe/Stockholm', nudgeTime: '09:00', nudgeDays: 'working', items: [] },
      problems: [
        { itemId: null, field: 'version', code: 'required', params: {} },
        { itemId: null, field: 'items', code: 'invalid_type', params: { expected: 'array' } },
      ],
    });
    expect(loadCycle({ version: 1, items: [42] }).problems).toEqual([
      { itemId: null, index: 0, field: '', code: 'invalid_type', params: { expected: 'object' } },
    ]);
  });

  it('reports a file that is not JSON as a problem', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'cycle-')), 'arshjul.json');
    writeFileSync(file, '{ "version": 1, items: [] }');
    const { cycle, problems } = readCycleFile(file);
    expect(cycle.items).toEqual([]);
    expect(problems).toMatchObject([{ itemId: null, code: 'invalid_json' }]);
  });
});
