import type { Form, FormValue, Input } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { MessageKey } from '../i18n/translate.js';
import { formatDateTime, formatSpan } from '../time/format-date.js';
import type { Forum, RegistrationDetails } from './forum.js';
import { registrationOptions } from './forum.js';
import { isRegistered } from './is-registered.js';

/** Lengths people may write; the doors also tell the platform so it can stop them early. */
export const signupLimits = {
  organisation: 200,
  roleTitle: 200,
  diet: 1000,
  accessibility: 1000,
  invoiceReference: 100,
} as const;

type TextField = keyof typeof signupLimits;

export const submitSignupId = 'forum.signup.submit';

/**
 * The values the form opens with: the current registration if there is one; otherwise the
 * organisation, role and invoice reference from the person's last forum, so returning
 * participants type less. Meals start ticked, the overnight stay does not (a hotel room
 * booked by default is a room paid for and unused).
 */
export function initialValues(ctx: CommandContext, forum: Forum): Record<string, FormValue> {
  const current = ctx.store.registrations.find(forum.id, ctx.person.id);
  if (current) return { ...current } as unknown as Record<string, FormValue>;
  const last = ctx.store.registrations.latestFor(ctx.person.id);
  return {
    organisation: last?.organisation ?? '',
    roleTitle: last?.roleTitle ?? '',
    invoiceReference: last?.invoiceReference ?? '',
    diet: '',
    accessibility: '',
    lunchDay1: true,
    dinnerDay1: true,
    overnight: false,
    breakfastDay2: true,
    lunchDay2: true,
  };
}

/** The one place that says which answers a form must have; the form and the check agree. */
const isRequired = (name: TextField, forum: Forum): boolean =>
  name === 'organisation' ||
  name === 'roleTitle' ||
  // Invoices go to the organisation, so a fee needs a reference to put on them.
  (name === 'invoiceReference' && forum.feeSek > 0);

export function signupForm(
  ctx: CommandContext,
  forum: Forum,
  values: Record<string, FormValue>,
  errors?: Record<string, string>,
): Form {
  const { t, locale, timeZone } = ctx;
  const text = (name: TextField, multiline = false): Input => ({
    kind: 'text',
    name,
    label: t(`signup.field.${name}` as MessageKey),
    required: isRequired(name, forum),
    maxLength: signupLimits[name],
    multiline,
  });
  const registered = isRegistered(ctx, forum);
  const inputs: Input[] = [
    text('organisation'),
    text('roleTitle'),
    ...registrationOptions
      .filter((o) => forum.offers.includes(o))
      .map(
        (o): Input => ({ kind: 'toggle', name: o, label: t(`signup.field.${o}` as MessageKey) }),
      ),
    text('diet', true),
    text('accessibility', true),
    { ...text('invoiceReference'), hint: t('signup.hint.invoiceReference') } as Input,
  ];
  // Keep only what the form shows: a stored row carries ids and dates a door should not echo.
  const shown = Object.fromEntries(
    inputs.filter((i) => i.name in values).map((i) => [i.name, values[i.name] as FormValue]),
  );
  return {
    title: t('signup.title'),
    intro: t('signup.intro', {
      forum: forum.title,
      when: formatSpan(forum.startsAt, forum.endsAt, locale, timeZone),
      deadline: formatDateTime(forum.registrationClosesAt, locale, timeZone),
    }),
    submitLabel: t(registered ? 'button.save' : 'button.submit'),
    submitCommand: submitSignupId,
    args: { forum: String(forum.id) },
    inputs,
    values: shown,
    ...(errors ? { errors } : {}),
  };
}

/**
 * Reads a submitted form. Returns the details, or per-field messages in the person's
 * language together with what they wrote, so a refused form loses nothing.
 */
export function readSignup(
  ctx: CommandContext,
  forum: Forum,
  raw: Record<string, unknown>,
):
  | { details: RegistrationDetails }
  | { values: Record<string, FormValue>; errors: Record<string, string> } {
  const { t } = ctx;
  const errors: Record<string, string> = {};
  const texts = {} as Record<TextField, string>;
  for (const name of Object.keys(signupLimits) as TextField[]) {
    const value = typeof raw[name] === 'string' ? normaliseText(raw[name] as string) : '';
    texts[name] = value;
    if (isRequired(name, forum) && value === '') errors[name] = t('field.required');
    else if (value.length > signupLimits[name]) {
      errors[name] = t('field.tooLong', { max: signupLimits[name], length: value.length });
    }
  }
  const toggles = Object.fromEntries(
    registrationOptions.map((o) => [o, raw[o] === true || raw[o] === 'true']),
  ) as Record<(typeof registrationOptions)[number], boolean>;
  if (Object.keys(errors).length > 0) return { values: { ...texts, ...toggles }, errors };
  return { details: { ...texts, ...toggles } };
}

/** Trims, unifies line breaks and drops control characters that no form should carry. */
function normaliseText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .trim()
  );
}
