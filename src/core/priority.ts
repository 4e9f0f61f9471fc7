/**
 * The priority rule. Each use case is rated from 1 to 5 on business impact B, customer-experience impact C and
 * difficulty D.
 *   value    V = (wB·B + wC·C) / (wB + wC)                       (weights default to 1 and 1)
 *   score      = round(4 · V · (6 − D)), halves up               (4: no value, hardest … 100: most value, easiest)
 *   quadrant   = V ≥ 3 and D ≤ 3 → quick win;  V ≥ 3 and D > 3 → major project;
 *                V < 3 and D ≤ 3 → fill-in;    V < 3 and D > 3 → money pit
 *   rank       = 1, 2, 3… by score descending, then V descending, then D ascending, then the rows' order.
 */
export interface Weights {
  business: number;
  customer: number;
}

export const DEFAULT_WEIGHTS: Weights = { business: 1, customer: 1 };

export type Quadrant = 'quickWin' | 'majorProject' | 'fillIn' | 'moneyPit';

export interface Ratings {
  business: number;
  customer: number;
  difficulty: number;
}

export interface Priority {
  value: number;
  score: number;
  quadrant: Quadrant;
}

/** Floating point makes 4 · 3.125 · 4 come out a hair under 50.5; this keeps halves and boundaries exact. */
const EPSILON = 1e-9;

export function priorityValue(ratings: Ratings, weights: Weights = DEFAULT_WEIGHTS): number {
  return (
    (weights.business * ratings.business + weights.customer * ratings.customer) / (weights.business + weights.customer)
  );
}

export function priorityScore(value: number, difficulty: number): number {
  return Math.floor(4 * value * (6 - difficulty) + 0.5 + EPSILON);
}

export function quadrantOf(value: number, difficulty: number): Quadrant {
  const valuable = value >= 3 - EPSILON;
  const easy = difficulty <= 3 + EPSILON;
  if (valuable) return easy ? 'quickWin' : 'majorProject';
  return easy ? 'fillIn' : 'moneyPit';
}

export function prioritise(ratings: Ratings, weights: Weights = DEFAULT_WEIGHTS): Priority {
  const value = priorityValue(ratings, weights);
  return { value, score: priorityScore(value, ratings.difficulty), quadrant: quadrantOf(value, ratings.difficulty) };
}

export type RatingProblem = 'blank' | 'notANumber' | 'outOfRange';

export type ParsedRating = { ok: true; value: number } | { ok: false; problem: RatingProblem };

const DECIMAL = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/**
 * A rating as people really type it: 4, "4", " 4 ", 4.5, "4,5" (French decimal comma). Blank, 0, 6, -1,
 * words ("high", "élevé"), dates and booleans are not ratings.
 */
export function parseRating(input: unknown): ParsedRating {
  let value: number;
  if (typeof input === 'number') {
    value = input;
  } else if (typeof input === 'string') {
    const text = input.trim();
    if (text === '') return { ok: false, problem: 'blank' };
    if (!DECIMAL.test(text)) return { ok: false, problem: 'notANumber' };
    value = Number(text.replace(',', '.'));
  } else if (input === null || input === undefined) {
    return { ok: false, problem: 'blank' };
  } else {
    return { ok: false, problem: 'notANumber' };
  }
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  if (value < 1 || value > 5) return { ok: false, problem: 'outOfRange' };
  return { ok: true, value };
}

/** A weight: a number from 0 up; a blank weight means the default. */
export function parseWeight(input: unknown, fallback: number): number | null {
  if (input === '' || input === null || input === undefined) return fallback;
  let value: number;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string' && DECIMAL.test(input.trim())) value = Number(input.trim().replace(',', '.'));
  else return null;
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export interface RankedInput {
  score: number;
  value: number;
  difficulty: number;
  /** The row's position in the table before ranking. */
  order: number;
}

/** Priority order: score ↓, value ↓, difficulty ↑, then the order the rows had. */
export function comparePriority(a: RankedInput, b: RankedInput): number {
  return b.score - a.score || b.value - a.value || a.difficulty - b.difficulty || a.order - b.order;
}
