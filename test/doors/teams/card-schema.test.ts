import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, Reply } from '../../../src/core/chat.js';
import { personalChatCard } from '../../../src/doors/teams/keep-private.js';
import { createDownloadOffer } from '../../../src/doors/teams/offer-downloads.js';
import { replyCard } from '../../../src/doors/teams/reply-activity.js';
import { testApp } from '../../helpers/test-store.js';
import type { Card } from './card-query.js';
import { calendarFile, guestListFile, testCommands } from './test-commands.js';

/**
 * What Teams renders: schema 1.5, and of it only what we use. Each type lists the properties
 * the 1.5 schema defines for it, so a misspelt or newer property fails here, not in Teams.
 */
const common = ['type', 'id', 'spacing', 'separator', 'isVisible', 'fallback', 'requires'];
const inputCommon = [...common, 'label', 'isRequired', 'errorMessage'];
const actionCommon = [
  'type',
  'id',
  'title',
  'iconUrl',
  'style',
  'fallback',
  'tooltip',
  'isEnabled',
  'mode',
];
const schema15: Record<string, string[]> = {
  TextBlock: [
    ...common,
    'text',
    'size',
    'weight',
    'color',
    'isSubtle',
    'wrap',
    'maxLines',
    'horizontalAlignment',
    'fontType',
    'style',
  ],
  FactSet: [...common, 'facts'],
  ActionSet: [...common, 'actions'],
  Container: [...common, 'items', 'style', 'bleed', 'selectAction', 'verticalContentAlignment'],
  ColumnSet: [...common, 'columns', 'style', 'bleed', 'selectAction'],
  Column: [
    ...common,
    'items',
    'width',
    'style',
    'bleed',
    'selectAction',
    'verticalContentAlignment',
  ],
  'Input.Text': [
    ...inputCommon,
    'value',
    'maxLength',
    'isMultiline',
    'placeholder',
    'style',
    'regex',
    'inlineAction',
  ],
  'Input.Toggle': [...inputCommon, 'title', 'value', 'valueOn', 'valueOff', 'wrap'],
  'Input.ChoiceSet': [
    ...inputCommon,
    'choices',
    'isMultiSelect',
    'style',
    'value',
    'placeholder',
    'wrap',
  ],
  'Input.Date': [...inputCommon, 'value', 'placeholder', 'min', 'max'],
  'Input.Time': [...inputCommon, 'value', 'placeholder', 'min', 'max'],
  'Action.Execute': [...actionCommon, 'verb', 'data', 'associatedInputs'],
  'Action.OpenUrl': [...actionCommon, 'url'],
  'Action.Submit': [...actionCommon, 'data', 'associatedInputs'],
};
const cardProperties = [
  'type',
  '$schema',
  'version',
  'body',
  'actions',
  'fallbackText',
  'lang',
  'speak',
  'msteams',
];
const maxTeamsBytes = 28 * 1024;

/** Every problem with a card, as readable lines (empty when the card is fine). */
function problems(card: Card): string[] {
  const found: string[] = [];
  if (card.type !== 'AdaptiveCard') found.push(`card type ${card.type}`);
  if (card.version !== '1.5') found.push(`version ${card.version}`);
  for (const key of Object.keys(card)) if (!cardProperties.includes(key)) found.push(`card.${key}`);
  const check = (node: Card, where: string) => {
    const allowed = schema15[node.type];
    if (!allowed) return found.push(`${where}: type ${node.type}`);
    for (const key of Object.keys(node))
      if (!allowed.includes(key)) found.push(`${where}: ${node.type}.${key}`);
    for (const child of [...(node.items ?? []), ...(node.columns ?? []), ...(node.actions ?? [])])
      check(child, `${where}/${node.type}`);
    if (node.fallback && typeof node.fallback === 'object')
      check(node.fallback, `${where}/fallback`);
    if (node.inlineAction) check(node.inlineAction, `${where}/inline`);
  };
  for (const element of card.body ?? []) check(element, 'body');
  for (const action of card.actions ?? []) check(action, 'actions');
  return found;
}

/**
 * Microsoft's own Adaptive Cards SDK, the renderer's parser, targeting schema 1.5: it reports
 * unknown element and action types and properties a 1.5 client cannot use. Loaded through its
 * DOM-free bundle, as it needs no browser to parse.
 */
const ac = createRequire(import.meta.url)('adaptivecards/dist/adaptivecards.js');
function parserEvents(card: Card): string[] {
  const context = new ac.SerializationContext(ac.Versions.v1_5);
  new ac.AdaptiveCard().parse(card, context);
  return Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
}

const bytes = (card: Card) => Buffer.byteLength(JSON.stringify(card), 'utf8');

