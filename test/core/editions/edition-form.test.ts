import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Block, Form, Reply } from '../../../src/core/chat.js';
import { allCommands } from '../../../src/core/commands.js';
import { editionsCommands } from '../../../src/core/editions/index.js';
import { accessTable } from '../../../src/core/roles/access-table.js';
import { testApp } from '../../helpers/test-store.js';

const admin: Actor = { platform: 'shell', userId: 'samordnare', locale: 'sv' };
const slackUser: Actor = { platform: 'slack', userId: 'U0PARTICIPANT', locale: 'sv' };

/**
 * A forum over the night summer time starts (28 March 2027, 02:00 → 03:00): day 1 is in
 * winter time (UTC+1), day 3 in summer time (UTC+2).
 */
const validForm = {
  title: 'Forum för genomförande, våren 2027',
  slug: '',
  venue: 'Länsgården, Örebro',
  startDate: '2027-03-27',
  startTime: '12.00',
  endDate: '2027-03-29',
  endTime: '10:00',
  opensDate: '2027-01-10',
  closesDate: '2027-03-15',
  closesTime: '23:59',
  capacity: '40',
  feeSek: '1 500 kr',
  lunchDay1: true,
  dinnerDay1: 'true',
  overnight: 'false',
  breakfastDay2: true,
  lunchDay2: false,
  agenda: [
    'Dag 1',
    '12.00 Lunch',
    '13.00 Välkommen | Welcome',
    '',
    'Dag 2',
    '07.00 Frukost | Breakfast',
    'Dag 3',
    '09.30 Avslutning | Closing',
  ].join('\n'),
  practicalInfo: 'Parkering finns vid entrén.',
};

const texts = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.flatMap((b) =>
        b.kind === 'fields'
          ? b.fields.map((f) => `${f.label}: ${f.value}`)
          : 'text' in b
            ? [b.text]
            : [],
      )
    : [];

const buttons = (reply: Reply) =>
  reply.kind === 'message'
    ? reply.view.blocks.flatMap((b: Block) => (b.kind === 'actions' ? b.buttons : []))
    : [];

function formOf(reply: Reply): Form {
  if (reply.kind !== 'form') throw new Error(`expected a form, got ${JSON.stringify(reply)}`);
  return reply.form;
}

