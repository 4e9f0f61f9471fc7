import { planPrioritisation } from '../src/core/prioritisation';
import { makeEnv } from '../tests/support/env';
import { buildUseCases, generatedUseCases } from '../tests/support/use-case-builder';
import { BenchAction } from './harness';

export const prioritiseBench: BenchAction = {
  name: 'Prioritise use cases',
  sizes: [10, 100, 1000, 5000],
  unit: 'rows',
  arrange: (size) => {
    const env = makeEnv();
    buildUseCases(env.book, { rows: generatedUseCases(size) });
    return env;
  },
  run: (bundle) => {
    bundle.prioritiseUseCases();
  },
  // Row by row: read each rating with its own call, write Score, Rank and Quadrant cell by cell, then sort.
  naive: (env, size) => {
    const sheet = env.book.getSheetByName('Use cases')!;
    const rows: unknown[][] = [];
    for (let r = 0; r < size; r++) {
      rows.push([
        sheet.getRange(4 + r, 2).getValue(),
        sheet.getRange(4 + r, 5).getValue(),
        sheet.getRange(4 + r, 6).getValue(),
        sheet.getRange(4 + r, 7).getValue(),
      ]);
    }
    const columns = { useCase: 0, businessImpact: 1, customerImpact: 2, difficulty: 3, score: 4, rank: 5, quadrant: 6 };
    const plan = planPrioritisation({ rows, columns }, { business: 1, customer: 1 });
    plan.outcomes.forEach((o, r) => {
      if (o.kind !== 'scored') return;
      sheet.getRange(4 + r, 8).setValue(o.priority.score);
      sheet.getRange(4 + r, 9).setValue(o.rank);
      sheet.getRange(4 + r, 10).setValue(o.priority.quadrant);
    });
    sheet.getRange(4, 1, size, 10).sort(9);
  },
};

/** The pure rule over 100,000 rows, no Sheets at all: it must stay well under a second. */
export function scoreManyRows(count = 100_000): { rows: number; ms: number } {
  const rows = generatedUseCases(count).map((r) => [r[1], r[4], r[5], r[6], '', '', '']);
  const columns = { useCase: 0, businessImpact: 1, customerImpact: 2, difficulty: 3, score: 4, rank: 5, quadrant: 6 };
  const start = process.hrtime.bigint();
  planPrioritisation({ rows, columns }, { business: 1, customer: 2 });
  return { rows: count, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}
