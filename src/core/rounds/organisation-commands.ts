import { z } from 'zod';
import type { Reply } from '../chat.js';
import { formReply, message } from '../chat.js';
import { type CommandContext, defineCommand } from '../command.js';
import { UserError } from '../errors.js';
import { type ListProblem, readOrganisationList } from './read-organisation-list.js';
import { addOrganisations } from './remiss-organisations.js';
import type { Round } from './round.js';
import { managedRound, phaseOf, roundArgs } from './round-access.js';
import { roundFormLimits } from './round-form.js';
import { queueLiveEdit } from './round-message.js';

const maxFileBytes = 2 * 1024 * 1024;

/** A remiss that can still take organisations: not closed. */
function openRemiss(ctx: CommandContext, id: string): Round {
  const round = managedRound(ctx, id);
  if (round.kind !== 'remiss') throw new UserError('rounds.orgs.notRemiss');
  if (phaseOf(ctx.store, round, ctx.now) === 'closed') throw new UserError('rounds.orgs.closed');
  return round;
}

function organisationsForm(ctx: CommandContext, round: Round, text: string, error?: string): Reply {
  const { t } = ctx;
  return formReply({
    title: t('rounds.orgs.title'),
    intro: t('rounds.orgs.intro', { title: round.title }),
    submitLabel: t('rounds.orgs.submit'),
    submitCommand: 'rounds.orgs.submit',
    args: { round: String(round.id) },
    inputs: [
      {
        kind: 'text',
        name: 'organisations',
        label: t('rounds.form.field.organisations'),
        required: true,
        maxLength: roundFormLimits.organisations,
        multiline: true,
        hint: t('rounds.form.hint.organisations'),
      },
    ],
    values: { organisations: text },
    ...(error ? { errors: { organisations: error } } : {}),
  });
}

const problemLines = (ctx: CommandContext, problems: readonly ListProblem[]) =>
  problems.map((p) =>
    ctx.t('rounds.orgs.problemLine', { line: p.line, problem: ctx.t(p.key, p.params) }),
  );

/** Stores the rows, queues the contacts' invitations, and says what happened. */
function store(
  ctx: CommandContext,
  round: Round,
  rows: Parameters<typeof addOrganisations>[2],
): Reply {
  const { t } = ctx;
  const result = ctx.store.transaction(() => {
    const result = addOrganisations(ctx.store, round, rows, ctx.timeZone, ctx.now);
    queueLiveEdit(ctx.store, round.id, ctx.timeZone, ctx.now);
    return result;
  });
  ctx.wakeCourier();
  return message(
    { kind: 'text', text: t('rounds.orgs.saved', result) },
    {
      kind: 'actions',
      buttons: [
        {
          label: t('rounds.button.status'),
          command: 'rounds.status',
          args: { round: String(round.id) },
        },
      ],
    },
  );
}

/** "Lägg till organisationer": rows pasted from a spreadsheet, or typed with `;`. */
export const organisationsCommand = defineCommand({
  id: 'rounds.orgs',
  args: roundArgs,
  run(ctx, args) {
    return organisationsForm(ctx, openRemiss(ctx, args.round), '');
  },
});

/** All or nothing from the form: a bad row brings the list back, each problem by line. */
export const submitOrganisationsCommand = defineCommand({
  id: 'rounds.orgs.submit',
  args: roundArgs.extend({ organisations: z.string().max(20_000).default('') }),
  run(ctx, args) {
    const { t } = ctx;
    const round = openRemiss(ctx, args.round);
    const text = args.organisations;
    if (text.trim() === '') return organisationsForm(ctx, round, text, t('field.required'));
    if (text.length > roundFormLimits.organisations) {
      return organisationsForm(
        ctx,
        round,
        text,
        t('field.tooLong', { max: roundFormLimits.organisations, length: text.length }),
      );
    }
    const read = readOrganisationList(text);
    if (read.problems.length > 0) {
      return organisationsForm(
        ctx,
        round,
        text,
        problemLines(ctx, read.problems).slice(0, 8).join('\n'),
      );
    }
    return store(ctx, round, read.rows);
  },
});

/**
 * A remiss list as a CSV file, as guest lists come: the good rows are stored and each bad one
 * is listed by line. A door hands a file here when its caption names the round
 * ("remiss 3"); the guest-list import keeps every other CSV file.
 */
export const organisationsFileCommand = defineCommand({
  id: 'rounds.orgs.file',
  args: roundArgs.extend({ name: z.string().max(300), base64: z.string().max(4 * maxFileBytes) }),
  personal: true,
  run(ctx, args) {
    const { t } = ctx;
    const round = openRemiss(ctx, args.round);
    const bytes = new Uint8Array(Buffer.from(args.base64, 'base64'));
    if (bytes.length > maxFileBytes) throw new UserError('rounds.orgs.tooBig');
    const read = readOrganisationList(bytes);
    if (read.rows.length === 0) {
      return {
        ...message(
          { kind: 'text', text: t('rounds.orgs.nothing', { name: args.name.slice(0, 100) }) },
          ...(read.problems.length > 0
            ? [
                {
                  kind: 'text' as const,
                  text: problemLines(ctx, read.problems).slice(0, 30).join('\n'),
                },
              ]
            : []),
        ),
        outcome: 'refused',
      };
    }
    const reply = store(ctx, round, read.rows);
    if (read.problems.length === 0 || reply.kind !== 'message') return reply;
    return {
      ...reply,
      view: {
        blocks: [
          ...reply.view.blocks,
          { kind: 'text', text: t('rounds.orgs.skipped', { count: read.problems.length }) },
          { kind: 'text', text: problemLines(ctx, read.problems).slice(0, 30).join('\n') },
        ],
      },
    };
  },
});
