import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../../helpers/fake-slack-api.js';
import type { SlackBody } from '../../helpers/sign-slack-request.js';
import {
  anna,
  blocksOf,
  buttonIn,
  erik as erikId,
  people,
  type SlackDoorHarness,
  startSlackDoor,
  textsOf,
  viewOf,
} from '../slack/slack-harness.js';
import {
  buttonBody,
  fileShareBody,
  type SentBlock,
  type SentView,
  slashCommandBody,
  submissionBody,
} from '../slack/slack-payloads.js';
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
  personOf,
  registrationOf,
  type SeasonApp,
  seasonApp,
  seasonGuests,
  sv,
} from './season-fixture.js';

/** The guests' Slack users (Erik is the harness's English-speaking partner). */
const slackUser = { [bo.email]: 'U0101', [cilla.email]: 'U0102', [erik.email]: erikId } as const;
const userOf = (guest: Guest) => slackUser[guest.email] as string;
/** The bot's DM with a user, as the fake's conversations.open names it (U0101 → D0101). */
const dmOf = (user: string) => `D${user.slice(1)}`;
const coordinatorEmail = people[anna]?.email as string;
const title = 'Framtidsforum 2027';

type Json = Record<string, unknown>;
type Button = NonNullable<SentBlock['elements']>[number];

/**
 * A whole Framtidsforum season through the real Slack door: Bolt's HTTP receiver with
 * signed requests, the fake Web API, the door's outlet under the real courier, and the
 * scheduler's jobs when the clock moves. Anna coordinates; Bo, Cilla and Erik are invited
 * and in the workspace, Dana is invited but is not.
 */
