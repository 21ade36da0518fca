import { describe, expect, it } from 'vitest';
import { agendaToText, readAgendaText } from '../../../src/core/editions/agenda-text.js';
import { parseForumFile } from '../../../src/core/forum/forum-file.js';
import { timeZone } from '../../helpers/test-store.js';

const days = { first: '2027-03-09', last: '2027-03-10' };

describe('the programme as coordinators type it', () => {
  it('reads "12.00 Lunch" lines under day headings, with English after a bar', () => {
    const text = [
      'Dag 1 – tisdag',
      '12.00 Lunch',
      'kl. 13.00 – Välkommen | Welcome',
      '14.45-15.15 Kaffe | Coffee',
      '',
      'Day 2:',
      '7:30 Frukost | Breakfast',
      '2027-03-10 12:00 Lunch och avslut | Lunch and close',
    ].join('\n');
    expect(readAgendaText(text, days)).toEqual({
      items: [
        { at: '2027-03-09T12:00', sv: 'Lunch', en: 'Lunch' },
        { at: '2027-03-09T13:00', sv: 'Välkommen', en: 'Welcome' },
        { at: '2027-03-09T14:45', sv: 'Kaffe', en: 'Coffee' },
        { at: '2027-03-10T07:30', sv: 'Frukost', en: 'Breakfast' },
        { at: '2027-03-10T12:00', sv: 'Lunch och avslut', en: 'Lunch and close' },
      ],
    });
  });

  it('puts lines before any heading on day 1, takes "Dag 2 07.00" on one line, and sorts', () => {
    const text = 'Dag 2 07.00 Frukost\n12.00 Lunch\n2027-03-10\n09.00 Workshop';
    expect(readAgendaText(text, days)).toEqual({
      items: [
        { at: '2027-03-09T12:00', sv: 'Lunch', en: 'Lunch' },
        { at: '2027-03-10T07:00', sv: 'Frukost', en: 'Frukost' },
        { at: '2027-03-10T09:00', sv: 'Workshop', en: 'Workshop' },
      ],
    });
  });

  it('names the line it cannot read', () => {
    expect(readAgendaText('Dag 1\n12.00 Lunch\nLunch vid tolv', days)).toEqual({
      problem: {
        key: 'editions.error.agendaLine',
        params: { line: 3, text: 'Lunch vid tolv' },
      },
    });
    expect(readAgendaText('12.00 Lunch\n25.00 Nattmingel', days)).toMatchObject({
      problem: { key: 'editions.error.agendaTime', params: { line: 2, time: '25.00' } },
    });
    expect(readAgendaText('12.00 Lunch\n\nDag 3\n09.00 Extra', days)).toMatchObject({
      problem: { key: 'editions.error.agendaDay', params: { line: 3, day: 'Dag 3' } },
    });
    expect(readAgendaText('2027-03-11 09.00 Extra', days)).toMatchObject({
      problem: { key: 'editions.error.agendaDay', params: { line: 1, day: '2027-03-11' } },
    });
    expect(readAgendaText(`12.00 ${'x'.repeat(301)}`, days)).toMatchObject({
      problem: { key: 'editions.error.agendaTooLong', params: { line: 1 } },
    });
  });

  it('reads nothing and refuses nothing in an empty field', () => {
    expect(readAgendaText('', days)).toEqual({ items: [] });
    expect(readAgendaText('\n  \n', days)).toEqual({ items: [] });
  });

  it('writes a stored programme back as text it reads to the same items', () => {
    const forum = parseForumFile(
      {
        slug: 'x',
        title: 'X',
        venue: 'Y',
        startsAt: '2027-03-09T12:00',
        endsAt: '2027-03-10T13:00',
        registrationClosesAt: '2027-02-16T23:59',
        capacity: 10,
        agenda: [
          { at: '2027-03-09T12:00', sv: 'Lunch', en: 'Lunch' },
          { at: '2027-03-09T13:00', sv: 'Välkommen: läget i länet', en: 'Welcome: the county' },
          { at: '2027-03-10T07:00', sv: 'Frukost', en: 'Breakfast' },
        ],
      },
      timeZone,
    );
    const text = agendaToText(forum.agenda, '2027-03-09', timeZone, 'sv');
    expect(text).toBe(
      [
        'Dag 1',
        '12.00 Lunch',
        '13.00 Välkommen: läget i länet | Welcome: the county',
        'Dag 2',
        '07.00 Frukost | Breakfast',
      ].join('\n'),
    );
    expect(agendaToText(forum.agenda, '2027-03-09', timeZone, 'en')).toContain('Day 2\n07:00 ');
    expect(readAgendaText(text, days)).toEqual({
      items: [
        { at: '2027-03-09T12:00', sv: 'Lunch', en: 'Lunch' },
        { at: '2027-03-09T13:00', sv: 'Välkommen: läget i länet', en: 'Welcome: the county' },
        { at: '2027-03-10T07:00', sv: 'Frukost', en: 'Breakfast' },
      ],
    });
  });
});
