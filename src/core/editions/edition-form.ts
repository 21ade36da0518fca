import type { Form, FormValue, Input } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { Forum } from '../forum/forum.js';
import { registrationOptions } from '../forum/forum.js';
import { forumToFile } from '../forum/forum-file.js';
import type { MessageKey } from '../i18n/translate.js';
import { agendaToText } from './agenda-text.js';

export const saveEditionId = 'editions.save';

/** Lengths a coordinator may write; the doors also tell the platform so it can stop them early. */
export const editionLimits = {
  title: 150,
  slug: 80,
  venue: 300,
  capacity: 20,
  feeSek: 20,
  // Slack's text inputs hold at most 3,000 characters; the demo's programme needs about 800.
  agenda: 3000,
  practicalInfo: 3000,
} as const;

export type EditionTextField = keyof typeof editionLimits;
export const editionDateFields = ['startDate', 'endDate', 'opensDate', 'closesDate'] as const;
export const editionTimeFields = ['startTime', 'endTime', 'closesTime'] as const;

/** The one place that says which answers the form must have; the form and the check agree. */
export const requiredFields: ReadonlySet<string> = new Set([
  'title',
  'venue',
  'capacity',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'closesDate',
  'closesTime',
]);

const hints: Partial<Record<EditionTextField, MessageKey>> = {
  slug: 'editions.hint.slug',
  capacity: 'editions.hint.capacity',
  feeSek: 'editions.hint.feeSek',
  agenda: 'editions.hint.agenda',
  practicalInfo: 'editions.hint.practicalInfo',
};

/**
 * A new forum starts lunch to lunch, with every meal and the overnight stay offered and
 * registration closing at the end of its day: what Framtidsforum has always been.
 */
export function newEditionValues(): Record<string, FormValue> {
  return {
    startTime: '12:00',
    endTime: '13:00',
    closesTime: '23:59',
    feeSek: '0',
    ...Object.fromEntries(registrationOptions.map((o) => [o, true])),
  };
}

/** A stored forum as the form shows it: its instants as local dates and times. */
export function editionValues(ctx: CommandContext, forum: Forum): Record<string, FormValue> {
  const file = forumToFile(forum, ctx.timeZone);
  const [startDate = '', startTime = ''] = file.startsAt.split('T');
  const [endDate = '', endTime = ''] = file.endsAt.split('T');
  const [closesDate = '', closesTime = ''] = file.registrationClosesAt.split('T');
  return {
    title: file.title,
    slug: file.slug,
    venue: file.venue,
    startDate,
    startTime,
    endDate,
    endTime,
    opensDate: file.registrationOpensAt?.slice(0, 10) ?? '',
    closesDate,
    closesTime,
    capacity: String(file.capacity),
    feeSek: String(file.feeSek),
    ...Object.fromEntries(registrationOptions.map((o) => [o, file.offers.includes(o)])),
    agenda: agendaToText(forum.agenda, startDate, ctx.timeZone, ctx.locale),
    practicalInfo: file.practicalInfo,
  };
}

/**
 * The coordinators' forum form, for a new forum (`forum` undefined) or for changing one.
 * After a refused submit it comes back with what was typed and a message per field.
 */
export function editionForm(
  ctx: CommandContext,
  forum: Forum | undefined,
  values: Record<string, FormValue>,
  errors?: Record<string, string>,
): Form {
  const { t } = ctx;
  const label = (name: string) => t(`editions.field.${name}` as MessageKey);
  const text = (name: EditionTextField, multiline = false): Input => {
    const hint = hints[name];
    return {
      kind: 'text',
      name,
      label: label(name),
      required: requiredFields.has(name),
      maxLength: editionLimits[name],
      ...(multiline ? { multiline } : {}),
      ...(hint ? { hint: t(hint) } : {}),
    };
  };
  const date = (name: string): Input => ({
    kind: 'date',
    name,
    label: label(name),
    required: requiredFields.has(name),
  });
  const time = (name: string): Input => ({
    kind: 'time',
    name,
    label: label(name),
    required: requiredFields.has(name),
  });
  const inputs: Input[] = [
    text('title'),
    text('slug'),
    text('venue'),
    date('startDate'),
    time('startTime'),
    date('endDate'),
    time('endTime'),
    date('opensDate'),
    date('closesDate'),
    time('closesTime'),
    text('capacity'),
    text('feeSek'),
    ...registrationOptions.map((o): Input => ({ kind: 'toggle', name: o, label: label(o) })),
    text('agenda', true),
    text('practicalInfo', true),
  ];
  const shown = Object.fromEntries(
    inputs.filter((i) => i.name in values).map((i) => [i.name, values[i.name] as FormValue]),
  );
  const zone = ctx.timeZone;
  return {
    title: t(forum ? 'editions.form.editTitle' : 'editions.form.newTitle'),
    intro: forum
      ? t('editions.form.editIntro', {
          forum: forum.title,
          zone,
          taken: ctx.store.registrations.countHeld(forum.id),
        })
      : t('editions.form.newIntro', { zone }),
    submitLabel: t(forum ? 'editions.button.save' : 'editions.button.create'),
    submitCommand: saveEditionId,
    args: forum ? { forum: String(forum.id) } : {},
    inputs,
    values: shown,
    ...(errors ? { errors } : {}),
  };
}
