import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Outlet } from '../../../src/core/outbox/outlet.js';
import { rusTags } from '../../../src/core/rounds/tags.js';
import { count, type ShellDoorHarness, startShellDoor } from '../shell/shell-harness.js';
import {
  background,
  dialogue,
  exportedWorkbook,
  lastRound,
  type RoundsDoorApp,
  remiss,
  roundsApp,
  sv,
  workshop,
} from './rounds-door-fixture.js';

/** Eva at the terminal: an admin, as whoever sits at the bot's own console is. */
const eva = { user: 'eva', name: 'Eva Ek', email: 'eva.ek@regionorebrolan.se' };
/** The round form's tag toggles, in the order the terminal asks for them. */
const tags = rusTags().map((tag) => tag.label.sv);
/** The round form's questions before its tags, as the terminal asks them. */
type FormField =
  | 'title'
  | 'kind'
  | 'prompts'
  | 'anonymity'
  | 'audience'
  | 'area'
  | 'opensDate'
  | 'opensTime'
  | 'closesDate'
  | 'closesTime';
/** Our `*emphasis*` as a pipe prints it: bare. */
const bare = (text: string) => text.replace(/\*([^*\n]+)\*/g, '$1');

/**
 * Consultation rounds through the terminal door, over its harness: lines typed, the screen
 * read. The terminal counts as the round's conversation, so the round's message, its summary
 * and a remiss invitation to Eva are printed there by the courier through the door's outlet;
 * files are written to the export directory.
 */
