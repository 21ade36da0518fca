import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeRosterMember, RecordedActivity } from '../../helpers/fake-connector.js';
import { actionsOf, type Card, cardOf, inputOf, textsOf } from '../teams/card-query.js';
import { type Activity, startTeamsDoor, type TeamsDoorHarness } from '../teams/teams-harness.js';
import {
  background,
  badRowProblems,
  bo,
  calendarEntry,
  cilla,
  dana,
  en,
  erik,
  exportedCsv,
  exportedWorkbook,
  type Guest,
  guestListFile,
  inviteeOf,
  moments,
  outboxStatus,
  registrationOf,
  type SeasonApp,
  seasonApp,
  seasonGuests,
  sv,
} from './season-fixture.js';

const tenantId = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const botId = '28:5f3c9e1a-7b2d-4c6e-9f8a-1b2c3d4e5f60';
const teamId = '19:9f8e7d6c5b4a3d2c1b0a@thread.tacv2';
const publicUrl = 'https://forumbot.regionorebrolan.se';
const title = 'Framtidsforum 2027';
const coordinatorEmail = 'anna.andersson@regionorebrolan.se';
/** Our `*emphasis*` as Adaptive Card markdown writes it. */
const bold = (text: string) => text.replace(/\*([^*\n]+)\*/g, '**$1**');

/** Someone in Teams: their member id, AAD object id, language, and the chat with the bot. */
interface TeamsPerson {
  id: string;
  aadObjectId: string;
  name: string;
  email: string;
  locale: string;
}

/** The coordinator, as the fixtures have her (her personal chat is the fixtures' too). */
const anna: TeamsPerson = {
  id: '29:1q2w3e4r5t6y7u8i9o0pAnnaPersonalId',
  aadObjectId: '6b1f5a2e-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  name: 'Anna Andersson',
  email: coordinatorEmail,
  locale: 'sv-SE',
};
const annasChat = 'a:1Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0EdCbAPersonalChat';

const member = (guest: Guest, n: number, locale = 'sv-SE'): TeamsPerson => ({
  id: `29:1${guest.name.replace(' ', '')}MemberId`,
  aadObjectId: `0000000${n}-1a2b-4c3d-8e4f-5a6b7c8d9e0f`,
  name: guest.name,
  email: guest.email,
  locale,
});
/** Bo, Cilla and Erik are in the team; Dana is not. */
const teamsPeople: Record<string, TeamsPerson> = {
  [bo.email]: member(bo, 1),
  [cilla.email]: member(cilla, 2),
  [erik.email]: member(erik, 3, 'en-US'),
};
const teamsOf = (guest: Guest) => teamsPeople[guest.email] as TeamsPerson;
/** The personal chat the fake connector opens with a member (one per user, as Teams keeps it). */
const chatOf = (person: TeamsPerson) =>
  person === anna ? annasChat : `a:personal-chat-with-${person.id}`;

const roster: FakeRosterMember[] = [anna, ...Object.values(teamsPeople)].map((p) => ({
  id: p.id,
  name: p.name,
  aadObjectId: p.aadObjectId,
  email: p.email,
  userPrincipalName: p.email,
}));

/**
 * A whole Framtidsforum season through the real Teams door: activities POSTed to
 * /api/messages, the fake Bot Connector answering member lookups and team rosters and
 * recording what the bot sends, the door's outlet under the real courier, files offered as
 * links the door's own server answers, and the scheduler's jobs when the clock moves.
 */
