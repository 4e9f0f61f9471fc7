/**
 * Finding a table by its header labels, never by a fixed row or column: a team that inserts rows above it,
 * moves a column or adds its own columns must not break anything.
 */
import { labelKey } from './text';

export type Grid = readonly (readonly unknown[])[];

export interface TableLocation<K extends string> {
  /** 0-based row of the header in the grid that was searched. */
  headerRow: number;
  /** 0-based column of each header found. */
  columns: Record<K, number> & Partial<Record<string, number>>;
  /** 0-based first and last columns of the table: the contiguous run of non-empty header cells. */
  firstColumn: number;
  lastColumn: number;
  /** 0-based last row that holds anything in the table's columns (headerRow when the table is empty). */
  lastRow: number;
}

export type HeaderLabels<K extends string> = Record<K, readonly string[]>;

function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** The key of the header whose spellings include `cell`, if any. */
function headerKeyOf<K extends string>(cell: unknown, labels: HeaderLabels<K>): K | null {
  const key = labelKey(cell);
  if (key === '') return null;
  for (const k of Object.keys(labels) as K[]) {
    if (labels[k].some((label) => labelKey(label) === key)) return k;
  }
  return null;
}

/**
 * The first row holding every `required` header, with the columns of all headers found in that row.
 * Returns null when no row has them all.
 */
export function locateTable<K extends string>(
  grid: Grid,
  labels: HeaderLabels<K>,
  required: readonly K[],
  /** Header-row labels that end the table's span (a settings area set right beside it). */
  stopLabels: readonly string[] = [],
): TableLocation<K> | null {
  const stops = new Set(stopLabels.map(labelKey));
  const open = (value: unknown): boolean => !isBlank(value) && !stops.has(labelKey(value));
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    const columns: Partial<Record<K, number>> = {};
    line.forEach((cell, c) => {
      const key = headerKeyOf(cell, labels);
      if (key !== null && columns[key] === undefined) columns[key] = c;
    });
    if (!required.every((k) => columns[k] !== undefined)) continue;
    const found = Object.values(columns) as number[];
    let firstColumn = Math.min(...found);
    let lastColumn = Math.max(...found);
    while (firstColumn > 0 && open(line[firstColumn - 1])) firstColumn--;
    while (lastColumn + 1 < line.length && open(line[lastColumn + 1])) lastColumn++;
    let lastRow = r;
    for (let rr = grid.length - 1; rr > r; rr--) {
      if (grid[rr].slice(firstColumn, lastColumn + 1).some((v) => !isBlank(v))) {
        lastRow = rr;
        break;
      }
    }
    return { headerRow: r, columns: columns as Record<K, number>, firstColumn, lastColumn, lastRow };
  }
  return null;
}

/** Every text cell of a grid by its label key, first occurrence in reading order: one pass for many look-ups. */
export function indexLabels(grid: Grid): Map<string, { row: number; column: number }> {
  const index = new Map<string, { row: number; column: number }>();
  for (let r = 0; r < grid.length; r++) {
    const line = grid[r];
    for (let c = 0; c < line.length; c++) {
      const value = line[c];
      // Labels are text: numbers, dates and empty cells are skipped without normalising them.
      if (typeof value !== 'string' || value === '') continue;
      const key = labelKey(value);
      if (!index.has(key)) index.set(key, { row: r, column: c });
    }
  }
  return index;
}

/** The first cell of an index holding any of these spellings (earliest in reading order), or null. */
export function lookUpLabel(
  index: Map<string, { row: number; column: number }>,
  spellings: readonly string[],
): { row: number; column: number } | null {
  let best: { row: number; column: number } | null = null;
  for (const spelling of spellings) {
    const at = index.get(labelKey(spelling));
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

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

export { isBlank };

/** Header labels for locateTable: every spelling of each header, the sheet's language first. */
export function headerSpellings<K extends string>(
  headers: Record<K, Record<string, string>>,
  first: string,
): HeaderLabels<K> {
  const out = {} as Record<K, string[]>;
  for (const key of Object.keys(headers) as K[]) {
    const spellings = headers[key];
    out[key] = [
      spellings[first],
      ...Object.keys(spellings)
        .filter((l) => l !== first)
        .map((l) => spellings[l]),
    ];
  }
  return out;
}
