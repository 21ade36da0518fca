import type { Store } from '../../store/store.js';
import type { Block, View } from '../chat.js';
import { suppress } from '../figures/suppress.js';
import { type Translate, translator } from '../i18n/translate.js';
import { resultLines } from './results-text.js';
import type { Round, RoundInput } from './round.js';
import { tagLabel } from './tags.js';

/** How many of the top-ranked inputs a summary lists. */
const topShown = 5;

/**
 * Counts per key, largest first, then by name. Each input counts once under each of its keys,
 * or with `who` each distinct author once (however many inputs they gave).
 */
function countBy(
  inputs: readonly RoundInput[],
  keysOf: (i: RoundInput) => string[],
  who: (i: RoundInput) => string = (i) => String(i.id),
) {
  const members = new Map<string, Set<string>>();
  for (const input of inputs) {
    for (const key of keysOf(input)) {
      const set = members.get(key) ?? new Set<string>();
      members.set(key, set.add(who(input)));
    }
  }
  return [...members]
    .map(([key, set]) => ({ key, count: set.size }))
    .sort(
      (a, b) =>
        b.count - a.count ||
        // The unknown group (no type, no municipality) goes last among equals.
        Number(a.key === '') - Number(b.key === '') ||
        a.key.localeCompare(b.key, 'sv'),
    );
}

/**
 * Lines "Kumla: 12" for a breakdown. In an anonymous round, groups under five are withheld
 * (as participation figures are), so an organisation type or a municipality with one
 * participant does not point at them.
 */
function breakdown(
  t: Translate,
  groups: { key: string; count: number }[],
  name: (key: string) => string,
  anonymous: boolean,
): string[] {
  // Nothing known about anyone (no guest list): no breakdown rather than one "unknown" line.
  if (groups.every((g) => g.key === '')) return [];
  if (!anonymous) return groups.map((g) => `${name(g.key)}: ${g.count}`);
  return suppress(groups).groups.map((g) => {
    const value =
      g.count !== null
        ? String(g.count)
        : t(g.withheld === 'secondary' ? 'rounds.summary.notShown' : 'rounds.summary.fewerThan5');
    return `${name(g.key)}: ${value}`;
  });
}

/**
 * The summary posted in the round's conversation when it closes, in the round's language:
 * counts, per tag, per organisation type and municipality (in an anonymous round, the
 * distinct participants in each, small groups withheld), and the top-ranked inputs.
 */
export function summaryView(store: Store, round: Round): View {
  const t = translator(round.locale);
  const inputs = store.roundInputs.listForRound(round.id).filter((i) => i.status === 'active');
  const counts = store.roundInputs.counts(round.id);
  const anonymous = round.anonymity === 'anonymous';
  const blocks: Block[] = [
    { kind: 'heading', text: t('rounds.summary.title', { title: round.title }) },
    {
      kind: 'text',
      text:
        round.kind === 'remiss'
          ? t('rounds.summary.remissCounts', {
              answered: counts.inputs,
              invited: store.roundOrganisations.listForRound(round.id).length,
            })
          : t('rounds.summary.counts', {
              inputs: counts.inputs,
              participants: counts.participants,
            }),
    },
  ];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) blocks.push({ kind: 'text', text: [`*${title}*`, ...lines].join('\n') });
  };
  const untagged = inputs.filter((i) => i.tags.length === 0).length;
  section(t('rounds.summary.perTag'), [
    ...countBy(inputs, (i) => i.tags).map((g) => `${tagLabel(g.key, round.locale)}: ${g.count}`),
    ...(untagged > 0 && inputs.length > untagged
      ? [t('rounds.summary.untagged', { count: untagged })]
      : []),
  ]);
  // In an anonymous round a group is people, not inputs: five inputs from one person in a
  // municipality must not pass for five people, and the withholding is about people.
  const who = anonymous ? (i: RoundInput) => i.authorKey : undefined;
  const groups = [
    {
      title: anonymous ? 'rounds.summary.perTypePeople' : 'rounds.summary.perType',
      key: (i: RoundInput) => i.organisationType,
      unknown: t('rounds.summary.unknownType'),
    },
    {
      title: anonymous ? 'rounds.summary.perMunicipalityPeople' : 'rounds.summary.perMunicipality',
      key: (i: RoundInput) => i.municipality,
      unknown: t('rounds.summary.countyWide'),
    },
  ] as const;
  for (const group of groups) {
    section(
      t(group.title),
      breakdown(
        t,
        countBy(inputs, (i) => [group.key(i)], who),
        (key) => (key === '' ? group.unknown : key),
        anonymous,
      ),
    );
  }
  if (round.votingStartedAt !== null) {
    section(t('rounds.summary.top'), resultLines(t, store, round.id, topShown, inputs));
  }
  blocks.push({ kind: 'text', text: t('rounds.summary.thanks'), muted: true });
  return { blocks };
}
