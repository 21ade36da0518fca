import type { Store } from '../../store/store.js';
import type { Block, View } from '../chat.js';
import { suppress } from '../figures/suppress.js';
import { type Translate, translator } from '../i18n/translate.js';
import { resultLines } from './results-text.js';
import type { Round, RoundInput } from './round.js';
import { tagLabel } from './tags.js';

/** How many of the top-ranked inputs a summary lists. */
const topShown = 5;

/** Counts per key, largest first, then by name. */
function countBy(inputs: readonly RoundInput[], keysOf: (i: RoundInput) => string[]) {
  const counts = new Map<string, number>();
  for (const input of inputs) {
    for (const key of keysOf(input)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({ key, count }))
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
 * counts, per tag, per organisation type and municipality, and the top-ranked inputs.
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
  const known = (value: string, unknown: string) => (value === '' ? unknown : value);
  section(
    t('rounds.summary.perType'),
    breakdown(
      t,
      countBy(inputs, (i) => [i.organisationType]),
      (key) => known(key, t('rounds.summary.unknownType')),
      anonymous,
    ),
  );
  section(
    t('rounds.summary.perMunicipality'),
    breakdown(
      t,
      countBy(inputs, (i) => [i.municipality]),
      (key) => known(key, t('rounds.summary.countyWide')),
      anonymous,
    ),
  );
  if (round.votingStartedAt !== null) {
    section(t('rounds.summary.top'), resultLines(t, store, round.id, topShown));
  }
  blocks.push({ kind: 'text', text: t('rounds.summary.thanks'), muted: true });
  return { blocks };
}
