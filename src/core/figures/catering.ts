import type { CommandContext } from '../command.js';
import type { Forum, RegistrationOption } from '../forum/forum.js';
import { registrationOptions } from '../forum/forum.js';
import type { MessageKey } from '../i18n/translate.js';
import type { ForumPerson } from './forum-people.js';
import { isRegistered } from './forum-people.js';

/** A need someone wrote down: who, from where, and what. */
export interface Need {
  name: string;
  organisation: string;
  text: string;
}

export interface Catering {
  /** People with a confirmed seat: the ones catering and rooms are ordered for. */
  seated: number;
  /** How many chose each option the forum offers, in the day's order. */
  options: { option: RegistrationOption; count: number }[];
  diets: Need[];
  accessibility: Need[];
}

/** What the kitchen and the venue need to know, among those holding a seat. */
export function cateringOf(forum: Forum, people: readonly ForumPerson[]): Catering {
  const seated = people
    .filter(isRegistered)
    .map((p) => p.participant)
    .filter((p) => p !== undefined);
  const needs = (text: (r: (typeof seated)[number]['registration']) => string): Need[] =>
    seated
      .filter((p) => text(p.registration).trim() !== '')
      .map((p) => ({
        name: p.name,
        organisation: p.registration.organisation,
        text: text(p.registration).trim(),
      }));
  return {
    seated: seated.length,
    options: registrationOptions
      .filter((option) => forum.offers.includes(option))
      .map((option) => ({
        option,
        count: seated.filter((p) => p.registration[option]).length,
      })),
    diets: needs((r) => r.diet),
    accessibility: needs((r) => r.accessibility),
  };
}

/** The label of a meal or the overnight stay, as the sign-up form calls it. */
export const optionLabel = (ctx: Pick<CommandContext, 't'>, option: RegistrationOption) =>
  ctx.t(`signup.field.${option}` as MessageKey);
