import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/logger.js';
import { closeRoundsJob } from '../../../src/core/rounds/close-rounds-job.js';
import { defaultSettings } from '../../../src/core/settings.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createStore } from '../../../src/store/store.js';
import { timeZone } from '../../helpers/test-store.js';
import {
  channel,
  facilitator,
  formOf,
  participant,
  type RoundsApp,
  roundsApp,
  texts,
} from './rounds-fixture.js';

describe('a dialogue in a sub-area of the county', () => {
  let app: RoundsApp;
  beforeEach(() => {
    app = roundsApp({ seed: true });
    app.listGuests([
      {
        email: 'deltagare1@example.se',
        organisation: 'Lindesbergs kommun',
        type: 'Kommun',
        municipality: 'Lindesberg',
      },
      {
        email: 'deltagare2@example.se',
        organisation: 'Nora kommun',
        type: 'Kommun',
        municipality: 'Nora',
      },
      {
        email: 'deltagare3@example.se',
        organisation: 'Bergslagens företagare',
        type: 'Näringsliv',
        municipality: 'Lindesberg',
      },
    ]);
  });
  afterEach(() => app.close());

  it('runs for days over several prompts, and closes by the clock once with its summary', async () => {
    const form = await app.dispatcher.runText(facilitator, 'runda dialog', channel);
    expect(formOf(form).values.closesDate).toBe('2026-12-06');
    const opened = await app.submit(
      facilitator,
      form,
      {
        title: 'RUS-dialog Norra länsdelen',
        prompts: 'Vad fungerar bra här?\nVad saknas?',
        area: 'Norra länsdelen',
        audience: 'Kommunerna och näringslivet i norr',
        // Only the three goals are offered in this dialogue.
        ...Object.fromEntries(
          formOf(form)
            .inputs.filter((i) => i.name.startsWith('tag_'))
            .map((i) => [i.name, false]),
        ),
        'tag_stark-konkurrenskraft': true,
        'tag_hog-och-jamlik-livskvalitet': true,
        'tag_god-resurseffektivitet': true,
      },
      channel,
    );
    expect(texts(opened)[0]).toContain('är öppnad');
    const round = app.store.rounds.listUnclosed()[0]!;
    expect(round).toMatchObject({ kind: 'dialogue', area: 'Norra länsdelen', anonymity: 'named' });
    expect(round.closesAt).toBe('2026-12-06T22:59:00.000Z');
    await app.courier.drain();
    const posted = app.slack.textsTo('C-RUS')[0] as string;
    expect(posted).toContain('Dialog: RUS-dialog Norra länsdelen');
    expect(posted).toContain('Länsdel: Norra länsdelen\nFör: Kommunerna och näringslivet i norr');
    expect(posted).toContain('Ditt namn och din organisation syns med det du skriver.');

    const [first, second] = app.store.rounds.prompts(round.id);
    const give = async (
      n: number,
      prompt: number,
      said: string,
      tags: Record<string, boolean> = {},
    ) => {
      const form = await app.run(
        participant(n),
        'rounds.input',
        { round: String(round.id) },
        channel,
      );
      expect(formOf(form).inputs.filter((i) => i.kind === 'toggle')).toHaveLength(3);
      return app.submit(participant(n), form, { prompt: String(prompt), text: said, ...tags });
    };
    await give(1, first!.id, 'Samarbetet kring skolan', {
      'tag_hog-och-jamlik-livskvalitet': true,
    });
    await give(2, second!.id, 'Bredband', { 'tag_stark-konkurrenskraft': true });
    await give(3, second!.id, 'Kompetens', {
      'tag_stark-konkurrenskraft': true,
      'tag_god-resurseffektivitet': true,
    });
    // A tag the round does not offer is not stored, even if a forged form sends it.
    await give(3, second!.id, 'Tåg', { tag_jamstalldhet: true });
    expect(
      app.store.roundInputs.listForRound(round.id).map((i) => [i.organisation, i.tags]),
    ).toEqual([
      ['Lindesbergs kommun', ['hog-och-jamlik-livskvalitet']],
      ['Nora kommun', ['stark-konkurrenskraft']],
      ['Bergslagens företagare', ['god-resurseffektivitet', 'stark-konkurrenskraft']],
      ['Bergslagens företagare', []],
    ]);

    // Days later, the clock closes it: once, however often and in however many processes.
    app.clock.set('2026-12-06T23:00:00Z');
    const other = createStore(openDatabase(app.path));
    const ctx = { now: app.clock.now(), timeZone, settings: defaultSettings, logger: silentLogger };
    await Promise.all([app.tick(), closeRoundsJob.run({ ...ctx, store: other }), app.tick()]);
    other.db.close();
    await app.tick();
    expect(app.store.rounds.get(round.id)?.closedAt).toBe('2026-12-06T23:00:00.000Z');
    expect(
      app.store.roundActions.listForRound(round.id).filter((a) => a.action === 'close'),
    ).toEqual([expect.objectContaining({ personId: null })]);
    const summaries = app.slack.textsTo('C-RUS').filter((t) => t.startsWith('Sammanfattning'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]).toBe(
      [
        'Sammanfattning: RUS-dialog Norra länsdelen',
        '4 synpunkter från 3 deltagare.',
        '*Per tagg*\nStark konkurrenskraft: 2\nGod resurseffektivitet: 1\nHög och jämlik livskvalitet: 1\nUtan tagg: 1',
        '*Per organisationstyp*\nKommun: 2\nNäringsliv: 2',
        '*Per kommun*\nLindesberg: 3\nNora: 1',
        'Tack till alla som bidrog! Processledarna sammanställer resten.',
      ].join('\n'),
    );
    const late = await app.run(
      participant(1, 'en'),
      'rounds.input',
      { round: String(round.id) },
      channel,
    );
    expect(texts(late)[0]).toBe(
      '“RUS-dialog Norra länsdelen” closed Sunday 6 December 2026 at 23:59, so inputs can no longer be given or changed. Thank you for wanting to contribute: the facilitators are compiling what came in.',
    );
  });
});
