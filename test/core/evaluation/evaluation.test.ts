import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attendanceJobs } from '../../../src/core/attendance/index.js';
import type { Attachment, Reply } from '../../../src/core/chat.js';
import { evaluationJobs } from '../../../src/core/evaluation/index.js';
import type { Forum, Registration } from '../../../src/core/forum/forum.js';
import { silentLogger } from '../../../src/core/logger.js';
import { decodeOutgoing } from '../../../src/core/outbox/outgoing-message.js';
import { defaultSettings, type Settings } from '../../../src/core/settings.js';
import { testApp, timeZone } from '../../helpers/test-store.js';
import {
  type App,
  afterForum,
  buttons,
  coordinator,
  day1,
  day2,
  person,
  register,
  texts,
} from '../attendance/season-fixture.js';

/** The scheduler's order: outcomes are recorded before evaluations go out. */
async function tick(app: App, settings: Partial<Settings> = {}) {
  for (const job of [...attendanceJobs, ...evaluationJobs]) {
    await job.run({
      store: app.store,
      now: app.clock.now(),
      timeZone,
      settings: { ...defaultSettings, ...settings },
      logger: silentLogger,
    });
  }
}

describe('the evaluation', () => {
  let app: App;
  let forum: Forum;
  let came: { id: number; actor: ReturnType<typeof person>['actor']; seat: Registration }[];
  let noShow: ReturnType<typeof person>;
  beforeEach(() => {
    app = testApp();
    forum = app.demoForum();
    came = ['Anna', 'Bo', 'Cecilia', 'David', 'Eva', 'Frida', 'Göran'].map((name, i) => {
      const p = person(app, `U${name.toUpperCase()}`, `${name} Deltagare`, i === 1 ? 'en' : 'sv');
      const seat = register(app, forum, p.id);
      app.store.attendance.checkIn(seat.id, i % 2 ? 2 : 1, i % 2 ? day2 : day1, null);
      return { ...p, seat };
    });
    noShow = person(app, 'UNOSHOW', 'Nils Kom-inte');
    register(app, forum, noShow.id);
    register(app, forum, person(app, 'UWAIT', 'Wilma Väntar').id, {}, 'waitlisted');
  });
  afterEach(() => app.close());

  const rate = (actor: (typeof came)[number]['actor'], rating: string) =>
    app.dispatcher.run(actor, 'evaluation.rate', { forum: String(forum.id), rating });
  const comment = (actor: (typeof came)[number]['actor'], text: string) =>
    app.dispatcher.run(actor, 'evaluation.comment', { forum: String(forum.id), comment: text });

  describe('going out', () => {
    it('is queued once per person who came, after the forum, however often the job runs', async () => {
      app.clock.set(day2);
      await tick(app);
      expect(app.store.outbox.listByPrefix('evaluation:')).toEqual([]);

      app.clock.set(afterForum);
      await tick(app);
      await tick(app);
      const queued = app.store.outbox.listByPrefix('evaluation:');
      expect(queued.map((row) => row.key).sort()).toEqual(
        came.map((p) => `evaluation:${forum.id}:${p.id}`).sort(),
      );
      expect(queued.every((row) => row.purpose === 'evaluation' && row.status === 'queued')).toBe(
        true,
      );
      expect(queued.map((row) => row.person_id)).not.toContain(noShow.id);
    });

    it('asks for a rating 1–5 with buttons, says answers are anonymous, in each one’s language', async () => {
      app.clock.set(afterForum);
      await tick(app);
      const view = (id: number) =>
        decodeOutgoing(app.store.outbox.find(`evaluation:${forum.id}:${id}`)!.message);
      const anna = view(came[0]!.id);
      expect(anna.locale).toBe('sv');
      const annaReply: Reply = { kind: 'message', view: anna.view };
      expect(texts(annaReply)[0]).toBe('Hur var Framtidsforum 2027?');
      expect(texts(annaReply)).toContain(
        'Svaren är anonyma i sammanställningarna: ingen där ser vem som svarat vad.',
      );
      expect(buttons(annaReply).map((b) => [b.label, b.command, b.args])).toEqual(
        ['1', '2', '3', '4', '5'].map((rating) => [
          rating,
          'evaluation.rate',
          { forum: String(forum.id), rating },
        ]),
      );
      const bo = view(came[1]!.id);
      expect(bo.locale).toBe('en');
      expect(texts({ kind: 'message', view: bo.view })[0]).toBe('How was Framtidsforum 2027?');
    });

    it('waits the configured days, and is not sent at all for a forum long past', async () => {
      app.clock.set(afterForum);
      await tick(app, { evaluationDelayDays: 2 });
      expect(app.store.outbox.listByPrefix('evaluation:')).toHaveLength(0);
      app.clock.set('2027-03-12T12:00:00Z');
      await tick(app, { evaluationDelayDays: 2 });
      expect(app.store.outbox.listByPrefix('evaluation:')).toHaveLength(came.length);

      const late = testApp();
      try {
        late.clock.set('2027-06-01T09:00:00Z');
        const p = person(late, 'ULATE', 'Lars Sen');
        const seat = register(late, late.store.forums.list()[0]!, p.id);
        late.store.attendance.checkIn(seat.id, 1, day1, null);
        await tick(late);
        expect(late.store.outbox.listByPrefix('evaluation:')).toHaveLength(0);
      } finally {
        late.close();
      }
    });
  });

  describe('answering', () => {
    beforeEach(() => app.clock.set(afterForum));

    it('stores a rating, then opens a form for an optional comment that is saved', async () => {
      const anna = came[0]!;
      const form = await rate(anna.actor, '4');
      expect(form.personal).toBe(true);
      expect(form.kind).toBe('form');
      if (form.kind !== 'form') return;
      expect(form.form.intro).toMatch(/^Tack! Ditt betyg 4 av 5 för Framtidsforum 2027 är sparat/);
      expect(form.form.inputs).toMatchObject([
        { name: 'comment', required: false, maxLength: 2000, multiline: true },
      ]);
      expect(app.store.evaluations.find(forum.id, anna.id)).toMatchObject({
        rating: 4,
        comment: '',
      });

      const done = await app.dispatcher.run(anna.actor, form.form.submitCommand, {
        comment: '  Bra samtal i grupperna.\r\nMer tid för frågor!  ',
        ...form.form.args,
      });
      expect(texts(done)[0]).toMatch(/^Tack för dina svar om Framtidsforum 2027!/);
      expect(app.store.evaluations.find(forum.id, anna.id)).toMatchObject({
        rating: 4,
        comment: 'Bra samtal i grupperna.\nMer tid för frågor!',
      });
    });

    it('keeps one answer per person: pressing again changes the rating and keeps the comment', async () => {
      const anna = came[0]!;
      await rate(anna.actor, '2');
      await comment(anna.actor, 'Lång dag.');
      const again = await rate(anna.actor, '5');
      expect(again.kind === 'form' && again.form.values.comment).toBe('Lång dag.');
      expect(app.store.evaluations.find(forum.id, anna.id)).toMatchObject({
        rating: 5,
        comment: 'Lång dag.',
      });
      expect(app.store.evaluations.listAnonymous(forum.id)).toHaveLength(1);
    });

    it('gives the comment form back when the comment is too long, with what was written', async () => {
      const anna = came[0]!;
      await rate(anna.actor, '3');
      const long = 'å'.repeat(2001);
      const reply = await comment(anna.actor, long);
      expect(reply.outcome).toBe('refused');
      expect(reply.kind === 'form' && reply.form.errors?.comment).toBe(
        'Högst 2000 tecken (nu 2001).',
      );
      expect(reply.kind === 'form' && reply.form.values.comment).toBe(long);
      expect(app.store.evaluations.find(forum.id, anna.id)?.comment).toBe('');
    });

    it('refuses those who did not come, a forum not over, a comment without a rating', async () => {
      const notThere = await rate(noShow.actor, '1');
      expect(notThere.outcome).toBe('refused');
      expect(texts(notThere)[0]).toMatch(
        /^Utvärderingen av Framtidsforum 2027 är till för dem som var med/,
      );

      app.clock.set(day2);
      const early = await rate(came[0]!.actor, '5');
      expect(texts(early)).toEqual([
        'Framtidsforum 2027 är inte slut än. Utvärderingen öppnar när forumet är över.',
      ]);

      app.clock.set(afterForum);
      const noRating = await comment(came[2]!.actor, 'Hej');
      expect(texts(noRating)[0]).toMatch(/^Välj ett betyg först/);
      expect((await rate(came[0]!.actor, '6')).outcome).toBe('refused');
      expect(app.store.evaluations.listAnonymous(forum.id)).toEqual([]);
    });
  });

  describe('the summary', () => {
    let sara: ReturnType<typeof coordinator>;
    beforeEach(() => {
      app.clock.set(afterForum);
      sara = coordinator(app);
    });

    it('withholds ratings and comments while fewer than 5 have answered', async () => {
      for (const [i, r] of ['5', '4', '2', '4'].entries()) {
        await rate(came[i]!.actor, r);
        await comment(came[i]!.actor, `Kommentar ${i}`);
      }
      const reply = await app.dispatcher.runText(sara.actor, 'utvärdering');
      expect(texts(reply)).toEqual([
        'Utvärdering: Framtidsforum 2027',
        'Svar: 4 av 7 som kom',
        'Bara 4 svar än. Betyg och kommentarer visas när minst 5 har svarat, så att ingen kan kännas igen.',
      ]);
      expect(JSON.stringify(reply)).not.toContain('Kommentar');
      expect(buttons(reply).some((b) => b.command === 'evaluation.export')).toBe(false);
      const exported = await app.dispatcher.run(sara.actor, 'evaluation.export', {});
      expect(exported.outcome).toBe('refused');
      expect(exported.attachments).toBeUndefined();
    });

    it('shows answers out of attended, average, distribution and comments without names', async () => {
      const answers: [string, string][] = [
        ['5', 'Mycket givande dag.'],
        ['4', ''],
        ['4', 'Bra föreläsning; för kort workshop.'],
        ['2', 'För lite tid för "frågor".'],
        ['5', ''],
      ];
      for (const [i, [rating, text]] of answers.entries()) {
        await rate(came[i]!.actor, rating);
        if (text) await comment(came[i]!.actor, text);
      }
      const reply = await app.dispatcher.runText(sara.actor, 'utvärdering');
      expect(texts(reply)).toEqual([
        'Utvärdering: Framtidsforum 2027',
        'Svar: 5 av 7 som kom',
        'Medelbetyg (1–5): 4,0',
        'Fördelning: 5: 2 (40 %)\n4: 2 (40 %)\n3: 0 (0 %)\n2: 1 (20 %)\n1: 0 (0 %)',
        '*Kommentarer* (3)',
        'Betyg 5: Mycket givande dag.',
        'Betyg 4: Bra föreläsning; för kort workshop.',
        'Betyg 2: För lite tid för "frågor".',
      ]);
      const all = JSON.stringify(reply);
      for (const p of came) expect(all).not.toContain(p.actor.displayName as string);

      const xlsx = buttons(reply).find((b) => b.label === 'Exportera (Excel)')!;
      const file = (await app.dispatcher.run(sara.actor, xlsx.command, xlsx.args))
        .attachments?.[0] as Attachment;
      expect(file.name).toBe('framtidsforum-2027-utvardering-2027-03-11.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(file.content) as unknown as ExcelJS.Buffer);
      const sheet = book.getWorksheet('Utvärdering');
      expect(
        Array.from({ length: 6 }, (_, r) => (sheet!.getRow(r + 1).values as unknown[]).slice(1)),
      ).toEqual([
        ['Betyg', 'Kommentar'],
        [5, 'Mycket givande dag.'],
        [5],
        [4, 'Bra föreläsning; för kort workshop.'],
        [4],
        [2, 'För lite tid för "frågor".'],
      ]);

      const csv = buttons(reply).find((b) => b.label === 'Exportera (CSV)')!;
      const [csvFile] = (await app.dispatcher.run(sara.actor, csv.command, csv.args))
        .attachments as [Attachment];
      expect(csvFile.name).toBe('framtidsforum-2027-utvardering-2027-03-11.csv');
      expect([...csvFile.content.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(csvFile.content);
      expect(text).toContain('2;"För lite tid för ""frågor""."\r\n');
      expect(text).not.toMatch(/Deltagare|example\.se/);
    });

    it('says when it goes out before the forum is over', async () => {
      app.clock.set(day1);
      const reply = await app.dispatcher.runText(sara.actor, 'utvärdering');
      expect(texts(reply)).toEqual([
        'Utvärdering: Framtidsforum 2027',
        'Forumet är inte slut än. Utvärderingen går ut onsdag 10 mars 2027.',
        'Svar: 0 av 7 som kom',
      ]);
    });
  });
});
