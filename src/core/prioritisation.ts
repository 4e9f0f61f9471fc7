/**
 * Prioritising a use-case table, decided in memory: which rows are scored, which are skipped and why, which are
 * empty, and the order they end in (ranked rows, then skipped rows in their order, then empty rows).
 */
import { Language } from './language';
import { MESSAGES } from './messages';
import {
  Priority,
  Quadrant,
  RankedInput,
  RatingProblem,
  Weights,
  comparePriority,
  parseRating,
  prioritise,
} from './priority';
import { isBlank } from './table';
import { tidy } from './text';
import {
  COMPUTED_COLUMNS,
  ComputedColumn,
  QUADRANT_LABELS,
  RATING_COLUMNS,
  RatingColumn,
  USE_CASE_HEADERS,
  UseCaseColumn,
} from './vocabulary';

/** The table's rows (its columns only) and where each header sits among them. */
export interface UseCaseTable {
  rows: readonly (readonly unknown[])[];
  columns: Partial<Record<UseCaseColumn, number>> & Record<RatingColumn | 'useCase' | ComputedColumn, number>;
}

export interface RatingError {
  column: RatingColumn;
  value: unknown;
  problem: RatingProblem;
}

export type RowOutcome =
  | { kind: 'scored'; order: number; id: string; useCase: string; priority: Priority; difficulty: number; rank: number }
  | { kind: 'skipped'; order: number; id: string; useCase: string; errors: RatingError[] }
  | { kind: 'empty'; order: number };

export interface PrioritisationPlan {
  /** One outcome per row, in the table's current order. */
  outcomes: RowOutcome[];
  /** Row positions (0-based, current order) in the order they must end in. */
  finalOrder: number[];
}

export function planPrioritisation(table: UseCaseTable, weights: Weights): PrioritisationPlan {
  const computed = new Set<number>(COMPUTED_COLUMNS.map((c) => table.columns[c]));
  const outcomes: RowOutcome[] = table.rows.map((row, order) => {
    // Stale Score/Rank/Quadrant values alone do not make a row a use case.
    if (row.every((cell, c) => computed.has(c) || isBlank(cell))) return { kind: 'empty', order };
    const id = table.columns.id === undefined ? '' : tidy(row[table.columns.id]);
    const useCase = tidy(row[table.columns.useCase]);
    const parsed = RATING_COLUMNS.map((column) => ({
      column,
      value: row[table.columns[column]],
      result: parseRating(row[table.columns[column]]),
    }));
    const errors: RatingError[] = [];
    for (const p of parsed)
      if (!p.result.ok) errors.push({ column: p.column, value: p.value, problem: p.result.problem });
    if (errors.length) return { kind: 'skipped', order, id, useCase, errors };
    const [business, customer, difficulty] = parsed.map((p) => (p.result.ok ? p.result.value : NaN));
    return {
      kind: 'scored',
      order,
      id,
      useCase,
      priority: prioritise({ business, customer, difficulty }, weights),
      difficulty,
      rank: 0,
    };
  });
  const scored = outcomes.filter((o): o is Extract<RowOutcome, { kind: 'scored' }> => o.kind === 'scored');
  // Each row's sort key is built once: building it inside the comparator costs seconds at 100,000 rows.
  // The key is a flat literal of four numbers, one shape for all rows, which keeps the comparator fast.
  const keyed = scored.map((o) => {
    const key: RankedInput = {
      score: o.priority.score,
      value: o.priority.value,
      difficulty: o.difficulty,
      order: o.order,
    };
    return { outcome: o, key };
  });
  keyed.sort((a, b) => comparePriority(a.key, b.key));
  const ranked = keyed.map((k) => k.outcome);
  ranked.forEach((o, i) => {
    o.rank = i + 1;
  });
  const finalOrder = [
    ...ranked.map((o) => o.order),
    ...outcomes.filter((o) => o.kind === 'skipped').map((o) => o.order),
    ...outcomes.filter((o) => o.kind === 'empty').map((o) => o.order),
  ];
  return { outcomes, finalOrder };
}

/** The Score, Rank and Quadrant cells of each row once sorted: values for scored rows, empty for the others. */
export function computedCells(plan: PrioritisationPlan, language: Language): Record<ComputedColumn, string | number>[] {
  return plan.finalOrder.map((index) => {
    const outcome = plan.outcomes[index];
    if (outcome.kind !== 'scored') return { score: '', rank: '', quadrant: '' };
    return {
      score: outcome.priority.score,
      rank: outcome.rank,
      quadrant: QUADRANT_LABELS[outcome.priority.quadrant][language],
    };
  });
}

/** How a wrong rating is shown: dates as dates, everything else as typed. */
function shown(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function ratingErrorSentence(error: RatingError, language: Language): string {
  const label = USE_CASE_HEADERS[error.column][language];
  return MESSAGES.ratingProblem[language](label, shown(error.value), error.problem);
}

export function quadrantLabel(quadrant: Quadrant, language: Language): string {
  return QUADRANT_LABELS[quadrant][language];
}
