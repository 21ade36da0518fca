import type { z } from 'zod';
import type { CycleProblem, CycleProblemCode } from './cycle-problem.js';

type Issue = z.core.$ZodIssue;
type Where = { itemId: string | null; index?: number };

/** `['rule', 'yearly', 1]` → `rule.yearly[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const isShapeMismatch = (issue: Issue) =>
  issue.path.length === 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_value');

/**
 * Turns zod's issues into problems a person can act on: a missing field is `required`, a
 * failed union reports the branch that had the right shape (a `yearly` given as a string is
 * checked as a date, not also as a list), and our own checks carry their code in `params`.
 */
export function problemsFromZod(
  issues: readonly Issue[],
  input: unknown,
  where: Where,
  prefix: readonly PropertyKey[] = [],
): CycleProblem[] {
  return issues.flatMap((issue) => fromIssue(issue, input, where, prefix));
}

function fromIssue(
  issue: Issue,
  input: unknown,
  where: Where,
  prefix: readonly PropertyKey[],
): CycleProblem[] {
  const path = [...prefix, ...issue.path];
  const make = (code: CycleProblemCode, params: CycleProblem['params'] = {}, at = path) => [
    { ...where, field: fieldPath(at), code, params },
  ];
  const missing =
    issue.code === 'invalid_type' ||
    issue.code === 'invalid_value' ||
    issue.code === 'invalid_union';
  if (missing && valueAt(input, path) === undefined) return make('required');
  switch (issue.code) {
    case 'invalid_type':
      return make('invalid_type', { expected: issue.expected });
    case 'invalid_union': {
      const fitting = issue.errors.filter((branch) => !branch.every(isShapeMismatch));
      if (fitting.length === 1) {
        return problemsFromZod(fitting[0] as Issue[], input, where, path);
      }
      const expected = issue.errors.flatMap((branch) =>
        branch.map((i) =>
          i.code === 'invalid_type'
            ? i.expected
            : i.code === 'invalid_value'
              ? i.values.join(' | ')
              : '',
        ),
      );
      return make('invalid_type', { expected: [...new Set(expected)].filter(Boolean).join(' | ') });
    }
    case 'invalid_value':
      return make('invalid_value', { allowed: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return make('invalid_format', { format: issue.format });
    case 'too_small':
      return make('too_small', { minimum: Number(issue.minimum), origin: issue.origin });
    case 'too_big':
      return make('too_big', { maximum: Number(issue.maximum), origin: issue.origin });
    case 'unrecognized_keys':
      return issue.keys.flatMap((key) => make('unknown_field', {}, [...path, key]));
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as { code?: CycleProblemCode };
      if (code) return make(code, params as CycleProblem['params']);
      return make('invalid', { message: issue.message });
    }
    default:
      return make('invalid', { message: issue.message });
  }
}
