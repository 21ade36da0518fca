import type { Db } from './open-database.js';

export type EvaluationRepository = ReturnType<typeof evaluationRepository>;

export function evaluationRepository(_db: Db) {
  return {};
}
