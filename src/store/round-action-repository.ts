import type { Db } from './open-database.js';

export type RoundActionKind =
  | 'open'
  | 'hide'
  | 'unhide'
  | 'retag'
  | 'merge'
  | 'unmerge'
  | 'extend'
  | 'voting-start'
  | 'voting-end'
  | 'close';

export interface RoundAction {
  id: number;
  roundId: number;
  inputId: number | null;
  organisationId: number | null;
  action: RoundActionKind;
  detail: Record<string, unknown>;
  personId: number | null;
  at: string;
}

interface ActionRow {
  id: number;
  round_id: number;
  input_id: number | null;
  organisation_id: number | null;
  action: RoundActionKind;
  detail: string;
  person_id: number | null;
  at: string;
}

export type RoundActionRepository = ReturnType<typeof roundActionRepository>;

/** The record of what facilitators did to a round: who, when, what. Only ever added to. */
export function roundActionRepository(db: Db) {
  const insert = db.prepare<Record<string, unknown>>(
    `INSERT INTO round_actions (round_id, input_id, organisation_id, action, detail,
       person_id, at)
     VALUES (@roundId, @inputId, @organisationId, @action, @detail, @personId, @at)`,
  );
  const forRound = db.prepare<[number], ActionRow>(
    'SELECT * FROM round_actions WHERE round_id = ? ORDER BY id',
  );

  return {
    record: (
      action: {
        roundId: number;
        action: RoundActionKind;
        inputId?: number;
        organisationId?: number;
        detail?: Record<string, unknown>;
        personId: number | null;
      },
      at: string,
    ) => {
      insert.run({
        roundId: action.roundId,
        inputId: action.inputId ?? null,
        organisationId: action.organisationId ?? null,
        action: action.action,
        detail: JSON.stringify(action.detail ?? {}),
        personId: action.personId,
        at,
      });
    },
    listForRound: (roundId: number): RoundAction[] =>
      forRound.all(roundId).map((r) => ({
        id: r.id,
        roundId: r.round_id,
        inputId: r.input_id,
        organisationId: r.organisation_id,
        action: r.action,
        detail: JSON.parse(r.detail) as Record<string, unknown>,
        personId: r.person_id,
        at: r.at,
      })),
  };
}