describe('coordinators create a forum in chat', () => {
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  it('opens the form, saves it with the right instants across the change to summer time', async () => {
    const open = formOf(await app.dispatcher.runText(admin, 'nytt forum'));
    expect(open.submitCommand).toBe('editions.save');
    expect(open.args).toEqual({});
    expect(open.inputs.map((i) => `${i.name}:${i.kind}`)).toEqual([
      'title:text',
      'slug:text',
      'venue:text',
      'startDate:date',
      'startTime:time',
      'endDate:date',
      'endTime:time',
      'opensDate:date',
      'closesDate:date',
      'closesTime:time',
      'capacity:text',
      'feeSek:text',
      'lunchDay1:toggle',
      'dinnerDay1:toggle',
      'overnight:toggle',
      'breakfastDay2:toggle',
      'lunchDay2:toggle',
      'agenda:text',
      'practicalInfo:text',
    ]);
    // Lunch to lunch, everything offered: what Framtidsforum has always been.
    expect(open.values).toMatchObject({ startTime: '12:00', endTime: '13:00', overnight: true });
    const agenda = open.inputs.find((i) => i.name === 'agenda');
    expect(agenda).toMatchObject({ multiline: true, required: false });
    expect(agenda?.kind === 'text' && agenda.hint).toContain('12.00 Lunch');

    const done = await app.dispatcher.run(admin, open.submitCommand, {
      ...validForm,
      ...open.args,
    });
    expect(texts(done)[0]).toBe('Klart! Forum för genomförande, våren 2027 är skapat.');
    const forum = app.store.forums.findBySlug('forum-for-genomforande-varen-2027');
    expect(forum).toMatchObject({
      title: 'Forum för genomförande, våren 2027',
      venue: 'Länsgården, Örebro',
      startsAt: '2027-03-27T11:00:00.000Z', // 12.00 winter time
      endsAt: '2027-03-29T08:00:00.000Z', // 10.00 summer time
      registrationOpensAt: '2027-01-09T23:00:00.000Z',
      registrationClosesAt: '2027-03-15T22:59:00.000Z',
      capacity: 40,
      feeSek: 1500,
      offers: ['lunchDay1', 'dinnerDay1', 'breakfastDay2'],
      practicalInfo: 'Parkering finns vid entrén.',
      checkinCode: null,
      agenda: [
        { at: '2027-03-27T11:00:00.000Z', sv: 'Lunch', en: 'Lunch' },
        { at: '2027-03-27T12:00:00.000Z', sv: 'Välkommen', en: 'Welcome' },
        { at: '2027-03-28T05:00:00.000Z', sv: 'Frukost', en: 'Breakfast' },
        { at: '2027-03-29T07:30:00.000Z', sv: 'Avslutning', en: 'Closing' },
      ],
    });
    expect(texts(done)).toContain(
      'När: lördag 27 mars 2027 kl. 12.00 – måndag 29 mars 2027 kl. 10.00',
    );
    expect(texts(done)).toContain('Erbjuds: Lunch dag 1, Middag dag 1, Frukost dag 2');
    expect(buttons(done)[0]).toEqual({
      label: 'Redigera',
      command: 'editions.edit',
      args: { forum: String(forum?.id) },
    });
    // Participants find it like any other forum, and its programme in English too.
    const program = await app.dispatcher.run({ ...admin, locale: 'en' }, 'forum.program', {
      forum: 'forum-for-genomforande-varen-2027',
    });
    expect(texts(program)).toContain('*Monday 29 March 2027*\n09:30  Closing');
  });

  it('takes the short name the coordinator writes, tidied', async () => {
    await app.dispatcher.run(admin, 'editions.save', { ...validForm, slug: 'Vårforum 2027' });
    expect(app.store.forums.findBySlug('varforum-2027')?.title).toBe(validForm.title);
  });

  const refusals: [string, Record<string, string>, string, string][] = [
    [
      'an end before the start',
      { endDate: '2027-03-26' },
      'endDate',
      'Forumet måste sluta efter att det har börjat.',
    ],
    [
      'an end time before the start on a one-day forum',
      { endDate: '2027-03-27', endTime: '11.00', agenda: '' },
      'endTime',
      'Forumet måste sluta efter att det har börjat.',
    ],
    [
      'a deadline after the start',
      { closesDate: '2027-03-28' },
      'closesDate',
      'Sista anmälningsdag kan inte vara efter att forumet har börjat.',
    ],
    [
      'registration opening after it closes',
      { opensDate: '2027-03-20' },
      'opensDate',
      'Anmälan måste öppna före sista anmälningsdag.',
    ],
    ['a capacity of 0', { capacity: '0' }, 'capacity', 'Skriv ett heltal från 1 till 100 000.'],
    [
      'a capacity of 12.5',
      { capacity: '12.5' },
      'capacity',
      'Skriv ett heltal från 1 till 100 000.',
    ],
    [
      'a capacity over 100 000',
      { capacity: '100 001' },
      'capacity',
      'Skriv ett heltal från 1 till 100 000.',
    ],
    [
      'a capacity in words',
      { capacity: 'fyrtio' },
      'capacity',
      'Skriv ett heltal från 1 till 100 000.',
    ],
    ['a negative fee', { feeSek: '-100' }, 'feeSek', 'Avgiften kan inte vara negativ.'],
    [
      'a fee in öre',
      { feeSek: '1500,50' },
      'feeSek',
      'Skriv avgiften i hela kronor, till exempel 3200.',
    ],
    [
      'a date that does not exist',
      { startDate: '2027-02-30' },
      'startDate',
      '2027-02-30 finns inte i kalendern.',
    ],
    [
      'a date in another form',
      { closesDate: '15/3 2027' },
      'closesDate',
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-03-09.',
    ],
    [
      'a time that is not one',
      { startTime: '25.00' },
      'startTime',
      'Skriv klockslaget som TT.MM, till exempel 12.00.',
    ],
    [
      'an agenda line it cannot read',
      { agenda: 'Dag 1\n12.00 Lunch\nSedan kaffe' },
      'agenda',
      'Rad 3 går inte att läsa: ”Sedan kaffe”. Skriv klockslag och text, som ”12.00 Lunch”, eller en dag, som ”Dag 2”.',
    ],
    [
      'an agenda day the forum does not have',
      { agenda: 'Dag 1\n12.00 Lunch\nDag 4\n09.00 Extra' },
      'agenda',
      'Rad 3: ”Dag 4” är inte en av forumets dagar.',
    ],
    [
      'a short name that exists',
      { slug: 'framtidsforum-2027' },
      'slug',
      'Kortnamnet ”framtidsforum-2027” används redan av Framtidsforum 2027. Välj ett annat.',
    ],
    [
      'a title whose short name exists',
      { title: 'Framtidsforum 2027' },
      'slug',
      'Kortnamnet ”framtidsforum-2027” används redan av Framtidsforum 2027. Välj ett annat.',
    ],
    [
      'a forum that would already have ended',
      { startDate: '2026-03-27', endDate: '2026-03-29', closesDate: '2026-03-15', opensDate: '' },
      'endDate',
      'Det här slutet har redan passerat. Stämmer året?',
    ],
    ['no title', { title: '  ' }, 'title', 'Fyll i det här fältet.'],
  ];

  it.each(refusals)(
    'refuses %s, naming the field and keeping every value',
    async (_, change, field, text) => {
      const sent = { ...validForm, ...change };
      const reply = await app.dispatcher.run(admin, 'editions.save', sent);
      const form = formOf(reply);
      expect(form.errors).toEqual({ [field]: text });
      expect(form.title).toBe('Nytt forum');
      expect(form.values).toEqual({
        ...sent,
        title: sent.title.trim(),
        dinnerDay1: true,
        overnight: false,
      });
      expect(app.store.forums.count()).toBe(1);
    },
  );

  it('says every problem at once', async () => {
    const form = formOf(
      await app.dispatcher.run(admin, 'editions.save', {
        ...validForm,
        venue: '',
        capacity: 'många',
        startDate: '2027-02-30',
      }),
    );
    expect(Object.keys(form.errors ?? {}).sort()).toEqual(['capacity', 'startDate', 'venue']);
  });

  it('is not for participants: a Slack user without a role is told so', async () => {
    for (const [command, args] of [
      ['editions.list', {}],
      ['editions.new', {}],
      ['editions.edit', { forum: 'framtidsforum-2027' }],
      ['editions.save', validForm],
    ] as const) {
      const reply = await app.dispatcher.run(slackUser, command, args);
      expect(reply.outcome).toBe('refused');
      expect(texts(reply)[0]).toMatch(/^Det här är till för samordnare och administratörer/);
    }
    expect(app.store.forums.count()).toBe(1);
    // Given the role, the same person may.
    const person = app.store.people.findByIdentity('slack', slackUser.userId)!;
    app.store.roles.grant(person.id, 'coordinator', null, app.clock.now().toISOString());
    expect((await app.dispatcher.run(slackUser, 'editions.new', {})).kind).toBe('form');
  });
});

