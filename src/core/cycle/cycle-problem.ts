/**
 * Why an item (or the file) could not be used. Structured rather than a sentence, so a chat
 * reply can say it in Swedish or English: the caller turns `code` and `params` into words.
 * `field` is the path in the item as written (`rule.yearly`, `leadDays[1]`), or in the file
 * (`timeZone`) when `itemId` is null and `index` is absent.
 */
export interface CycleProblem {
  /** The item's id, or null for the file itself or an item whose id cannot be read. */
  itemId: string | null;
  /** The item's position in the list it came from, when it came from a list. */
  index?: number;
  field: string;
  code: CycleProblemCode;
  params: Record<string, string | number>;
}

export const cycleProblemCodes = [
  /** The file is not JSON. `params.message`. */
  'invalid_json',
  /** `version` is not 1. `params.value`. */
  'unsupported_version',
  /** `timeZone` is not an IANA zone. `params.value`. */
  'unknown_time_zone',
  'required',
  /** `params.expected`: `string`, `number`, `object`, … */
  'invalid_type',
  /** `params.allowed`: the values that are, comma-separated. */
  'invalid_value',
  /** `params.format`: `MM-DD`, `YYYY-MM-DD`, `HH:MM`, `slug`, `email`. */
  'invalid_format',
  /** `params.minimum` (and `origin`: `number`, `string`, `array`). */
  'too_small',
  /** `params.maximum` (and `origin`). */
  'too_big',
  'unknown_field',
  /** Two items with this id; the first is kept. */
  'duplicate_id',
  /** A lead time given twice. `params.value`. */
  'duplicate_value',
  /** A date that does not exist, like 30 February. `params.value`. */
  'no_such_date',
  /** `02-29` as a yearly date: it does not exist every year. */
  'not_every_year',
  /** A quarterly day missing from one of the quarter's months. `params.day`, `params.max`. */
  'not_every_quarter',
  /** The rule names no kind. `params.allowed`. */
  'rule_missing',
  /** The rule names more than one kind. `params.kinds`. */
  'rule_ambiguous',
  /** A field that belongs to another kind of rule. `params.rule`. */
  'not_for_rule',
  /** `relativeTo` needs exactly one of `item` and `forum`; `owner` one of `role`, `email`, `channel`. `params.allowed`. */
  'exactly_one',
  /** A cron expression without five fields. `params.count`. */
  'cron_field_count',
  /** `params.part` (minute, hour, dayOfMonth, month, dayOfWeek) and `params.value`. */
  'cron_invalid',
  /** The minute or hour names several times a day. `params.part`, `params.value`. */
  'cron_needs_one_time',
  /** The expression can never fire (`0 9 30 2 *`). */
  'cron_never',
  /** Relative to an item that does not exist. `params.item`. */
  'unknown_item',
  /** Relative to an item that has a problem of its own, so it is left out. `params.item`. */
  'base_item_invalid',
  /** Items relative to each other in a circle. `params.path`: `a → b → a`. */
  'relative_cycle',
  /** Anything else zod reports. `params.message` (English). */
  'invalid',
] as const;

export type CycleProblemCode = (typeof cycleProblemCodes)[number];

/** One line in English for logs: `item "report" rule.yearly: no_such_date (value=02-30)`. */
export function describeCycleProblem(problem: CycleProblem): string {
  const who =
    problem.itemId !== null
      ? `item "${problem.itemId}"`
      : problem.index !== undefined
        ? `item #${problem.index + 1}`
        : 'cycle file';
  const params = Object.entries(problem.params)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
  const where = problem.field ? ` ${problem.field}` : '';
  return `${who}${where}: ${problem.code}${params ? ` (${params})` : ''}`;
}
