/**
 * Finding a tab's labels (a lane's, a settings area's, a legend's) wherever the team moved them: one pass over the
 * grid indexes every text cell, so many look-ups cost one read of the values.
 */
import { Grid } from './table';
import { labelKey } from './text';

export type LabelIndex = Map<string, { row: number; column: number }[]>;

/** Every text cell of a grid by its label key, in reading order: one pass for many look-ups. */
export function indexLabels(grid: Grid): LabelIndex {
  const index: LabelIndex = new Map();
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      // Labels are text: numbers, dates and empty cells are skipped without normalising them.
      if (typeof value !== 'string' || value === '') continue;
      const key = labelKey(value);
      const cells = index.get(key);
      if (cells) cells.push({ row: r, column: c });
      else index.set(key, [{ row: r, column: c }]);
    }
  }
  return index;
}

/**
 * The first cell of an index holding any of these spellings (earliest in reading order) that `accept` allows,
 * or null.
 */
export function lookUpLabel(
  index: LabelIndex,
  spellings: readonly string[],
  accept: (cell: { row: number; column: number }) => boolean = () => true,
): { row: number; column: number } | null {
  let best: { row: number; column: number } | null = null;
  for (const spelling of spellings) {
    const at = index.get(labelKey(spelling))?.find(accept);
    if (at && (!best || at.row < best.row || (at.row === best.row && at.column < best.column))) best = at;
  }
  return best;
}

/** Where a single label sits in a grid (first match in reading order), or null. */
export function findLabel(grid: Grid, spellings: readonly string[]): { row: number; column: number } | null {
  const keys = new Set(spellings.map(labelKey));
  for (let r = 0; r < grid.length; r++) {
    for (let c = 0; c < grid[r].length; c++) {
      if (keys.has(labelKey(grid[r][c]))) return { row: r, column: c };
    }
  }
  return null;
}
