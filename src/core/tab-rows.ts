/**
 * A tab's content as it stands after rows are inserted or deleted, computed from what was read before: a writing
 * action that moves rows still knows what each cell held, so taking a later write back restores the right cells.
 */
import { TabContent } from './table';

type Layer<T> = readonly (readonly T[])[];

function splice<T>(layer: Layer<T>, at: number, remove: number, insert: number): T[][] {
  const rows = layer.map((row) => [...row]);
  while (rows.length < at) rows.push([]);
  rows.splice(at, remove, ...Array.from({ length: insert }, () => [] as T[]));
  return rows;
}

/** The content once `count` blank rows are inserted before the 0-based row `at`. */
export function withRowsInserted(content: TabContent, at: number, count: number): TabContent {
  return {
    values: splice(content.values, at, 0, count),
    formulas: splice(content.formulas, at, 0, count),
    notes: splice(content.notes, at, 0, count),
  };
}

/** The content once `count` rows from the 0-based row `at` are deleted. */
export function withRowsDeleted(content: TabContent, at: number, count: number): TabContent {
  return {
    values: splice(content.values, at, count, 0),
    formulas: splice(content.formulas, at, count, 0),
    notes: splice(content.notes, at, count, 0),
  };
}
