import type { CommandContext } from '../command.js';
import { formatDateTime } from '../time/format-date.js';
import { exportedInputs, inputDetails } from './export-tables.js';
import { ranked } from './ranking.js';
import { numbersOf } from './results-text.js';
import type { Round, RoundInput } from './round.js';
import { closedTime } from './round-access.js';
import { kindLabel } from './round-view.js';
import { tagLabel } from './tags.js';

type Ctx = Pick<CommandContext, 't' | 'store' | 'locale' | 'timeZone'>;

/**
 * Escapes a person's text for Markdown: every punctuation character that could start
 * emphasis, a link, an image, a heading, a list, a table cell or HTML is backslash-escaped,
 * so `[klicka](https://…)` and `<script>` come out as the characters written. Line breaks
 * stay, indented so they remain in the list item they belong to.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&"]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`))
    .replace(/\n/g, '  \n  ');
}

/**
 * The round as a Markdown document: what was asked, every visible input with its tags,
 * organisation, municipality, person and time as far as the round's anonymity allows (see
 * inputDetails), the count per tag and the ranked list. For reading, and for pasting into a
 * report.
 */
export function writeMarkdown(ctx: Ctx, round: Round): string {
  const { t, store } = ctx;
  const when = (at: string) => formatDateTime(at, ctx.locale, ctx.timeZone);
  const lines: string[] = [
    `# ${t(kindLabel(round))}: ${escapeMarkdown(round.title)}`,
    '',
    `- ${t('rounds.export.md.period', { opens: when(round.opensAt), closes: when(closedTime(store, round)) })}`,
    `- ${t('rounds.manage.anonymity')}: ${t(`rounds.anonymity.${round.anonymity}`)}`,
    ...(round.audience
      ? [`- ${t('rounds.view.audience', { audience: escapeMarkdown(round.audience) })}`]
      : []),
    ...(round.area ? [`- ${t('rounds.view.area', { area: escapeMarkdown(round.area) })}`] : []),
  ];
  const counts = store.roundInputs.counts(round.id);
  lines.push(
    `- ${t('rounds.summary.counts', { inputs: counts.inputs, participants: counts.participants })}`,
  );
  const inputs = exportedInputs(ctx, round).filter((i) => i.status === 'active');
  const prompts = store.rounds.prompts(round.id);
  const item = (i: RoundInput) => {
    const details = inputDetails(ctx, round, i);
    const about = [
      i.tags.map((id) => tagLabel(id, ctx.locale)).join(', '),
      details.organisation,
      details.organisationType,
      details.municipality,
      details.person,
      details.time,
    ]
      .filter((part) => part !== '')
      .map(escapeMarkdown)
      .join(' · ');
    const link = i.documentUrl
      ? `  \n  ${t('rounds.inputs.document', { url: `<${encodeURI(i.documentUrl)}>` })}`
      : '';
    return `- **#${i.number}** ${escapeMarkdown(i.text)}${link}  \n  _${about}_`;
  };
  for (const prompt of prompts) {
    lines.push('', `## ${prompt.position}. ${escapeMarkdown(prompt.text)}`, '');
    const answers = inputs.filter((i) => i.promptId === prompt.id);
    lines.push(...(answers.length > 0 ? answers.map(item) : [`_${t('rounds.inputs.none')}_`]));
  }
  const loose = inputs.filter((i) => !prompts.some((p) => p.id === i.promptId));
  if (loose.length > 0) {
    lines.push(
      '',
      `## ${t(round.kind === 'remiss' ? 'rounds.export.md.answers' : 'rounds.export.md.other')}`,
      '',
    );
    lines.push(...loose.map(item));
  }
  lines.push(
    '',
    `## ${t('rounds.summary.perTag')}`,
    '',
    `| ${t('rounds.export.column.tag')} | ${t('rounds.export.column.count')} |`,
    '|---|---:|',
  );
  for (const id of round.tags) {
    lines.push(
      `| ${escapeMarkdown(tagLabel(id, ctx.locale))} | ${inputs.filter((i) => i.tags.includes(id)).length} |`,
    );
  }
  lines.push(
    `| ${t('rounds.export.untagged')} | ${inputs.filter((i) => i.tags.length === 0).length} |`,
  );
  if (round.votingStartedAt !== null) {
    const results = ranked(store, round.id, inputs).filter(({ candidate }) => candidate.votes > 0);
    lines.push('', `## ${t('rounds.export.sheet.ranking')}`, '');
    // A bullet with the rank in bold: an ordered list would be renumbered, losing shared ranks.
    for (const { rank, candidate } of results) {
      const votes = t('rounds.export.md.votes', { votes: candidate.votes });
      lines.push(
        `- **${rank}.** ${escapeMarkdown(`${numbersOf(candidate)} ${candidate.text}`)} – ${votes}`,
      );
    }
    if (results.length === 0) lines.push(t('rounds.results.none'));
  }
  return `${lines.join('\n')}\n`;
}
