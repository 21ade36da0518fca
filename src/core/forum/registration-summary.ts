import type { Block } from '../chat.js';
import type { CommandContext } from '../command.js';
import type { MessageKey } from '../i18n/translate.js';
import type { Forum, Registration } from './forum.js';
import { registrationOptions } from './forum.js';

/** What a person has registered, to check at a glance after every change. */
export function registrationSummary(ctx: CommandContext, forum: Forum, r: Registration): Block {
  const { t } = ctx;
  const meals = registrationOptions
    .filter((o) => o !== 'overnight' && forum.offers.includes(o) && r[o])
    .map((o) => t(`signup.field.${o}` as MessageKey));
  const orEmpty = (s: string) => s || t('my.empty');
  const fields = [
    { label: t('signup.field.organisation'), value: r.organisation },
    { label: t('signup.field.roleTitle'), value: r.roleTitle },
    { label: t('my.meals'), value: meals.length ? meals.join(', ') : t('my.mealsNone') },
  ];
  if (forum.offers.includes('overnight')) {
    fields.push({ label: t('signup.field.overnight'), value: t(r.overnight ? 'my.yes' : 'my.no') });
  }
  fields.push(
    { label: t('signup.field.diet'), value: orEmpty(r.diet) },
    { label: t('signup.field.accessibility'), value: orEmpty(r.accessibility) },
    { label: t('signup.field.invoiceReference'), value: orEmpty(r.invoiceReference) },
  );
  return { kind: 'fields', fields };
}