describe('coordinators edit a forum', () => {
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  const signUp = (userId: string, forum: string) =>
    app.dispatcher.run({ platform: 'shell', userId, locale: 'sv' }, 'forum.signup.submit', {
      forum,
      organisation: 'Kumla kommun',
      roleTitle: 'Kommundirektör',
      invoiceReference: 'KK-1',
    });

  it('fills the form from the stored forum in local time, and saving it unchanged changes nothing', async () => {
    const before = app.demoForum();
    const form = formOf(await app.dispatcher.runText(admin, 'redigera framtidsforum-2027'));
    expect(form.title).toBe('Redigera forum');
    expect(form.args).toEqual({ forum: String(before.id) });
    expect(form.values).toMatchObject({
      title: 'Framtidsforum 2027',
      slug: 'framtidsforum-2027',
      startDate: '2027-03-09',
      startTime: '12:00',
      endDate: '2027-03-10',
      endTime: '13:00',
      opensDate: '',
      closesDate: '2027-02-16',
      closesTime: '23:59',
      capacity: '110',
      feeSek: '3200',
      overnight: true,
    });
    expect(String(form.values.agenda).split('\n').slice(0, 3)).toEqual([
      'Dag 1',
      '12.00 Lunch',
      '13.00 Välkommen: läget i länet | Welcome: the state of the county',
    ]);
    const saved = await app.dispatcher.run(admin, form.submitCommand, {
      ...form.values,
      ...form.args,
    });
    expect(texts(saved)[0]).toBe('Klart! Ändringarna i Framtidsforum 2027 är sparade.');
    const { ...after } = app.store.forums.get(before.id)!;
    expect(after).toEqual(before);
  });

  it('saves changes with forums.update, in the same row', async () => {
    const forum = app.demoForum();
    const form = formOf(
      await app.dispatcher.run(admin, 'editions.edit', { forum: String(forum.id) }),
    );
    await app.dispatcher.run(admin, 'editions.save', {
      ...form.values,
      venue: 'Loka Brunn',
      capacity: '120',
      endTime: '14:00',
      overnight: false,
      ...form.args,
    });
    expect(app.store.forums.count()).toBe(1);
    expect(app.store.forums.get(forum.id)).toMatchObject({
      slug: 'framtidsforum-2027',
      venue: 'Loka Brunn',
      capacity: 120,
      endsAt: '2027-03-10T13:00:00.000Z',
      offers: ['lunchDay1', 'dinnerDay1', 'breakfastDay2', 'lunchDay2'],
    });
  });

  it('tells those with a seat when the forum moves, with the calendar entry moved too', async () => {
    const forum = app.demoForum();
    await signUp('kim', String(forum.id));
    const unchanged = formOf(
      await app.dispatcher.run(admin, 'editions.edit', { forum: String(forum.id) }),
    );
    await app.dispatcher.run(admin, 'editions.save', { ...unchanged.values, ...unchanged.args });
    expect(app.store.outbox.listByPrefix('forum.changed:')).toEqual([]);
    await app.dispatcher.run(admin, 'editions.save', {
      ...unchanged.values,
      startTime: '13:00',
      venue: 'Loka Brunn',
      ...unchanged.args,
    });
    const [told] = app.store.outbox.listByPrefix('forum.changed:');
    const message = JSON.parse(told!.message);
    expect(JSON.stringify(message.view)).toContain('Loka Brunn');
    const ics = Buffer.from(message.attachments[0].base64, 'base64').toString('utf8');
    expect(ics).toContain('DTSTART;TZID=Europe/Stockholm:20270309T130000');
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('LOCATION:Loka Brunn');
  });

  it('refuses fewer seats than are taken, naming the count', async () => {
    const forum = app.demoForum();
    for (const user of ['a', 'b', 'c']) await signUp(user, String(forum.id));
    const form = formOf(
      await app.dispatcher.run(admin, 'editions.edit', { forum: String(forum.id) }),
    );
    expect(form.intro).toContain('3 platser är bokade');
    const reply = await app.dispatcher.run(admin, 'editions.save', {
      ...form.values,
      capacity: '2',
      venue: 'Ny plats',
      ...form.args,
    });
    const refused = formOf(reply);
    expect(refused.errors).toEqual({
      capacity: '3 platser är redan bokade, så antalet platser kan inte vara färre än 3.',
    });
    expect(refused.values).toMatchObject({ capacity: '2', venue: 'Ny plats' });
    expect(app.store.forums.get(forum.id)).toMatchObject({ capacity: 110, venue: forum.venue });
    // Exactly as many seats as are taken is fine.
    await app.dispatcher.run(admin, 'editions.save', {
      ...form.values,
      capacity: '3',
      ...form.args,
    });
    expect(app.store.forums.get(forum.id)?.capacity).toBe(3);
  });

  it('offers new seats to the waitlist at once, in order', async () => {
    const forum = app.demoForum();
    const form = formOf(
      await app.dispatcher.run(admin, 'editions.edit', { forum: String(forum.id) }),
    );
    await app.dispatcher.run(admin, 'editions.save', {
      ...form.values,
      capacity: '1',
      ...form.args,
    });
    for (const user of ['first', 'second', 'third']) await signUp(user, String(forum.id));
    expect(app.store.registrations.countWaiting(forum.id)).toBe(2);
    const saved = await app.dispatcher.run(admin, 'editions.save', {
      ...form.values,
      capacity: '2',
      ...form.args,
    });
    expect(texts(saved)).toContain('1 på väntelistan har erbjudits en plats.');
    const second = app.store.people.findByIdentity('shell', 'second')!;
    expect(app.store.registrations.find(forum.id, second.id)?.status).toBe('offered');
    expect(app.store.registrations.countWaiting(forum.id)).toBe(1);
  });

  it('refuses to change a forum that has ended', async () => {
    const forum = app.demoForum();
    const form = formOf(
      await app.dispatcher.run(admin, 'editions.edit', { forum: String(forum.id) }),
    );
    app.clock.set('2027-03-10T12:00:00Z'); // 13.00 on day 2: it has just ended
    for (const [command, args] of [
      ['editions.edit', { forum: String(forum.id) }],
      ['editions.save', { ...form.values, ...form.args }],
    ] as const) {
      const reply = await app.dispatcher.run(admin, command, args);
      expect(reply.outcome).toBe('refused');
      expect(texts(reply)).toEqual(['Framtidsforum 2027 har redan ägt rum och kan inte ändras.']);
    }
  });
});