describe('a Framtidsforum season in Teams', () => {
  let app: SeasonApp;
  let teams: TeamsDoorHarness;
  let season: ReturnType<typeof background>;
  let activityIds = 0;

  beforeEach(async () => {
    const made = seasonApp(coordinatorEmail);
    app = made.app;
    teams = await startTeamsDoor({
      app,
      members: Object.fromEntries(
        [anna, ...Object.values(teamsPeople)].map((p) => [
          p.id,
          { name: p.name, aadObjectId: p.aadObjectId, email: p.email },
        ]),
      ),
      rosters: { [teamId]: roster },
      publicUrl,
      door: { now: () => app.clock.now() },
    });
    season = background(app, made.settings, teams.door.outlet);
  });
  afterEach(async () => {
    await teams.close();
    app.close();
  });

  /**
   * What went wrong, in the door's log or the background's: nothing should. (Anonymous mode
   * warns about itself at start, as it must.)
   */
  const troubles = () =>
    [...teams.logger.lines, ...season.logger.lines].filter(
      (l) =>
        l.level === 'error' ||
        (l.level === 'warn' && !/ANONYMOUS|unauthenticated requests/.test(l.message)),
    );

  /** An activity from `who` in their personal chat with the bot. */
  function fromPerson(
    name: 'message-personal' | 'message-personal-file' | 'action-execute-invoke',
    who: TeamsPerson,
    overrides: Activity = {},
  ): Activity {
    const activity = teams.activity(name, {
      id: `${name}-${++activityIds}`,
      from: { id: who.id, name: who.name, aadObjectId: who.aadObjectId },
      conversation: { conversationType: 'personal', tenantId, id: chatOf(who) },
      locale: who.locale,
      ...overrides,
    });
    activity.entities = [{ type: 'clientInfo', locale: who.locale, country: 'SE' }];
    return activity;
  }

  /** Posts an activity and returns the card of the message the bot posts in answer. */
  async function answered(activity: Activity): Promise<Card> {
    const before = teams.connector.activities.length;
    expect((await teams.post(activity)).status).toBe(200);
    const sent = await teams.connector.waitForActivities(before + 1);
    expect(sent.at(-1)?.conversationId).toBe(activity.conversation.id);
    return cardOf(sent.at(-1));
  }

  /** Types a line in the personal chat. */
  const say = (who: TeamsPerson, text: string) =>
    answered(fromPerson('message-personal', who, { text }));

  /** The button with this title on a card. */
  function buttonOn(card: Card, title: string): Card {
    const found = actionsOf(card).find((a) => a.type === 'Action.Execute' && a.title === title);
    if (!found) throw new Error(`no button "${title}" in ${JSON.stringify(textsOf(card))}`);
    return found;
  }

  /**
   * Presses an Action.Execute button (or a form's submit, with the card's inputs as the
   * client merges them into `data`); in a personal chat the invoke answers with the card
   * that replaces the pressed one.
   */
  async function press(who: TeamsPerson, action: Card, inputs: Record<string, string> = {}) {
    const res = await teams.post(
      fromPerson('action-execute-invoke', who, {
        value: {
          action: {
            type: 'Action.Execute',
            verb: action.verb,
            data: { ...action.data, ...inputs },
          },
          trigger: 'manual',
        },
      }),
    );
    expect(res.status).toBe(200);
    return res.body as { statusCode: number; type: string; value: Card | string };
  }

  /** Presses a button whose answer is a card, and returns that card. */
  async function pressForCard(who: TeamsPerson, action: Card, inputs?: Record<string, string>) {
    const res = await press(who, action, inputs);
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    return res.value as Card;
  }

  /** Submits a form card as Teams does: every input's current value, changed where typed. */
  function submitForm(who: TeamsPerson, form: Card, typed: Record<string, string>) {
    const values: Record<string, string> = {};
    for (const id of ['organisation', 'roleTitle', 'diet', 'accessibility', 'invoiceReference']) {
      values[id] = String(inputOf(form, id)?.value ?? '');
    }
    for (const id of ['lunchDay1', 'dinnerDay1', 'overnight', 'breakfastDay2', 'lunchDay2']) {
      values[id] = String(inputOf(form, id)?.value ?? 'false');
    }
    const submit = actionsOf(form).find((a) => a.type === 'Action.Execute');
    return pressForCard(who, submit as Card, { ...values, ...typed });
  }

  /** The links a card offers its files by. */
  const links = (card: Card) => actionsOf(card).filter((a) => a.type === 'Action.OpenUrl');
  /** Fetches a link from the door's own server (the public URL is where people reach it). */
  const download = (link: Card) => fetch(String(link.url).replace(publicUrl, teams.origin));

  /** What the bot posted into someone's personal chat, oldest first. */
  const sentTo = (who: TeamsPerson): RecordedActivity[] =>
    teams.connector.activities.filter((a) => a.conversationId === chatOf(who));
  /** The last card sent into `who`'s chat that says `text`. */
  function cardIn(who: TeamsPerson, text: string): Card {
    const card = teams.connector.activities
      .filter((a) => a.conversationId === chatOf(who))
      .map((a) => cardOf(a))
      .filter((c) => textsOf(c).some((t) => t.includes(text)))
      .at(-1);
    if (!card) throw new Error(`no card with "${text}" in ${chatOf(who)}`);
    return card;
  }

  // The season, step by step. Each test replays the steps before its own.

  /** The app is added to the coordinators' team: the team's id is stored for roster lookups. */
  async function installInTeam() {
    const before = teams.connector.activities.length;
    await teams.post(teams.activity('conversation-update-team'));
    await teams.connector.waitForActivities(before + 1);
  }

  /** Anna sends the CSV in her personal chat (file.download.info, a pre-authorised link). */
  async function sendGuestList() {
    const url = teams.connector.serveFile('gastlista.csv', guestListFile(), {
      contentType: 'text/csv',
    });
    const activity = fromPerson('message-personal-file', anna, { text: '' });
    activity.attachments[0].content.downloadUrl = url;
    activity.attachments = [activity.attachments[0]];
    return answered(activity);
  }

  /** `bjud in`, "Ja, skicka", and the courier delivering what was queued. */
  async function sendInvitations() {
    const asked = await say(anna, 'bjud in');
    const sent = await pressForCard(anna, buttonOn(asked, 'Ja, skicka'));
    await season.courier.drain();
    return { asked, sent };
  }

  /** "Ja, anmäl mig" on the invitation in the guest's chat, and the form sent as it opened. */
  async function acceptInvitation(guest: Guest, typed: Record<string, string>) {
    const who = teamsOf(guest);
    const invitation = cardIn(who, sv('invitation.title', { forum: title }));
    const form = await pressForCard(who, buttonOn(invitation, 'Ja, anmäl mig'));
    const answer = await submitForm(who, form, typed);
    return { form, answer };
  }

  /** Bo's and Cilla's yes (Bo gets the one seat), Erik's no. */
  async function answerInvitations() {
    await acceptInvitation(bo, { diet: 'Vegetarisk', invoiceReference: 'KK-2027' });
    await acceptInvitation(cilla, { overnight: 'true', invoiceReference: 'ORU-77' });
    const who = teamsOf(erik);
    const invitation = cardIn(who, sv('invitation.title', { forum: title }));
    return pressForCard(who, buttonOn(invitation, 'Nej tack'));
  }

  /** Bo writes `avboka` and confirms; the courier brings Cilla the freed seat. */
  async function boCancels() {
    const who = teamsOf(bo);
    const asked = await say(who, 'avboka');
    const done = await pressForCard(who, buttonOn(asked, 'Ja, avboka'));
    await season.courier.drain();
    return done;
  }

  /** Cilla takes the seat with the button of the offer in her chat. */
  async function cillaTakesTheSeat() {
    const who = teamsOf(cilla);
    const offer = cardIn(who, sv('waitlist.offer.title', { forum: title }));
    return pressForCard(who, buttonOn(offer, 'Ja, jag tar platsen'));
  }

  it('imports the guest list Anna sends in her personal chat, and lists the bad rows by line', async () => {
    await installInTeam();
    const card = await sendGuestList();

    // Fetched from the pre-authorised link, with none of the bot's tokens.
    expect(teams.connector.fileRequests).toEqual([{ name: 'gastlista.csv' }]);
    expect(textsOf(card)).toEqual([
      sv('guests.imported.title', { forum: title }),
      sv('guests.imported.counts', { created: 4, updated: 0, total: 4 }),
      sv('guests.imported.problems', { count: 2 }),
      ...badRowProblems(seasonGuests),
    ]);
    expect(actionsOf(card).map((a) => a.title)).toEqual(
      expect.arrayContaining(['Gästlistan', 'Matcha mot chattanvändare', 'Skicka inbjudningar']),
    );
    const invitees = app.store.invitees
      .listForForum(app.demoForum().id)
      .map((i) => [i.email, i.organisation, i.roleTitle])
      .sort();
    expect(invitees).toEqual(
      seasonGuests.map((g) => [g.email, g.organisation, g.roleTitle]).sort(),
    );
    expect(troubles()).toEqual([]);
  });

  it('sends the invitations into 1:1 chats opened with the people the team roster finds', async () => {
    await installInTeam();
    await sendGuestList();
    const before = teams.connector.activities.length;
    const { asked, sent } = await sendInvitations();

    expect(textsOf(asked)[0]).toBe(
      sv('invitations.confirm', { count: 4, forum: title, already: 0 }),
    );
    // The pressed card is replaced by the answer, in Anna's chat.
    expect(textsOf(sent)[0]).toBe(bold(sv('invitations.queued', { count: 4, minutes: 1 })));

    // The team's roster was read on the connector the team lives on, and a chat opened each.
    expect(teams.connector.rosterReads.map((r) => r.teamId)).toContain(teamId);
    const opened = teams.connector.conversationsCreated.map((c) => c.body);
    expect(opened.map((b) => b.members[0].id).sort()).toEqual(
      [bo, cilla, erik].map((g) => teamsOf(g).id).sort(),
    );
    for (const body of opened) {
      expect(body).toMatchObject({ isGroup: false, bot: { id: botId }, tenantId });
    }
    const invitations = teams.connector.activities.slice(before + 1);
    expect(invitations.map((a) => a.conversationId).sort()).toEqual(
      [bo, cilla, erik].map((g) => chatOf(teamsOf(g))).sort(),
    );
    for (const activity of invitations) {
      const card = cardOf(activity);
      expect(textsOf(card)[0]).toBe(sv('invitation.title', { forum: title }));
      expect(activity.body.summary).toBe(sv('invitation.title', { forum: title }));
      expect(
        actionsOf(card)
          .filter((a) => a.type === 'Action.Execute')
          .map((a) => [a.title, a.verb]),
      ).toEqual([
        ['Ja, anmäl mig', 'invitation.yes'],
        ['Nej tack', 'invitation.no'],
        ['Skicka en kollega', 'invitation.substitute'],
        ['Program', 'forum.program'],
      ]);
    }
    expect(textsOf(cardIn(teamsOf(bo), 'Hej Bo Berg!'))).toContain(
      sv('invitation.greeting', { name: bo.name, forum: title }),
    );

    const forumId = app.demoForum().id;
    const key = (guest: Guest) => `invitation:${forumId}:${inviteeOf(app, guest)?.id}`;
    expect(outboxStatus(app, `invitation:${forumId}:`)).toEqual({
      [key(bo)]: 'sent',
      [key(cilla)]: 'sent',
      [key(erik)]: 'sent',
      [key(dana)]: 'unreachable',
    });
    // Each invitee is now known in Teams under the id they write with.
    const boPerson = app.store.people.findByEmail(bo.email);
    expect(app.store.people.identitiesOf(boPerson!.id).map((i) => i.userId)).toEqual([
      teamsOf(bo).aadObjectId,
    ]);
    const status = await say(anna, 'inbjudningar');
    expect(textsOf(status)).toEqual([
      sv('invitations.status.title', { forum: title }),
      sv('invitations.status.sending', { sent: 3, queued: 0, unreachable: 1, failed: 0 }),
      sv('invitations.status.unreachable'),
      `• ${dana.name}, ${dana.organisation} (${dana.email})`,
    ]);
    expect(await season.courier.drain()).toBe(0);
  });

  it('signs Bo up through the prefilled card, waitlists Cilla, and gives her the seat Bo frees', async () => {
    await installInTeam();
    await sendGuestList();
    await sendInvitations();

    // Bo: the sign-up card, filled in from the guest list.
    const { form, answer } = await acceptInvitation(bo, {
      diet: 'Vegetarisk',
      invoiceReference: 'KK-2027',
    });
    expect(textsOf(form)[0]).toBe(sv('signup.title'));
    expect(inputOf(form, 'organisation')?.value).toBe(bo.organisation);
    expect(inputOf(form, 'roleTitle')?.value).toBe(bo.roleTitle);
    expect(textsOf(answer)[0]).toBe(sv('signup.done', { forum: title }));
    expect(registrationOf(app, bo)).toMatchObject({
      status: 'registered',
      organisation: bo.organisation,
      diet: 'Vegetarisk',
      invoiceReference: 'KK-2027',
    });
    expect(inviteeOf(app, bo)?.answer).toBe('yes');
    // The calendar entry, as a link the door's server answers with text/calendar.
    const [calendarLink] = links(answer);
    expect(calendarLink?.title).toBe(sv('calendar.label'));
    expect(textsOf(answer)).toContain(sv('teams.download.validDays', { days: 30 }));
    const ics = await download(calendarLink!);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const confirmed = calendarEntry(Buffer.from(await ics.arrayBuffer()));
    expect(confirmed).toMatchObject({ calendar: true, summary: title, status: 'CONFIRMED' });

    // Cilla says yes to a full forum: the waitlist, and no calendar link.
    const cillas = await acceptInvitation(cilla, { overnight: 'true', invoiceReference: 'ORU-77' });
    expect(textsOf(cillas.answer)[0]).toBe(
      sv('waitlist.joined', { forum: title, place: 1, hours: 48 }),
    );
    expect(links(cillas.answer)).toEqual([]);
    expect(registrationOf(app, cilla)).toMatchObject({ status: 'waitlisted', overnight: true });

    // Erik's client speaks English: the invitation came in Swedish (his language was not
    // known yet), his answer comes in English.
    const invitation = cardIn(teamsOf(erik), sv('invitation.title', { forum: title }));
    const thanks = await pressForCard(teamsOf(erik), buttonOn(invitation, 'Nej tack'));
    expect(textsOf(thanks)).toEqual([en('invitation.thanksNo')]);
    expect(inviteeOf(app, erik)?.answer).toBe('no');

    // Bo cancels: asked first, then a cancelled calendar entry replacing the first one.
    const beforeCancel = sentTo(teamsOf(cilla)).length;
    const asked = await say(teamsOf(bo), 'avboka');
    expect(textsOf(asked)).toEqual([sv('cancel.confirm', { forum: title })]);
    const cancelled = await pressForCard(teamsOf(bo), buttonOn(asked, 'Ja, avboka'));
    expect(textsOf(cancelled).slice(0, 2)).toEqual([
      sv('cancel.done', { forum: title }),
      sv('cancel.calendarNote', { forum: title }),
    ]);
    expect(registrationOf(app, bo)?.status).toBe('cancelled');
    expect(inviteeOf(app, bo)?.answer).toBe('no');
    const [cancelLink] = links(cancelled);
    expect(cancelLink?.title).toBe(sv('calendar.cancelledLabel'));
    const cancelledEntry = calendarEntry(
      Buffer.from(await (await download(cancelLink!)).arrayBuffer()),
    );
    expect(cancelledEntry).toMatchObject({ status: 'CANCELLED', uid: confirmed.uid });
    expect(cancelledEntry.sequence).toBeGreaterThan(confirmed.sequence);

    // The courier brings Cilla the offer, with the two answers as buttons.
    await season.courier.drain();
    expect(registrationOf(app, cilla)?.status).toBe('offered');
    const offers = sentTo(teamsOf(cilla)).slice(beforeCancel);
    expect(offers).toHaveLength(1);
    const offer = cardOf(offers[0]);
    expect(textsOf(offer)[0]).toBe(sv('waitlist.offer.title', { forum: title }));
    expect(
      actionsOf(offer)
        .filter((a) => a.type === 'Action.Execute')
        .map((a) => a.title),
    ).toEqual(['Ja, jag tar platsen', 'Nej tack']);

    // She takes it: registered, with a calendar link of her own.
    const accepted = await cillaTakesTheSeat();
    expect(textsOf(accepted)[0]).toBe(sv('waitlist.accepted', { forum: title }));
    expect(registrationOf(app, cilla)).toMatchObject({ status: 'registered', overnight: true });
    const cillasIcs = await download(links(accepted)[0]!);
    expect(cillasIcs.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(calendarEntry(Buffer.from(await cillasIcs.arrayBuffer()))).toMatchObject({
      summary: title,
      status: 'CONFIRMED',
    });
    expect(app.store.registrations.countHeld(app.demoForum().id)).toBe(1);
    expect(troubles()).toEqual([]);
  });

  it('on the forum’s first day checks Cilla in with the day’s code and offers the exports as links', async () => {
    await installInTeam();
    await sendGuestList();
    await sendInvitations();
    await answerInvitations();
    await boCancels();
    await cillaTakesTheSeat();

    // The next morning Anna, an admin by configuration, gets the coordinators' digest.
    await season.tickAt(moments.digest);
    await season.courier.drain();
    const digest = textsOf(cardIn(anna, sv('digest.title', { forum: title })));
    expect(digest.slice(0, 4)).toEqual([
      sv('digest.title', { forum: title }),
      sv('digest.seats', { taken: 1, capacity: 1, waiting: 0, offered: 0 }),
      sv('digest.answers', { total: 4, yes: 1, no: 2, substituted: 0, none: 1 }),
      sv('digest.lastDay', { registered: 1, cancelled: 1 }),
    ]);

    // Three days before, the practical information reaches the one with a seat.
    const beforeInfo = teams.connector.activities.length;
    await season.tickAt(moments.practicalInfo);
    await season.courier.drain();
    const info = teams.connector.activities.slice(beforeInfo);
    expect(info.map((a) => [a.conversationId, textsOf(cardOf(a))[0]])).toEqual([
      [chatOf(teamsOf(cilla)), sv('reminder.practical.title', { forum: title })],
    ]);

    // The first day: Anna gets the code to show, Cilla checks in with it.
    await season.tickAt(moments.firstDay);
    await season.courier.drain();
    const code = await say(anna, 'incheckningskod');
    expect(textsOf(code)[0]).toBe(sv('attendance.code.title', { forum: title }));
    const shown = textsOf(code)
      .map((t) => /^Kod: ([A-Z0-9]{5})$/.exec(t)?.[1])
      .find(Boolean);
    expect(shown).toBeDefined();

    const checkedIn = await say(teamsOf(cilla), `checkin ${shown}`);
    expect(textsOf(checkedIn)).toEqual([sv('attendance.checkedIn', { forum: title, day: 1 })]);
    const registration = registrationOf(app, cilla)!;
    expect(app.store.attendance.find(registration.id, 1)?.checkedInAt).toBe(
      new Date(moments.firstDay).toISOString(),
    );
    const boTries = await say(teamsOf(bo), `checkin ${shown}`);
    expect(textsOf(boTries)).toEqual([sv('attendance.error.notRegistered', { forum: title })]);

    const figures = textsOf(await say(anna, 'siffror'));
    expect(figures).toEqual(
      expect.arrayContaining([
        'Inbjudna: 4',
        'Ja: 1',
        'Nej: 2',
        'Inget svar: 1',
        'Anmälda: 1 av 1 platser',
        'Incheckade: 1 (dag 1: 1, dag 2: 0)',
      ]),
    );

    // The exports, as links valid for an hour that return the files' bytes.
    const xlsxCard = await say(anna, 'exportera');
    expect(textsOf(xlsxCard)).toEqual([
      sv('figures.export.done', { forum: title }),
      sv('teams.download.validHour'),
    ]);
    const [xlsxLink] = links(xlsxCard);
    expect(xlsxLink?.title).toBe('Deltagare och catering (Excel)');
    const xlsx = await download(xlsxLink!);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers.get('content-disposition')).toContain(
      'framtidsforum-2027-deltagare-2027-03-09.xlsx',
    );
    const book = await exportedWorkbook(Buffer.from(await xlsx.arrayBuffer()));
    expect(Object.keys(book)).toEqual(['Deltagare', 'Catering']);
    expect(book.Deltagare?.slice(1).map((r) => [r[0], r[6], r.at(-2)])).toEqual([
      [cilla.name, 'Anmäld', true],
      [bo.name, 'Avbokad', false],
    ]);

    const csvCard = await say(anna, 'exportera csv');
    const csvLinks = links(csvCard);
    expect(csvLinks.map((l) => l.title)).toEqual(['Deltagare (CSV)', 'Catering (CSV)']);
    const [participants, catering] = await Promise.all(
      csvLinks.map(async (link) => {
        const res = await download(link);
        expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
        return exportedCsv(Buffer.from(await res.arrayBuffer()));
      }),
    );
    expect(participants?.rows.map((r) => [r[0], r[1], r[6], r.at(-2), r.at(-1)])).toEqual([
      [cilla.name, cilla.email, 'Anmäld', 'SANT', 'FALSKT'],
      [bo.name, bo.email, 'Avbokad', 'FALSKT', 'FALSKT'],
    ]);
    expect(catering?.rows[0]).toEqual(['Bekräftade platser', '1']);
    // The files are Anna's: stored against her, and only for the hour.
    const coordinator = app.store.people.findByEmail(coordinatorEmail);
    const owners = app.db
      .prepare('SELECT DISTINCT person_id AS id FROM downloads WHERE name LIKE ?')
      .all('framtidsforum-2027-%') as { id: number }[];
    expect(owners).toEqual([{ id: coordinator?.id }]);
    expect(troubles()).toEqual([]);
  });
});
