import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { translator } from '../../../src/core/i18n/translate.js';
import { textsOf } from './card-query.js';
import { executeSubmit, startTeamsDoor, type TeamsDoorHarness } from './teams-harness.js';

const sv = translator('sv');
const seenBefore = 'teams activity delivered before; answered and left alone';
const valid = {
  organisation: 'Kumla kommun',
  roleTitle: 'Kommundirektör',
  diet: 'Vegetarisk',
  invoiceReference: 'KK-1',
};

describe('Teams door: an activity delivered twice changes nothing the second time', () => {
  let teams: TeamsDoorHarness;
  beforeEach(async () => {
    teams = await startTeamsDoor();
  });
  afterEach(() => teams.close());

  const count = (table: string) =>
    (teams.app.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const repeats = () => teams.logger.lines.filter((l) => l.message === seenBefore);

  it('answers a message once when the connector delivers it three times', async () => {
    const message = teams.activity('message-personal', { text: 'hjälp', id: '1732266000201' });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push((await teams.post(message)).status);
    // Another message (its own id) is answered after them, so all three have been handled.
    await teams.post({ ...message, id: '1732266000202' });
    const sent = await teams.connector.waitForActivities(2);

    expect(answers).toEqual([200, 200, 200]);
    expect(sent).toHaveLength(2);
    expect(repeats()).toHaveLength(2);
    expect(count('people')).toBe(1);
    expect(count('delivered_events')).toBe(2);
  });

  it('takes an id that comes with other content as new, not as a repeat', async () => {
    await teams.post(teams.activity('message-personal', { text: 'hjälp', id: '1732266000301' }));
    await teams.post(teams.activity('message-personal', { text: 'forum', id: '1732266000301' }));
    expect(await teams.connector.waitForActivities(2)).toHaveLength(2);
    expect(repeats()).toEqual([]);
  });

  it('stores one registration when a sign-up invoke is delivered again, and sends nothing', async () => {
    const submit = executeSubmit(teams, valid);
    const first = await teams.post(submit);
    const again = await teams.post(submit);

    expect(textsOf(first.body.value)[0]).toBe(
      sv('signup.done', { forum: teams.app.demoForum().title }),
    );
    expect(again).toEqual({ status: 200, body: undefined });
    expect(repeats()).toHaveLength(1);
    expect(count('registrations')).toBe(1);
    expect(teams.connector.activities).toEqual([]); // answers to invokes go in the response
  });

  it('keeps one registration when the sign-up card is pressed twice (two invokes)', async () => {
    const first = await teams.post(executeSubmit(teams, valid, { id: 'f:double-click-1' }));
    const second = await teams.post(executeSubmit(teams, valid, { id: 'f:double-click-2' }));

    const title = teams.app.demoForum().title;
    expect(textsOf(first.body.value)[0]).toBe(sv('signup.done', { forum: title }));
    // The second press reaches the core, which saves the same registration again.
    expect(textsOf(second.body.value)[0]).toBe(sv('signup.changed', { forum: title }));
    expect(repeats()).toEqual([]);
    expect(count('registrations')).toBe(1);
    expect(teams.app.store.registrations.countActive(teams.app.demoForum().id)).toBe(1);
  });
});