describe('the coordinators’ forum list', () => {
  let app: ReturnType<typeof testApp>;
  beforeEach(() => {
    app = testApp();
  });
  afterEach(() => app.close());

  it('shows forums to come first, soonest first, then those past, with Edit only where it can be used', async () => {
    const demo = app.demoForum();
    const base = { ...demo, checkinCode: null, agenda: [], registrationOpensAt: null };
    const autumn = app.store.forums.insert(
      {
        ...base,
        slug: 'hostforum-2027',
        title: 'Höstforum 2027',
        startsAt: '2027-10-05T07:00:00.000Z',
        endsAt: '2027-10-05T14:00:00.000Z',
        registrationClosesAt: '2027-09-20T21:59:00.000Z',
      },
      app.clock.now().toISOString(),
    );
    app.store.forums.insert(
      {
        ...base,
        slug: 'framtidsforum-2026',
        title: 'Framtidsforum 2026',
        startsAt: '2026-03-10T11:00:00.000Z',
        endsAt: '2026-03-11T12:00:00.000Z',
        registrationClosesAt: '2026-02-16T22:59:00.000Z',
      },
      app.clock.now().toISOString(),
    );
    const reply = await app.dispatcher.runText(admin, 'forumadmin');
    if (reply.kind !== 'message') throw new Error('expected a message');
    const headings = reply.view.blocks.flatMap((b) =>
      b.kind === 'heading' ? [b.text] : b.kind === 'text' && b.text.startsWith('*') ? [b.text] : [],
    );
    expect(headings).toEqual([
      'Forum att förvalta',
      '*Kommande*',
      'Framtidsforum 2027',
      'Höstforum 2027',
      '*Tidigare*',
      '*Framtidsforum 2026*: tisdag 10 mars 2026, Konferensgård i Örebro län (demo). 0 deltagare.',
    ]);
    expect(texts(reply)).toContain('Anmälan är öppen till tisdag 16 februari 2027 kl. 23.59.');
    const edits = buttons(reply).filter((b) => b.command === 'editions.edit');
    expect(edits.map((b) => b.args?.forum)).toEqual([String(demo.id), String(autumn.id)]);
    expect(buttons(reply).at(-1)).toMatchObject({ label: 'Nytt forum', command: 'editions.new' });
  });

  it('speaks English too', async () => {
    const reply = await app.dispatcher.runText({ ...admin, locale: 'en' }, 'manage');
    expect(buttons(reply).map((b) => b.label)).toEqual([
      'Edit',
      'Guest list',
      'Invitation status',
      'Figures',
      'Catering',
      'Export',
      'Programme',
      'New forum',
    ]);
  });
});

describe('the editions commands', () => {
  it('take words no other command uses, and need a coordinator', () => {
    const owners = new Map<string, string[]>();
    for (const command of allCommands) {
      for (const word of command.words ?? [])
        owners.set(word, [...(owners.get(word) ?? []), command.id]);
    }
    for (const command of editionsCommands) {
      expect(accessTable[command.id]?.who).toBe('coordinator');
      for (const word of command.words ?? []) expect(owners.get(word)).toEqual([command.id]);
    }
  });
});
