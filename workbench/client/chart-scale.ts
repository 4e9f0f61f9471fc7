/**
 * The numbers behind a chart's axes: where a value falls in pixels, and the round values the axis is labelled
 * with. Pure: no DOM, so the tests run it as it is.
 */
import { AxisWindow } from '../protocol';

/** A linear scale from a domain onto pixels. */
export type Scale = (value: number) => number;

export function scale([d0, d1]: [number, number], [p0, p1]: [number, number]): Scale {
  return (value) => p0 + ((value - d0) / (d1 - d0 || 1)) * (p1 - p0);
}

/**
 * Round steps (1, 2, 5 × 10ⁿ; whole ones for whole numbers), at most six intervals, covering the values or the
 * window the add-on fixed.
 */
export function axisTicks(values: number[], window: AxisWindow, fromZero: boolean): number[] {
  const seen = fromZero ? [0, ...values] : values;
  let lo = window.min ?? (seen.length > 0 ? Math.min(...seen) : 0);
  let hi = window.max ?? (seen.length > 0 ? Math.max(...seen) : lo + 1);
  if (window.max === null && hi < lo) hi = lo;
  if (window.min === null && lo > hi) lo = hi;
  if (hi <= lo) hi = lo + 1;
  const rough = (hi - lo) / 6;
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  // Counts and 1–5 ratings read in whole steps, as Sheets labels them.
  const whole = [...values, window.min ?? 0, window.max ?? 0].every(Number.isInteger);
  const step = whole ? Math.max(1, nice) : nice;
  const first = window.min ?? Math.floor(lo / step) * step;
  const last = window.max ?? Math.ceil(hi / step) * step;
  const round = (v: number): number => Math.round(v * 1e6) / 1e6;
  const ticks = Array.from({ length: Math.floor(round((last - first) / step)) + 1 }, (_, i) => round(first + i * step));
  // A window whose ends are not on a step still shows its top end.
  if (ticks[ticks.length - 1] < round(last)) ticks.push(round(last));
  return ticks;
}
