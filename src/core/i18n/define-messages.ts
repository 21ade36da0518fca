/**
 * A capability's strings in both languages. The type makes the English keys the same as the
 * Swedish ones, so a missing translation is a type error, not a blank in production.
 */
export const defineMessages = <K extends string>(
  sv: Record<K, string>,
  en: Record<NoInfer<K>, string>,
) => ({ sv, en });