describe('a Framtidsforum season in Slack', () => {
  let app: SeasonApp;
  let slack: SlackDoorHarness;
  let season: ReturnType<typeof background>;
  let requests = 0;

  beforeEach(async () => {
    const made = seasonApp(coordinatorEmail);
    app = made.app;
    slack = await startSlackDoor({ app });
    slack.fake.users.U0101 = { realName: bo.name, email: bo.email, locale: 'sv-SE' };
    slack.fake.users.U0102 = { realName: cilla.name, email: cilla.email, locale: 'sv-SE' };
    season = background(app, made.settings, slack.door.outlet);
  });
  afterEach(async () => {
    await slack.close();
    app.close();
  });

  /** What went wrong, in the door's log or the background's: nothing should. */
  const troubles = () =>
    [...slack.logger.lines, ...season.logger.lines].filter(
      (l) => l.level === 'warn' || l.level === 'error',
    );

  /** Resolves once one more call like this has reached the fake than had before. */
  function next(match: string | ((c: RecordedCall) => boolean)) {
    const before = slack.fake.callsTo(match).length;
    return async () => (await slack.fake.waitFor(match, before + 1)).at(-1) as RecordedCall;
  }

  const home = (user: string) => (c: RecordedCall) =>
    c.method === 'views.publish' && c.body.user_id === user;
  const postedTo = (channel: string) => (c: RecordedCall) =>
    c.method === 'chat.postMessage' && c.landedIn === channel;

  /** `/forum <text>`, typed in the person's DM with the bot unless a channel is given. */
  function slashBody(user: string, text: string, responseId: string, channel = dmOf(user)) {
    const body = slashCommandBody(text, {
      user,
      responseUrl: slack.fake.responseUrl(responseId),
      channel,
    }) as { form: Record<string, string> };
    body.form.channel_name = channel.startsWith('D') ? 'directmessage' : 'framtidsforum';
    body.form.trigger_id = `trigger-${requests}`;
    return body;
  }

  /** Runs a slash command and returns the ephemeral answer Slack got at the response URL. */
  async function slash(user: string, text: string, channel?: string): Promise<Json> {
    const id = `cmd-${++requests}`;
    expect((await slack.post(slashBody(user, text, id, channel))).status).toBe(200);
    const [answer] = await slack.fake.waitFor(id);
    return answer?.body as Json;
  }

  /**
   * A click on a button of a message in `channel`, with the response URL and trigger id
   * Slack sends with it; `container` and `channel` as for a message there.
   */
  function pressBody(
    user: string,
    button: Button,
    where: { channel: string; ephemeral: boolean },
    responseId: string,
  ) {
    const { channel } = where;
    const body = buttonBody(button, {
      user,
      responseUrl: slack.fake.responseUrl(responseId),
      triggerId: `trigger-${requests}`,
    }) as { payload: Json };
    body.payload.container = {
      type: 'message',
      message_ts: '1700000000.000001',
      channel_id: channel,
      is_ephemeral: where.ephemeral,
    };
    body.payload.channel = {
      id: channel,
      name: channel.startsWith('D') ? 'directmessage' : 'framtidsforum',
    };
    return body as SlackBody;
  }

  /**
   * Presses a button and returns the ephemeral answer at the response URL: by default a
   * button of a message in the person's DM; `ephemeral` for one of the bot's answers to a
   * slash command there, which only they see.
   */
  async function press(user: string, button: Button, ephemeral = false): Promise<Json> {
    const id = `btn-${++requests}`;
    const where = { channel: dmOf(user), ephemeral };
    expect((await slack.post(pressBody(user, button, where, id))).status).toBe(200);
    const [answer] = await slack.fake.waitFor(id);
    return answer?.body as Json;
  }

  /** Presses a button that opens a modal, and returns the view Slack was asked to open. */
  async function pressForModal(user: string, button: Button): Promise<SentView> {
    const opened = next('views.open');
    const where = { channel: dmOf(user), ephemeral: false };
    await slack.post(pressBody(user, button, where, `btn-${++requests}`));
    return viewOf((await opened()).body);
  }

  /** Submits a modal as Slack sends it: what it opened with, changed where the person typed. */
  async function submit(user: string, view: SentView, typed: Record<string, string | boolean>) {
    const values: Record<string, string | boolean | null> = {};
    for (const block of view.blocks) {
      const element = block.element as
        | (SentBlock['element'] & { initial_options?: [] })
        | undefined;
      if (block.type !== 'input' || !block.block_id || !element) continue;
      values[block.block_id] =
        element.type === 'checkboxes'
          ? (element.initial_options ?? []).length > 0
          : (element.initial_value ?? null);
    }
    const refreshed = next(home(user));
    const result = await slack.post(submissionBody(view, { ...values, ...typed }, { user }));
    expect(result).toEqual({ status: 200, body: '' }); // the modal closes
    // The reply, its files, then the Home tab: the handler's last step.
    await refreshed();
  }

  /** The messages the bot posted in a DM, newest last. */
  const postsIn = (channel: string) =>
    slack.fake.taken('chat.postMessage').filter((c) => c.landedIn === channel);

  /** The last message in the person's DM whose texts include `text`. */
  function messageIn(channel: string, text: string): SentBlock[] {
    const found = postsIn(channel)
      .map((c) => blocksOf(c.body))
      .filter((blocks) => textsOf(blocks).some((t) => t.includes(text)))
      .at(-1);
    if (!found) throw new Error(`no message with "${text}" in ${channel}`);
    return found;
  }

  /** Files the bot shared in a DM, in order. */
  const filesIn = (channel: string) =>
    slack.fake.sharedFiles().filter((f) => f.channel === channel);

  // The season, step by step. Each test replays the steps before its own.

  /** Anna drops the CSV into her DM with the bot. */
  async function sendGuestList() {
    const file = slack.fake.hostFile({
      name: 'gäster 2027.csv',
      mimetype: 'text/csv',
      content: guestListFile(),
    });
    const answered = next(postedTo(dmOf(anna)));
    expect((await slack.post(fileShareBody([file], '', anna))).status).toBe(200);
    return (await answered()).body;
  }

  /** `/forum bjud in`, "Ja, skicka", and the courier delivering what was queued. */
  async function sendInvitations() {
    const asked = await slash(anna, 'bjud in');
    const sent = await press(anna, buttonIn(blocksOf(asked), 'Ja, skicka'), true);
    await season.courier.drain();
    return { asked, sent };
  }

  /** "Ja, anmäl mig" on the invitation in the guest's DM: the modal, sent as it opened. */
  async function acceptInvitation(guest: Guest, typed: Record<string, string | boolean>) {
    const user = userOf(guest);
    const invitation = messageIn(dmOf(user), sv('invitation.title', { forum: title }));
    const view = await pressForModal(user, buttonIn(invitation, 'Ja, anmäl mig'));
    await submit(user, view, typed);
    return view;
  }

  /** Bo's and Cilla's yes (Bo gets the one seat), Erik's no. */
  async function answerInvitations() {
    await acceptInvitation(bo, { diet: 'Vegetarisk', invoiceReference: 'KK-2027' });
    await acceptInvitation(cilla, { overnight: true, invoiceReference: 'ORU-77' });
    const declined = messageIn(dmOf(erikId), sv('invitation.title', { forum: title }));
    const refreshed = next(home(erikId));
    const thanks = await press(erikId, buttonIn(declined, 'Nej tack'));
    await refreshed();
    return thanks;
  }

  /** Bo cancels with `/forum avboka` and the confirmation button; the offer goes to Cilla. */
  async function boCancels() {
    const user = userOf(bo);
    const asked = await slash(user, 'avboka');
    const refreshed = next(home(user));
    const done = await press(user, buttonIn(blocksOf(asked), 'Ja, avboka'), true);
    await refreshed();
    await season.courier.drain();
    return done;
  }

  /** Cilla takes the seat with the button of the offer in her DM. */
  async function cillaTakesTheSeat() {
    const user = userOf(cilla);
    const offer = messageIn(dmOf(user), sv('waitlist.offer.title', { forum: title }));
    const refreshed = next(home(user));
    const answer = await press(user, buttonIn(offer, 'Ja, jag tar platsen'));
    await refreshed();
    return answer;
  }

  it('imports the guest list Anna sends in her DM, and lists the bad rows by line', async () => {
    const reply = await sendGuestList();

    // The file was fetched with the bot's token from Slack's private URL.
    expect(slack.fake.calls.filter((c) => c.kind === 'download')).toMatchObject([
      { authorization: 'Bearer xoxb-test-token', ok: true },
    ]);
    const texts = textsOf(blocksOf(reply));
    expect(texts).toEqual([
      sv('guests.imported.title', { forum: title }),
      sv('guests.imported.counts', { created: 4, updated: 0, total: 4 }),
      sv('guests.imported.problems', { count: 2 }),
      badRowProblems(seasonGuests).join('\n'),
      'Gästlistan',
      'Matcha mot chattanvändare',
      'Skicka inbjudningar',
    ]);
    expect(reply.text).toContain('4 nya och 0 uppdaterade.');
    const invitees = app.store.invitees
      .listForForum(app.demoForum().id)
      .map((i) => [i.name, i.email, i.organisation, i.municipality, i.answer])
      .sort();
    expect(invitees).toEqual([
      [bo.name, bo.email, bo.organisation, 'Kumla', null],
      [cilla.name, cilla.email, cilla.organisation, '', null],
      [dana.name, dana.email, dana.organisation, 'Lekeberg', null],
      [erik.name, erik.email, erik.organisation, '', null],
    ]);
    expect(troubles()).toEqual([]);
  });

  it('sends the invitations after Anna confirms: one DM with the answer buttons per invitee Slack finds', async () => {
    await sendGuestList();
    const before = slack.fake.calls.length;
    const { asked, sent } = await sendInvitations();

    expect(asked).toMatchObject({ response_type: 'ephemeral' });
    expect(textsOf(blocksOf(asked))[0]).toBe(
      sv('invitations.confirm', { count: 4, forum: title, already: 0 }),
    );
    expect(sent).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(textsOf(blocksOf(sent))[0]).toBe(sv('invitations.queued', { count: 4, minutes: 1 }));

    // Everyone was looked up by e-mail; Dana is not in the workspace.
    const during = slack.fake.calls.slice(before);
    expect(
      during
        .filter((c) => c.method === 'users.lookupByEmail')
        .map((c) => [c.body.email, c.ok])
        .sort(),
    ).toEqual(
      [
        [bo.email, true],
        [cilla.email, true],
        [dana.email, false],
        [erik.email, true],
      ].sort(),
    );
    // One DM each to those it found, posted to the user id (no conversations.open first).
    const invitations = during.filter(
      (c) => c.method === 'chat.postMessage' && c.landedIn !== dmOf(anna),
    );
    expect(invitations.map((c) => c.landedIn).sort()).toEqual(['D0002', 'D0101', 'D0102']);
    expect(invitations.map((c) => c.body.channel).sort()).toEqual(['U0002', 'U0101', 'U0102']);
    expect(during.filter((c) => c.method === 'conversations.open')).toEqual([]);
    for (const call of invitations) {
      const blocks = blocksOf(call.body);
      expect(textsOf(blocks)[0]).toBe(sv('invitation.title', { forum: title }));
      expect(call.body.text).toContain(sv('invitation.title', { forum: title }));
      const buttons = blocks.flatMap((b) => b.elements ?? []).filter((e) => e.type === 'button');
      expect(buttons.map((b) => b.text?.text)).toEqual([
        'Ja, anmäl mig',
        'Nej tack',
        'Skicka en kollega',
        'Program',
      ]);
    }
    expect(textsOf(messageIn('D0101', 'Hej Bo Berg!'))).toContain(
      sv('invitation.greeting', { name: bo.name, forum: title }),
    );

    // The outbox knows who got it and who must be called instead.
    const forumId = app.demoForum().id;
    const key = (guest: Guest) => `invitation:${forumId}:${inviteeOf(app, guest)?.id}`;
    expect(outboxStatus(app, `invitation:${forumId}:`)).toEqual({
      [key(bo)]: 'sent',
      [key(cilla)]: 'sent',
      [key(erik)]: 'sent',
      [key(dana)]: 'unreachable',
    });
    const status = await slash(anna, 'inbjudningar');
    expect(textsOf(blocksOf(status))).toEqual([
      sv('invitations.status.title', { forum: title }),
      sv('invitations.status.sending', { sent: 3, queued: 0, unreachable: 1, failed: 0 }),
      sv('invitations.status.unreachable'),
      `• ${dana.name}, ${dana.organisation} (${dana.email})`,
    ]);
    // Sending again sends nothing twice.
    expect(await season.courier.drain()).toBe(0);
    const again = await slash(anna, 'bjud in');
    expect(textsOf(blocksOf(again))).toEqual([sv('invitations.nobody', { forum: title })]);
    expect(troubles()).toEqual([]);
  });

  it('signs Bo up through the prefilled modal, waitlists Cilla, and gives her the seat Bo frees', async () => {
    await sendGuestList();
    await sendInvitations();

    // Bo: "Ja, anmäl mig" opens the sign-up modal with the guest list's organisation and role.
    const beforeBo = slack.fake.calls.length;
    const view = await acceptInvitation(bo, { diet: 'Vegetarisk', invoiceReference: 'KK-2027' });
    const initial = (name: string) =>
      view.blocks.find((b) => b.block_id === name)?.element?.initial_value;
    expect(view.callback_id).toBe('forumbot:form');
    expect(view.title?.text).toBe('Anmälan');
    expect([initial('organisation'), initial('roleTitle')]).toEqual([
      bo.organisation,
      bo.roleTitle,
    ]);
    expect(registrationOf(app, bo)).toMatchObject({
      status: 'registered',
      organisation: bo.organisation,
      roleTitle: bo.roleTitle,
      diet: 'Vegetarisk',
      invoiceReference: 'KK-2027',
    });
    expect(inviteeOf(app, bo)?.answer).toBe('yes');
    // The confirmation in his DM, and the calendar entry uploaded there.
    const confirmed = slack.fake.calls.slice(beforeBo).find((c) => c.method === 'chat.postMessage');
    expect(confirmed?.body.channel).toBe('U0101');
    expect(textsOf(blocksOf(confirmed!.body))[0]).toBe(sv('signup.done', { forum: title }));
    const [boCalendar] = filesIn('D0101');
    expect(boCalendar).toMatchObject({
      filename: 'framtidsforum-2027.ics',
      title: sv('calendar.label'),
      uploadedWith: 'Bearer xoxb-test-token',
    });
    expect(calendarEntry(boCalendar!.content!)).toMatchObject({
      calendar: true,
      summary: title,
      status: 'CONFIRMED',
    });

    // Cilla says yes to a full forum: the waitlist, and no calendar entry.
    const beforeCilla = slack.fake.calls.length;
    await acceptInvitation(cilla, { overnight: true, invoiceReference: 'ORU-77' });
    expect(registrationOf(app, cilla)).toMatchObject({
      status: 'waitlisted',
      organisation: cilla.organisation,
      overnight: true,
    });
    expect(inviteeOf(app, cilla)?.answer).toBe('yes');
    const waitlisted = slack.fake.calls
      .slice(beforeCilla)
      .find((c) => c.method === 'chat.postMessage');
    expect(textsOf(blocksOf(waitlisted!.body))[0]).toBe(
      sv('waitlist.joined', { forum: title, place: 1, hours: 48 }),
    );
    expect(filesIn('D0102')).toEqual([]);

    // Erik declines, in English: Slack gave his locale.
    const declined = messageIn('D0002', sv('invitation.title', { forum: title }));
    const eriksHome = next(home(erikId));
    const thanks = await press(erikId, buttonIn(declined, 'Nej tack'));
    await eriksHome();
    expect(textsOf(blocksOf(thanks))).toEqual([en('invitation.thanksNo')]);
    expect(inviteeOf(app, erik)?.answer).toBe('no');

    // Bo cancels: asked first, then the seat is freed and a cancelled calendar entry follows.
    const beforeCancel = postsIn('D0102').length;
    const cancelled = await boCancels();
    expect(textsOf(blocksOf(cancelled)).slice(0, 2)).toEqual([
      sv('cancel.done', { forum: title }),
      sv('cancel.calendarNote', { forum: title }),
    ]);
    expect(registrationOf(app, bo)?.status).toBe('cancelled');
    expect(inviteeOf(app, bo)?.answer).toBe('no');
    const boFiles = filesIn('D0101');
    expect(boFiles.map((f) => f.title)).toEqual([
      sv('calendar.label'),
      sv('calendar.cancelledLabel'),
    ]);
    const [first, second] = boFiles.map((f) => calendarEntry(f.content!));
    expect(second).toMatchObject({ status: 'CANCELLED', uid: first?.uid });
    expect(second!.sequence).toBeGreaterThan(first!.sequence);

    // The courier brings Cilla the offer, with the two answers as buttons.
    expect(registrationOf(app, cilla)?.status).toBe('offered');
    const offers = postsIn('D0102').slice(beforeCancel);
    expect(offers).toHaveLength(1);
    const offer = blocksOf(offers[0]!.body);
    expect(textsOf(offer)[0]).toBe(sv('waitlist.offer.title', { forum: title }));
    expect(offer.flatMap((b) => b.elements ?? []).map((e) => e.text?.text)).toEqual([
      'Ja, jag tar platsen',
      'Nej tack',
    ]);

    // She takes it: registered, with her own calendar entry in her DM.
    const accepted = await cillaTakesTheSeat();
    expect(textsOf(blocksOf(accepted))[0]).toBe(sv('waitlist.accepted', { forum: title }));
    expect(registrationOf(app, cilla)).toMatchObject({ status: 'registered', overnight: true });
    const [cillaCalendar] = filesIn('D0102');
    expect(calendarEntry(cillaCalendar!.content!)).toMatchObject({
      summary: title,
      status: 'CONFIRMED',
    });
    expect(app.store.registrations.countHeld(app.demoForum().id)).toBe(1);
    expect(troubles()).toEqual([]);
  });

  it('tells Cilla before she fills in the form that a full forum means the waitlist', async () => {
    await sendGuestList();
    await sendInvitations();
    await acceptInvitation(bo, { invoiceReference: 'KK-2027' });
    const user = userOf(cilla);
    const invitation = messageIn(dmOf(user), sv('invitation.title', { forum: title }));
    const view = await pressForModal(user, buttonIn(invitation, 'Ja, anmäl mig'));
    expect(JSON.stringify(view.blocks)).toContain(sv('waitlist.formNote'));
  });

  it('on the forum’s first day checks Cilla in with the day’s code and exports CSV and XLSX to Anna’s DM', async () => {
    await sendGuestList();
    await sendInvitations();
    await answerInvitations();
    await boCancels();
    await cillaTakesTheSeat();

    // The next morning Anna, an admin by configuration, gets the coordinators' digest.
    await season.tickAt(moments.digest);
    await season.courier.drain();
    const digest = textsOf(messageIn(dmOf(anna), sv('digest.title', { forum: title })));
    expect(digest.slice(0, 4)).toEqual([
      sv('digest.title', { forum: title }),
      sv('digest.seats', { taken: 1, capacity: 1, waiting: 0, offered: 0 }),
      sv('digest.answers', { total: 4, yes: 1, no: 2, substituted: 0, none: 1 }),
      sv('digest.lastDay', { registered: 1, cancelled: 1 }),
    ]);

    // Three days before, the practical information reaches the one with a seat.
    const beforeInfo = postsIn('D0102').length;
    await season.tickAt(moments.practicalInfo);
    await season.courier.drain();
    const info = postsIn('D0102').slice(beforeInfo);
    expect(info.map((c) => textsOf(blocksOf(c.body))[0])).toEqual([
      sv('reminder.practical.title', { forum: title }),
    ]);
    // Nobody without a seat gets it: nothing of it in Bo's DM (he gave his seat up) or Erik's.
    const practical = sv('reminder.practical.title', { forum: title });
    const gotInfo = (dm: string) =>
      postsIn(dm).some((c) => textsOf(blocksOf(c.body))[0] === practical);
    expect([gotInfo('D0101'), gotInfo('D0002'), gotInfo('D0102')]).toEqual([false, false, true]);

    // The first day: Anna gets the code to show, Cilla checks in with it.
    await season.tickAt(moments.firstDay);
    await season.courier.drain();
    const code = await slash(anna, 'incheckningskod', 'C0001');
    const codeTexts = textsOf(blocksOf(code));
    expect(codeTexts[0]).toBe(sv('attendance.code.title', { forum: title }));
    const shown = /^\*Kod\*\n([A-Z0-9]{5})$/.exec(codeTexts[1] ?? '')?.[1];
    expect(shown).toBeDefined();
    expect(code.response_type).toBe('ephemeral');

    const checkedIn = await slash(userOf(cilla), `checkin ${shown!.toLowerCase()}`, 'C0001');
    expect(textsOf(blocksOf(checkedIn))).toEqual([
      sv('attendance.checkedIn', { forum: title, day: 1 }),
    ]);
    const registration = registrationOf(app, cilla)!;
    expect(app.store.attendance.find(registration.id, 1)).toMatchObject({
      checkedInAt: moments.firstDay.replace('Z', '.000Z'),
    });
    const boTries = await slash(userOf(bo), `checkin ${shown}`);
    expect(textsOf(blocksOf(boTries))).toEqual([
      sv('attendance.error.notRegistered', { forum: title }),
    ]);

    const roster = textsOf(blocksOf(await slash(anna, 'närvaro')));
    expect(roster.some((t) => t.startsWith(`*${cilla.name}*, ${cilla.organisation}\n`))).toBe(true);

    const figures = blocksOf(await slash(anna, 'siffror'));
    expect(textsOf(figures)).toEqual(
      expect.arrayContaining([
        '*Inbjudna*\n4',
        '*Ja*\n1',
        '*Nej*\n2',
        '*Inget svar*\n1',
        '*Anmälda*\n1 av 1 platser',
        '*Väntelista*\n0',
        '*Incheckade*\n1 (dag 1: 1, dag 2: 0)',
      ]),
    );

    // The export, asked for in a channel: the answer only Anna sees, the files in her DM.
    const sharedBefore = slack.fake.sharedFiles().length;
    const completed = slack.fake.callsTo('files.completeUploadExternal').length;
    const xlsx = await slash(anna, 'exportera', 'C0001');
    await slack.fake.waitFor('files.completeUploadExternal', completed + 1);
    expect(xlsx.response_type).toBe('ephemeral');
    expect(textsOf(blocksOf(xlsx))[0]).toBe(sv('figures.export.done', { forum: title }));
    const csv = await slash(anna, 'exportera csv', 'C0001');
    await slack.fake.waitFor('files.completeUploadExternal', completed + 3);
    expect(textsOf(blocksOf(csv))[0]).toBe(sv('figures.export.done', { forum: title }));

    const exports = slack.fake.sharedFiles().slice(sharedBefore);
    expect(exports.map((f) => [f.filename, f.title, f.channel])).toEqual([
      ['framtidsforum-2027-deltagare-2027-03-09.xlsx', 'Deltagare och catering (Excel)', 'D0001'],
      ['framtidsforum-2027-deltagare-2027-03-09.csv', 'Deltagare (CSV)', 'D0001'],
      ['framtidsforum-2027-catering-2027-03-09.csv', 'Catering (CSV)', 'D0001'],
    ]);
    const participants = exportedCsv(exports[1]!.content!);
    expect(participants.header.slice(0, 7)).toEqual([
      'Namn',
      'E-post',
      'Organisation',
      'Organisationstyp',
      'Kommun',
      'Roll',
      'Status',
    ]);
    expect(participants.rows.map((r) => [r[0], r[1], r[6], r.at(-2), r.at(-1)])).toEqual([
      [cilla.name, cilla.email, 'Anmäld', 'SANT', 'FALSKT'],
      [bo.name, bo.email, 'Avbokad', 'FALSKT', 'FALSKT'],
    ]);
    expect(exportedCsv(exports[2]!.content!).rows[0]).toEqual(['Bekräftade platser', '1']);
    const book = await exportedWorkbook(exports[0]!.content!);
    expect(Object.keys(book)).toEqual(['Deltagare', 'Catering']);
    expect(book.Deltagare?.slice(1).map((r) => [r[0], r[6], r.at(-2)])).toEqual([
      [cilla.name, 'Anmäld', true],
      [bo.name, 'Avbokad', false],
    ]);
    expect(personOf(app, cilla).displayName).toBe(cilla.name);
    expect(troubles()).toEqual([]);
  });
});
