import { computedCells, planPrioritisation } from '../../src/core/prioritisation';
import {
  comparePriority,
  parseRating,
  prioritise,
  priorityScore,
  priorityValue,
  quadrantOf,
} from '../../src/core/priority';

describe('the priority rule', () => {
  it('scores from 4 (no value, hardest) to 100 (most value, easiest)', () => {
    expect(prioritise({ business: 1, customer: 1, difficulty: 5 }).score).toBe(4);
    expect(prioritise({ business: 5, customer: 5, difficulty: 1 }).score).toBe(100);
    expect(prioritise({ business: 4, customer: 4, difficulty: 2 }).score).toBe(64);
  });

  it('weights business and customer impact', () => {
    expect(priorityValue({ business: 2, customer: 5, difficulty: 3 })).toBe(3.5);
    expect(priorityValue({ business: 2, customer: 5, difficulty: 3 }, { business: 1, customer: 2 })).toBe(4);
    expect(priorityValue({ business: 2, customer: 5, difficulty: 3 }, { business: 0, customer: 1 })).toBe(5);
  });

  it('rounds halves up, including those floating point puts a hair below', () => {
    expect(priorityScore(3.5, 3.5)).toBe(35);
    expect(priorityScore(1.125, 1)).toBe(23); // 22.5 → 23
    expect(priorityScore(3.375, 2)).toBe(54); // 54 exactly
    expect(priorityScore(1.3125, 1)).toBe(26); // 26.25 → 26
    expect(priorityScore(2.375, 4.5)).toBe(14); // 14.25 → 14
    // 4 × 1.25 × 1.3 = 6.5, which floating point computes as 6.499999999999999: still rounds up to 7.
    expect(4 * 1.25 * (6 - 4.7)).toBeLessThan(6.5);
    expect(prioritise({ business: 1, customer: 1.5, difficulty: 4.7 }).score).toBe(7);
    expect(prioritise({ business: 1, customer: 3.5, difficulty: 1.5 }, { business: 0.3, customer: 0.7 }).score).toBe(
      50,
    ); // 49.5
  });

  it.each([
    [3, 3, 'quickWin'],
    [3, 3.5, 'majorProject'],
    [2.99, 3, 'fillIn'],
    [2.5, 3.01, 'moneyPit'],
    [5, 1, 'quickWin'],
    [5, 5, 'majorProject'],
    [1, 1, 'fillIn'],
    [1, 5, 'moneyPit'],
  ] as const)('V = %p and D = %p is %p', (value, difficulty, quadrant) => {
    expect(quadrantOf(value, difficulty)).toBe(quadrant);
  });

  it('puts V exactly 3 from uneven weights on the valuable side', () => {
    const v = priorityValue({ business: 2.4, customer: 3.6, difficulty: 3 }, { business: 1, customer: 1 });
    expect(quadrantOf(v, 3)).toBe('quickWin');
  });
});

describe('parseRating', () => {
  it.each([
    [4, 4],
    ['4', 4],
    [' 4 ', 4],
    [4.5, 4.5],
    ['4,5', 4.5],
    ['4.5', 4.5],
    [1, 1],
    [5, 5],
    ['5,0', 5],
  ])('accepts %p as %p', (input, value) => {
    expect(parseRating(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'blank'],
    ['   ', 'blank'],
    [null, 'blank'],
    [0, 'outOfRange'],
    [6, 'outOfRange'],
    [-1, 'outOfRange'],
    ['6', 'outOfRange'],
    ['high', 'notANumber'],
    ['élevé', 'notANumber'],
    [new Date(2024, 0, 5), 'notANumber'],
    [true, 'notANumber'],
    ['4 stars', 'notANumber'],
    ['1e0', 'notANumber'],
    [Number.NaN, 'notANumber'],
  ])('refuses %p (%s)', (input, problem) => {
    expect(parseRating(input)).toEqual({ ok: false, problem });
  });
});

describe('ordering', () => {
  const at = (score: number, value: number, difficulty: number, order: number) => ({
    score,
    value,
    difficulty,
    order,
    quadrant: 'quickWin' as const,
  });

  it('orders by score, then value, then difficulty, then the rows order', () => {
    const rows = [at(60, 3, 1, 0), at(60, 3, 1, 1), at(60, 3.75, 2, 2), at(80, 4, 1, 3), at(60, 3, 0.5, 4)];
    expect([...rows].sort(comparePriority).map((r) => r.order)).toEqual([3, 2, 4, 0, 1]);
  });

  it('plans ranked rows first, then unscored rows in their order, then empty rows', () => {
    const columns = {
      id: 0,
      useCase: 1,
      businessImpact: 2,
      customerImpact: 3,
      difficulty: 4,
      score: 5,
      rank: 6,
      quadrant: 7,
    };
    const rows = [
      ['', '', '', '', '', 50, 1, 'stale'], // empty apart from stale computed cells
      ['A', 'Low', 1, 1, 5, '', '', ''],
      ['B', 'Bad', 'high', 3, 2, '', '', ''],
      ['', 'No id', 5, 5, 1, '', '', ''],
      ['C', 'Blank', '', 2, 2, '', '', ''],
    ];
    const plan = planPrioritisation({ rows, columns }, { business: 1, customer: 1 });
    expect(plan.finalOrder).toEqual([3, 1, 2, 4, 0]);
    expect(computedCells(plan, 'fr')).toEqual([
      { score: 100, rank: 1, quadrant: 'Gain rapide' },
      { score: 4, rank: 2, quadrant: 'À éviter' },
      { score: '', rank: '', quadrant: '' },
      { score: '', rank: '', quadrant: '' },
      { score: '', rank: '', quadrant: '' },
    ]);
  });
});