describe('consultation rounds in the terminal', () => {
  let app: RoundsDoorApp;
  let shell: ShellDoorHarness;
  let bot: ReturnType<typeof background>;

  beforeEach(async () => {
    const made = roundsApp(eva.email);
    app = made.app;
    shell = await startShellDoor({ app, door: { user: eva.user, email: eva.email } });
    bot = background(app, made.settings, shell.door.outlet as Outlet);
  });
  afterEach(async () => {
    await shell.close();
    app.close();
  });

  /** What was printed since `from` (a screen offset). */
  const since = (from: number) => shell.screen().slice(from);

  /** The number the terminal gave the last button with this label. */
  function choice(label: string): string {
    const numbers = [...shell.screen().matchAll(/\[(\d+)\] ([^[\n]+?)(?=\s{3}\[|\n|$)/g)]
      .filter((m) => m[2] === label)
      .map((m) => m[1]);
    const number = numbers.at(-1);
    if (!number) throw new Error(`no choice "${label}" on the screen:\n${shell.screen()}`);
    return number;
  }

  /** What went wrong, in the door's log or the background's: nothing should. */
  const troubles = () =>
    [...shell.logger.lines, ...bot.logger.lines].filter(
      (l) => l.level === 'warn' || l.level === 'error',
    );

  /** The courier delivers what is due, and the screen shows it. */
  async function deliver(until: string) {
    const from = shell.screen().length;
    await bot.courier.drain();
    await shell.printed(until, from);
    return since(from);
  }

  /**
   * `runda <kind>` and the form's questions, one at a time: Enter keeps what the form came
   * with; the tags are answered j/n in the form's order.
   */
  async function openRound(
    command: string,
    answers: { title: string; prompts: string[]; area?: string; ticked?: readonly string[] },
    organisations?: string[],
  ) {
    const from = shell.screen().length;
    const field = (name: FormField, required = false) =>
      `${sv(`rounds.form.field.${name}`)}${required ? ' *' : ''}`;
    await shell.type(command, field('title', true));
    await shell.type(answers.title, field('kind', true));
    await shell.type('', field('prompts', true));
    await shell.typeLines([...answers.prompts, ''], field('anonymity', true));
    await shell.type('', field('audience'));
    await shell.type('', field('area'));
    await shell.type(answers.area ?? '', field('opensDate'));
    await shell.type('', field('opensTime'));
    await shell.type('', field('closesDate', true));
    await shell.type('', field('closesTime', true));
    await shell.type('', tags[0] as string);
    const ticked = answers.ticked;
    const toggles = rusTags().map((tag) => (ticked && !ticked.includes(tag.id) ? 'n' : ''));
    const opened = sv('rounds.opened.now', { title: answers.title });
    if (organisations) {
      await shell.typeLines(toggles, sv('rounds.form.field.organisations'));
      await shell.typeLines([...organisations, ''], opened);
    } else {
      await shell.typeLines(toggles, opened);
    }
    return since(from);
  }

  it('opens a workshop, takes an input through its button and the prompts, closes it and writes the exports', async () => {
    const asked = await openRound('runda', {
      title: workshop.title,
      prompts: [workshop.prompt],
      ticked: workshop.tags,
    });
    // The form, one question at a time, with what Enter keeps.
    expect(asked).toContain(sv('rounds.form.title'));
    expect(asked).toContain(`Sort * ${sv('shell.keep', { value: sv('rounds.kind.workshop') })}`);
    expect(asked).toContain(
      `Synlighet * ${sv('shell.keep', { value: sv('rounds.anonymity.facilitators') })}`,
    );
    expect(asked).toContain(`Stänger (tid) * (TT:MM) ${sv('shell.keep', { value: '17:00' })}`);
    expect(asked).toContain(`[1] ${sv('rounds.button.manage')}`);
    const round = lastRound(app);
    expect(round).toMatchObject({
      kind: 'workshop',
      platform: 'shell',
      conversationId: 'shell:eva',
      tags: [...workshop.tags],
      closesAt: '2026-11-22T16:00:00.000Z',
    });

    // The courier prints the round's message at the terminal, its buttons numbered on.
    const posted = await deliver(`[3] ${sv('rounds.button.mine')}`);
    expect(posted).toContain(
      [
        sv('door.messageFor', { name: eva.user }),
        '',
        `${sv('rounds.kind.workshop')}: ${workshop.title}`,
        sv('rounds.view.openUntil', { when: 'söndag 22 november 2026 kl. 17.00' }),
        bare(sv('rounds.view.prompt', { prompt: workshop.prompt })),
        '  Synpunkter: 0',
        '  Deltagare: 0',
      ].join('\n'),
    );
    expect(posted).toContain(`[2] ${sv('rounds.button.give')}   [3] ${sv('rounds.button.mine')}`);
    // Names show to the facilitators only: the message asks for the form, not for replies.
    expect(posted).toContain(bare(sv('rounds.view.howForm')));
    expect(posted).not.toContain(bare(sv('rounds.view.how')));

    // "Lämna synpunkt": the question, then the three tags the workshop offers.
    let from = shell.screen().length;
    await shell.type(choice(sv('rounds.button.give')), `${workshop.prompt} *`);
    expect(since(from)).toContain(sv('rounds.input.title'));
    expect(since(from)).toContain(sv('rounds.input.hint', { max: 3000 }));
    // Too long: refused at once, and asked again.
    from = shell.screen().length;
    await shell.typeLines(['x'.repeat(3001), ''], sv('field.tooLong', { max: 3000, length: 3001 }));
    await shell.printed(`${workshop.prompt} *`, from);
    await shell.typeLines([workshop.byForm, ''], tags[0] as string);
    from = shell.screen().length;
    await shell.typeLines(
      ['n', 'j', 'j'],
      sv('rounds.input.saved', { number: 1, title: workshop.title }),
    );
    expect(since(from)).toContain(workshop.byForm);
    expect(app.store.roundInputs.listForRound(round.id)).toEqual([
      expect.objectContaining({
        number: 1,
        text: workshop.byForm,
        source: 'form',
        tags: ['gron-omstallning', 'inkludering'],
      }),
    ]);
    // The terminal cannot edit a message it printed: the live count is not printed again.
    from = shell.screen().length;
    await bot.courier.drain();
    expect(since(from)).toBe('');
    expect(
      app.store.outbox.listByPrefix(`round:${round.id}:edit:`).map((row) => row.status),
    ).not.toContain('queued');

    // Eva closes it from the round's view; the summary comes to the terminal.
    await shell.type(`rundor ${round.id}`, sv('shell.choose'));
    await shell.type(choice(sv('rounds.button.close')), sv('rounds.button.closeConfirm'));
    await shell.type(
      choice(sv('rounds.button.closeConfirm')),
      sv('rounds.close.done', { title: workshop.title }),
    );
    const summary = await deliver(sv('rounds.summary.thanks'));
    expect(summary).toContain(
      [
        sv('rounds.summary.title', { title: workshop.title }),
        sv('rounds.summary.counts', { inputs: 1, participants: 1 }),
        'Per tagg',
        'Grön omställning: 1',
        'Inkludering: 1',
      ].join('\n'),
    );

    // The exports: written to the export directory, and said where.
    from = shell.screen().length;
    await shell.type(choice(sv('rounds.button.exportXlsx')), sv('door.savedFile', { path: '' }));
    const xlsx = join(shell.exportDir, 'framtidens-kompetens-2026-11-22.xlsx');
    expect(since(from)).toContain(
      [sv('rounds.export.label.xlsx'), `  ${sv('door.savedFile', { path: xlsx })}`].join('\n'),
    );
    // The numbers answer the last reply: the round's view again, for the Markdown.
    await shell.type(`rundor ${round.id}`, sv('shell.choose'));
    from = shell.screen().length;
    await shell.type(choice(sv('rounds.button.exportMd')), sv('door.savedFile', { path: '' }));
    const markdown = join(shell.exportDir, 'framtidens-kompetens-2026-11-22.md');
    expect(since(from)).toContain(sv('door.savedFile', { path: markdown }));
    const book = await exportedWorkbook(readFileSync(xlsx));
    expect(Object.keys(book)).toEqual(['Synpunkter', 'Taggar']);
    expect(book.Synpunkter?.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual([
      [1, workshop.byForm, 'Grön omställning, Inkludering'],
    ]);
    const document = readFileSync(markdown, 'utf8');
    expect(document).toContain(`# ${sv('rounds.kind.workshop')}: ${workshop.title}`);
    expect(document).toContain(`- **#1** ${workshop.byForm}`);
    // The round's message was printed once: its edits and the summary never reprinted it.
    expect(count(shell.screen(), `\n${sv('rounds.kind.workshop')}: ${workshop.title}\n`)).toBe(1);
    expect(troubles()).toEqual([]);
  });

  it('runs a dialogue over two questions until the clock closes it', async () => {
    await openRound('runda dialog', {
      title: dialogue.title,
      prompts: [...dialogue.prompts],
      area: dialogue.area,
    });
    const round = lastRound(app);
    expect(round).toMatchObject({
      kind: 'dialogue',
      area: dialogue.area,
      closesAt: dialogue.closesAt,
    });
    const posted = await deliver(`[3] ${sv('rounds.button.mine')}`);
    expect(posted).toContain(
      [
        bare(sv('rounds.view.prompts')),
        `1. ${dialogue.prompts[0]}`,
        `2. ${dialogue.prompts[1]}`,
      ].join('\n'),
    );

    // The second question, picked by its number.
    await shell.type(choice(sv('rounds.button.give')), '[2] 2. Vad saknas?');
    await shell.type('2', sv('rounds.input.text'));
    await shell.typeLines(['Bredband på landsbygden', ''], tags[0] as string);
    await shell.typeLines(
      tags.map(() => ''),
      sv('rounds.input.saved', { number: 1, title: dialogue.title }),
    );
    const [second] = app.store.rounds.prompts(round.id).slice(1);
    expect(app.store.roundInputs.listForRound(round.id)[0]?.promptId).toBe(second?.id);

    // Two weeks on, the clock closes it, and the summary comes to the terminal, once.
    await bot.tickAt(dialogue.afterClose);
    await bot.tickAt(dialogue.afterClose);
    const summary = await deliver(sv('rounds.summary.thanks'));
    expect(summary).toContain(sv('rounds.summary.title', { title: dialogue.title }));
    expect(summary).toContain(sv('rounds.summary.counts', { inputs: 1, participants: 1 }));
    expect(count(shell.screen(), sv('rounds.summary.title', { title: dialogue.title }))).toBe(1);
    expect(troubles()).toEqual([]);
  });

  it('sends a remiss to the organisations typed into its form; Eva answers for hers at the terminal', async () => {
    const organisations = [
      'Organisation;Organisationstyp;Kommun;E-post;Kontaktperson',
      `Region Örebro län;Region;;${eva.email};${eva.name}`,
      'Kumla kommun;Kommun;Kumla;registrator@kumla.se;Kim Kumla',
    ];
    const asked = await openRound(
      'runda remiss',
      { title: remiss.title, prompts: [...remiss.prompts] },
      organisations,
    );
    expect(asked).toContain(sv('rounds.opened.organisations', { count: 2 }));
    const round = lastRound(app);
    expect(round).toMatchObject({ kind: 'remiss', anonymity: 'named' });

    // The round's message and Eva's invitation are printed; Kumla's contact is not here.
    const printed = await deliver('Svara för Region Örebro län');
    expect(printed).toContain(
      bare(sv('rounds.view.organisations', { count: 2, names: 'Kumla kommun, Region Örebro län' })),
    );
    expect(printed).toContain(
      bare(
        sv('rounds.remiss.invitation', {
          organisation: 'Region Örebro län',
          title: remiss.title,
          deadline: 'lördag 20 februari 2027 kl. 23.59',
        }),
      ),
    );
    expect(
      app.store.outbox
        .listByPrefix(`round:${round.id}:org:`)
        .map((row) => row.status)
        .sort(),
    ).toEqual(['sent', 'unreachable']);

    // She answers with the button of her invitation.
    await shell.type(choice('Svara för Region Örebro län'), `${sv('rounds.answer.text')} *`);
    await shell.typeLines(['Regionen tillstyrker.', ''], sv('rounds.answer.link'));
    await shell.type('https://regionorebrolan.se/remissvar.pdf', tags[0] as string);
    await shell.typeLines(
      tags.map(() => ''),
      sv('rounds.answer.saved', { number: 1, title: remiss.title }),
    );
    expect(app.store.roundInputs.listForRound(round.id)).toEqual([
      expect.objectContaining({
        organisation: 'Region Örebro län',
        documentUrl: 'https://regionorebrolan.se/remissvar.pdf',
      }),
    ]);

    // `remisstatus`: who has answered, who has not.
    const from = shell.screen().length;
    await shell.type('remisstatus', sv('shell.choose'));
    expect(since(from)).toContain(
      [
        bare(sv('rounds.status.answered', { count: 1 })),
        `• ${sv('rounds.status.answeredLine', { name: 'Region Örebro län', when: 'söndag 22 november 2026' })}`,
        bare(sv('rounds.status.waiting', { count: 1 })),
        `• ${sv('rounds.status.waitingLine', { name: 'Kumla kommun', contact: 'registrator@kumla.se' })}`,
      ].join('\n'),
    );
    expect(troubles()).toEqual([]);
  });
});
