import { translator } from '../../../src/core/i18n/translate.js';
import type { Round } from '../../../src/core/rounds/round.js';
import { rusTags } from '../../../src/core/rounds/tags.js';
import { defaultSettings, type Settings } from '../../../src/core/settings.js';
import { testApp } from '../../helpers/test-store.js';
import { readZip } from '../../manifests/read-zip.js';

export { background, exportedCsv, exportedWorkbook } from '../season/season-fixture.js';

/**
 * What the consultation-round stories of the three doors share: a database of its own with
 * every command and job, the facilitator an admin by configuration (or a facilitator by a
 * role granted in the store), the rounds' words and people, and ways to read what the bot
 * sent and exported. The clock stands at Sunday 22 November 2026 10.00 in Stockholm; a
 * workshop's form closes it at 17.00 that day, a dialogue's two weeks later.
 */

export const sv = translator('sv');

/** Our `*emphasis*` as Adaptive Card markdown writes it (Slack keeps it as it is). */
export const bold = (text: string) => text.replace(/\*([^*\n]+)\*/g, '**$1**');

/** The words of the three rounds. */
export const workshop = {
  title: 'Framtidens kompetens',
  prompt: 'Vad behöver länet mest?',
  /** The three tags this workshop offers; the form comes with all eleven ticked. */
  tags: ['stark-konkurrenskraft', 'inkludering', 'gron-omstallning'],
  replies: [
    'Fler yrkesutbildningar i norra länsdelen',
    'Bättre pendling mellan Lindesberg och Örebro',
  ],
  byForm: 'Praktikplatser i alla kommuner',
} as const;

export const dialogue = {
  title: 'RUS-dialog Norra länsdelen',
  prompts: ['Vad fungerar bra här?', 'Vad saknas?'],
  area: 'Norra länsdelen',
  audience: 'Kommunerna och näringslivet i norr',
  /** Sunday 6 December 2026 23.59, the form's default for a dialogue opened today. */
  closesAt: '2026-12-06T22:59:00.000Z',
  /** A minute after it closed: the clock's tick closes it then. */
  afterClose: '2026-12-06T23:00:00Z',
} as const;

export const remiss = {
  title: 'Remiss RUS 2027',
  prompts: ['Vad tycker ni om förslaget?', 'Vad saknas?'],
} as const;

/** A remiss's organisations as a facilitator pastes them from Excel: tab-separated, headed. */
export function organisationList(contacts: { kumla: string; oru: string; lrf: string }): string {
  return [
    ['Organisation', 'Organisationstyp', 'Kommun', 'E-post', 'Kontaktperson'],
    ['Kumla kommun', 'Kommun', 'Kumla', contacts.kumla, 'Kim Kumla'],
    ['Örebro universitet', 'Universitet', '', contacts.oru, 'Uno Universitet'],
    ['LRF Mälardalen', 'Intresseorganisation', '', contacts.lrf, 'Lisa Lantbruk'],
  ]
    .map((row) => row.join('\t'))
    .join('\n');
}

/** A tag's toggle in the forms, by the tag's id. */
export const tagName = (id: string) => `tag_${id}`;

/**
 * The round form's tag toggles with only `ticked` on: the form comes with every tag of the
 * strategy ticked, and a facilitator narrows them down to what the round is about.
 */
export const onlyTags = (ticked: readonly string[]): Record<string, boolean> =>
  Object.fromEntries(rusTags().map((tag) => [tagName(tag.id), ticked.includes(tag.id)]));

/**
 * A database of its own (with the demo forum: the Teams harness looks it up as it starts) in
 * which `facilitatorEmail` is an admin by configuration, or holds only the facilitator role
 * granted in the store when `byRole` is set.
 */
export function roundsApp(facilitatorEmail: string, options: { byRole?: boolean } = {}) {
  const admins = options.byRole ? [] : [facilitatorEmail];
  const app = testApp({ settings: { admins } });
  if (options.byRole) {
    const at = app.clock.now().toISOString();
    const person = app.store.people.create(
      { email: facilitatorEmail, displayName: null, locale: 'sv' },
      at,
    );
    app.store.roles.grant(person.id, 'facilitator', null, at);
  }
  const settings: Settings = { ...defaultSettings, admins };
  return { app, settings };
}

export type RoundsDoorApp = ReturnType<typeof roundsApp>['app'];

/** The round opened last. */
export function lastRound(app: RoundsDoorApp): Round {
  const rounds = app.store.rounds.listUnclosed();
  const round = rounds.at(-1);
  if (!round) throw new Error('no round is open');
  return round;
}

/** The words in an exported file: CSV and Markdown as text, a workbook's XML parts. */
export function wordsIn(name: string, content: Uint8Array | Buffer): string {
  const bytes = Buffer.from(content);
  if (!name.endsWith('.xlsx')) return bytes.toString('utf8');
  return readZip(bytes)
    .map((part) => part.data.toString('utf8'))
    .join('\n');
}

/** Texts an author's identity could show up as: name, e-mail, and user id in the platform. */
export function traces(people: readonly { name: string; email: string; id: string }[]): string[] {
  return people.flatMap((p) => [p.name, p.email, p.id, p.name.split(' ')[0] as string]);
}