describe('every card we render is one Teams can show', () => {
  const app = testApp();
  const anna: Actor = {
    platform: 'teams',
    userId: 'aad-anna',
    displayName: 'Anna <Andersson>',
    locale: 'sv',
  };
  const replies: Record<string, Reply> = {};
  const full = {
    organisation: 'Ö'.repeat(200),
    roleTitle: 'Å'.repeat(200),
    diet: 'ä'.repeat(1000),
    accessibility: 'ö'.repeat(1000),
    invoiceReference: 'X'.repeat(100),
  };

  beforeAll(async () => {
    const forum = String(app.demoForum().id);
    const run = (id: string, args: Record<string, unknown> = {}) =>
      app.dispatcher.run(anna, id, args);
    replies.help = await run('help');
    replies.list = await run('forum.list');
    replies.program = await run('forum.program', { forum });
    replies.form = await run('forum.signup', { forum });
    // The largest form: every field at its limit and two refused (a forged over-long diet).
    replies.formWithErrors = await run('forum.signup.submit', {
      forum,
      ...full,
      roleTitle: '',
      diet: 'ä'.repeat(5000),
    });
    replies.done = await run('forum.signup.submit', { forum, ...full, lunchDay1: 'true' });
    replies.my = await run('forum.my', { forum });
    replies.home = await run('home');
    replies.cancel = await run('forum.cancel', { forum });
    // A forged payload at the dispatcher's own bound (20,000 characters a field).
    const forged = Object.fromEntries(Object.keys(full).map((k) => [k, 'x'.repeat(20_000)]));
    replies.forged = await run('forum.signup.submit', { forum, ...forged });
  });
  afterAll(() => app.close());

  it.each([
    'help',
    'list',
    'program',
    'form',
    'formWithErrors',
    'done',
    'my',
    'home',
    'cancel',
    'forged',
  ])('%s: schema 1.5 types and properties only, well under 28 KB', (name) => {
    const card = replyCard(replies[name]!);
    expect(problems(card)).toEqual([]);
    expect(parserEvents(card)).toEqual([]);
    expect(bytes(card)).toBeLessThan(maxTeamsBytes);
  });

  it('the parser really refuses what Teams would not show', () => {
    const bad = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'Input.Rating', id: 'r' }] };
    expect(parserEvents(bad).join()).toMatch(/Unknown element type "Input.Rating"/);
  });

  it('the card that sends a person to their personal chat is valid too', () => {
    const { card } = personalChatCard(
      { platform: 'teams', conversationId: '19:x', kind: 'channel', reference: { botId: '28:b' } },
      'sv',
    );
    expect(problems(card)).toEqual([]);
    expect(parserEvents(card)).toEqual([]);
  });

  it('the sign-up form with errors is the largest card and still has room to spare', () => {
    expect(replies.formWithErrors?.kind).toBe('form');
    const largest = bytes(replyCard(replies.formWithErrors!));
    for (const name of ['help', 'list', 'program', 'form', 'done', 'my', 'home']) {
      expect(bytes(replyCard(replies[name]!))).toBeLessThanOrEqual(largest);
    }
    expect(largest).toBeLessThan(24 * 1024);
  });

  it('cuts forged values to the field limits rather than send a card Teams refuses', () => {
    const card = replyCard(replies.forged!);
    const diet = (card.body as Card[]).find((e) => e.id === 'diet');
    expect(diet?.value).toHaveLength(1000);
  });
});

describe('cards with choices, dates, times and download links are ones Teams can show', () => {
  const anna: Actor = { platform: 'teams', userId: 'aad-anna', locale: 'sv' };
  // From the door's own test commands, so one form has every kind of input.
  const inputs = testApp({ commands: testCommands().commands });
  const offer = createDownloadOffer({
    store: inputs.store,
    baseUrl: () => 'https://forumbot.example.se',
    now: () => new Date(),
  });
  const cards: Record<string, Card> = {};
  beforeAll(async () => {
    const run = (id: string, args: Record<string, unknown> = {}) =>
      inputs.dispatcher.run(anna, id, args);
    const meeting = { series: '7', room: 'aula', day: '2027-03-09', starts: '09:30' };
    cards.meetingForm = replyCard(await run('test.meeting'));
    cards.meetingRefused = replyCard(
      await run('test.meeting.save', { ...meeting, room: '', day: '2027-03-13' }),
    );
    const saved = await run('test.meeting.save', meeting);
    cards.meetingSaved = replyCard(
      saved,
      offer([calendarFile, guestListFile], { personId: null, locale: 'sv' }),
    );
  });
  afterAll(() => inputs.close());

  it.each(['meetingForm', 'meetingRefused', 'meetingSaved'])(
    '%s: choice, date, time and download links are schema 1.5 too',
    (name) => {
      const card = cards[name] as Card;
      expect(problems(card)).toEqual([]);
      expect(parserEvents(card)).toEqual([]);
      expect(bytes(card)).toBeLessThan(maxTeamsBytes);
    },
  );

  it('really holds every kind of input, their errors and the links', () => {
    const types = (card: Card) => JSON.stringify(card).match(/"(Input|Action)\.\w+"/g);
    expect(types(cards.meetingForm as Card)).toEqual(
      expect.arrayContaining(['"Input.ChoiceSet"', '"Input.Date"', '"Input.Time"', '"Input.Text"']),
    );
    expect(JSON.stringify(cards.meetingRefused)).toContain('"errorMessage":"Välj en vardag."');
    expect(types(cards.meetingSaved as Card)).toEqual(['"Action.OpenUrl"', '"Action.OpenUrl"']);
  });
});
