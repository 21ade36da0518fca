import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { createDirectory } from '../../../src/core/outbox/directory.js';
import { base64, guestListCsv } from '../../helpers/guest-list-csv.js';
import { memoryOutlet } from '../../helpers/memory-outlet.js';
import { testApp } from '../../helpers/test-store.js';

const coordinator: Actor = {
  platform: 'teams',
  userId: '29:coordinator',
  email: 'samordnare@regionorebrolan.se',
  displayName: 'Sam Ordnare',
  locale: 'sv',
};
const participant: Actor = { platform: 'slack', userId: 'U1', locale: 'sv' };
const texts = (r: Reply) =>
  r.kind === 'message' ? r.view.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : [])) : [];
const file = (csv: string, name = 'gäster.csv') => ({
  name,
  mediaType: 'text/csv',
  base64: base64(csv),
  caption: '',
});

describe('the guest list', () => {
  let app: ReturnType<typeof testApp>;
  const slack = memoryOutlet();
  beforeEach(async () => {
    app = testApp({
      settings: { admins: ['samordnare@regionorebrolan.se'] },
      directory: createDirectory([slack.outlet]),
    });
  });
  afterEach(() => app.close());

  it('imports a Swedish Excel CSV, reports bad rows by line, and still lands the good ones', async () => {
    const csv = guestListCsv(3, [
      'Utan Adress;;Kumla kommun;Kommun;Kumla;Chef;',
      'Fel Kommun;fel@kumla.se;Kumla kommun;Kommun;Örbro;Chef;',
      'Dubbel;guest1@example.se;X;Kommun;;Chef;',
      'Konstig;konstig@x.se;X;Kommun;;Chef;robot',
    ]);
    const reply = await app.dispatcher.run(coordinator, 'file.received', file(csv));
    expect(texts(reply)).toEqual([
      '3 nya och 0 uppdaterade. Gästlistan har nu 3 personer.',
      '4 rader kom inte med. Rätta dem och skicka filen igen; de andra raderna ändras inte av det:',
      [
        '• rad 5: epost saknas',
        '• rad 6: ”Örbro” är inte en kommun i Örebro län (lämna tomt för organisationer som täcker hela länet)',
        '• rad 7: guest1@example.se finns redan på rad 2',
        '• rad 8: ”robot” går inte att läsa som kön (kvinna, man, annat, eller tomt)',
      ].join('\n'),
    ]);
    const first = app.store.invitees
      .listForForum(app.demoForum().id)
      .find((i) => i.email === 'guest1@example.se');
    expect(first).toMatchObject({
      name: 'Gäst 1',
      email: 'guest1@example.se',
      roleTitle: 'Chef; strategi',
      gender: 'man',
    });
  });

  it('updates on a re-import and never duplicates, keeping answers already given', async () => {
    await app.dispatcher.run(coordinator, 'file.received', file(guestListCsv(5)));
    const forum = app.demoForum().id;
    const guest = app.store.invitees.listForForum(forum)[0]!;
    app.store.invitees.answer(guest.id, 'no', 'now');
    const again = await app.dispatcher.run(
      coordinator,
      'file.received',
      file(guestListCsv(6).replace('Gäst 1;', 'Gäst Ett;')),
    );
    expect(texts(again)[0]).toBe('1 nya och 5 uppdaterade. Gästlistan har nu 6 personer.');
    const rows = app.store.invitees.listForForum(forum);
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.id === guest.id)).toMatchObject({ name: 'Gäst Ett', answer: 'no' });
  });

  it('refuses a file without the required columns, a file that is no table, and other kinds', async () => {
    const noColumns = await app.dispatcher.run(
      coordinator,
      'file.received',
      file('Namn;Telefon\r\nAnna;070\r\n'),
    );
    expect(texts(noColumns)[0]).toContain(
      'saknar kolumnerna epost, organisation, organisationstyp',
    );
    const unclosed = await app.dispatcher.run(
      coordinator,
      'file.received',
      file('Namn;E-post;Organisation;Organisationstyp\r\n"Anna;a@b.se;X;Y\r\n'),
    );
    expect(texts(unclosed)[0]).toContain('rad 2 avslutas aldrig');
    const pdf = await app.dispatcher.run(coordinator, 'file.received', {
      ...file('x', 'program.pdf'),
      mediaType: 'application/pdf',
    });
    expect(pdf.outcome).toBe('refused');
    expect(app.store.invitees.listForForum(app.demoForum().id)).toHaveLength(0);
  });

  it('is for coordinators only', async () => {
    const reply = await app.dispatcher.run(participant, 'file.received', file(guestListCsv(2)));
    expect(texts(reply)[0]).toContain('Det här är till för samordnare');
    expect(app.store.invitees.listForForum(app.demoForum().id)).toHaveLength(0);
    const list = await app.dispatcher.run(participant, 'guests.list', {});
    expect(list.outcome).toBe('refused');
  });

  it('lists the guests a page at a time with everyone’s answer', async () => {
    await app.dispatcher.run(coordinator, 'file.received', file(guestListCsv(45)));
    const first = await app.dispatcher.runText(coordinator, 'gäster');
    expect(texts(first)[0]).toBe(
      '45 inbjudna: 0 ja, 0 nej, 0 har skickat en kollega, 45 har inte svarat.',
    );
    expect(texts(first)[1]?.split('\n')).toHaveLength(20);
    expect(texts(first)).toContain('Sida 1 av 3');
    const last = await app.dispatcher.run(coordinator, 'guests.list', { page: '3' });
    expect(texts(last)[1]?.split('\n')).toHaveLength(5);
  });

  it('finds invitees in chat by e-mail in the background and lists the ones it could not', async () => {
    await app.dispatcher.run(coordinator, 'file.received', file(guestListCsv(3)));
    slack.addUser('guest1@example.se', 'U-G1');
    slack.addUser('guest3@example.se', 'U-G3');
    const started = await app.dispatcher.run(coordinator, 'guests.match', {});
    expect(texts(started)[0]).toContain('Jag letar upp 3 personer');
    await app.dispatcher.settled();
    expect(app.store.people.findByIdentity('slack', 'U-G1')?.email).toBe('guest1@example.se');
    const [result] = app.store.outbox.listByPrefix('guests.match:');
    expect(result?.message).toContain('2 av 3 hittades i chatten. 1 hittades inte');
    expect(result?.message).toContain('Gäst 2');
    const again = await app.dispatcher.run(coordinator, 'guests.match', {});
    expect(texts(again)[0]).toContain('Jag letar upp 1 personer');
  });

  it('takes a forum file in the data/ format, and lists every problem in a bad one', async () => {
    const forum = {
      slug: 'forum-for-genomforande-2027-1',
      title: 'Forum för genomförande',
      venue: 'Örebro slott',
      startsAt: '2027-04-13T09:00',
      endsAt: '2027-04-13T16:00',
      registrationClosesAt: '2027-04-01T23:59',
      capacity: 60,
    };
    const json = (value: unknown) => ({
      name: 'forum.json',
      mediaType: 'application/json',
      base64: Buffer.from(JSON.stringify(value)).toString('base64'),
      caption: '',
    });
    const saved = await app.dispatcher.run(coordinator, 'file.received', json(forum));
    expect(saved.outcome).toBeUndefined();
    expect(app.store.forums.findBySlug(forum.slug)?.capacity).toBe(60);
    const bad = await app.dispatcher.run(
      coordinator,
      'file.received',
      json({ ...forum, capacity: 0, title: '' }),
    );
    expect(bad.outcome).toBe('refused');
    expect(texts(bad)[0]).toBe('Forumfilen behöver rättas innan jag kan spara den:');
    expect(texts(bad)[1]?.split('\n')).toHaveLength(2);
    expect(app.store.forums.findBySlug(forum.slug)?.capacity).toBe(60);
  });
});
