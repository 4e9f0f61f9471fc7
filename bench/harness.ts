/**
 * Benchmark harness: each user action runs through the built bundle against the fake at growing sizes, and
 * beside it a naive cell-by-cell version (kept here only) of the same work. Call counts are exact; times
 * include the in-memory fake, which stands in for Google's round trips at zero cost, so the call ratio is
 * the figure that matters in production.
 */
import { Bundle, Env, loadBundle } from '../tests/support/env';

export interface BenchAction {
  name: string;
  sizes: readonly number[];
  /** What the size counts (rows, touchpoints…). */
  unit: string;
  /** A fresh environment holding `size` items, ready for the action. */
  arrange(size: number): Env;
  /** The action as shipped, through the bundle (loaded before timing starts). */
  run(bundle: Bundle, env: Env): void;
  /** The same work done cell by cell, as the Apps Script guide says not to. */
  naive(env: Env, size: number): void;
}

export interface BenchRow {
  action: string;
  size: number;
  unit: string;
  calls: number;
  ms: number;
  naiveCalls: number;
  naiveMs: number;
}

function measure(env: Env, work: () => void): { calls: number; ms: number } {
  env.book.log.reset();
  const start = process.hrtime.bigint();
  work();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // Service calls, as the budgets count them: builders (newTextStyle()…) assemble a value locally, no round trip.
  return { calls: env.book.log.serviceCalls(), ms };
}

export function runAction(action: BenchAction): BenchRow[] {
  return action.sizes.map((size) => {
    const shipped = action.arrange(size);
    const bundle = loadBundle(shipped);
    const a = measure(shipped, () => action.run(bundle, shipped));
    const naiveEnv = action.arrange(size);
    const b = measure(naiveEnv, () => action.naive(naiveEnv, size));
    return {
      action: action.name,
      size,
      unit: action.unit,
      calls: a.calls,
      ms: a.ms,
      naiveCalls: b.calls,
      naiveMs: b.ms,
    };
  });
}

export function formatTable(rows: BenchRow[]): string {
  const lines = [
    '| action | size | Sheets calls | ms | naive calls | naive ms | call ratio |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    const ratio = r.naiveCalls / Math.max(1, r.calls);
    lines.push(
      `| ${r.action} | ${r.size.toLocaleString('en')} ${r.unit} | ${r.calls} | ${r.ms.toFixed(1)} | ${r.naiveCalls.toLocaleString('en')} | ${r.naiveMs.toFixed(1)} | ×${ratio.toFixed(0)} |`,
    );
  }
  return lines.join('\n');
}
