/**
 * Finding a table by its header labels, never by a fixed row or column: a team that inserts rows above it,
 * moves a column or adds its own columns must not break anything, and nothing the team typed beside the table
 * may be taken for part of it.
 */
import { labelKey } from './text';

export type Grid = readonly (readonly unknown[])[];

/**
 * A tab as read in three calls: the values, formulas and notes of its data range from A1, the same shape. A formula
 * that displays nothing (`=IF(B5="","",…)`) or a note on an empty cell is still something a person wrote.
 */
export interface TabContent {
  values: Grid;
  formulas: readonly (readonly string[])[];
  notes: readonly (readonly string[])[];
}

/** A tab's content when only its values are known (a template about to be written, a test). */
export function valuesOnly(values: Grid): TabContent {
  return { values, formulas: [], notes: [] };
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** Whether a cell holds anything a person may have put there: a value, a formula (even one showing nothing), a note. */
export function holdsContent(tab: TabContent, row: number, column: number): boolean {
  return (
    !isBlank(tab.values[row]?.[column]) || !isBlank(tab.formulas[row]?.[column]) || !isBlank(tab.notes[row]?.[column])
  );
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlank);
}

export interface TableLocation<K extends string> {
  /** 0-based row of the header in the grid that was searched. */
  headerRow: number;
  /** 0-based column of each header found. */
  columns: Record<K, number> & Partial<Record<string, number>>;
  /** 0-based first and last columns of the table: its own header labels and the team columns between or beside them. */
  firstColumn: number;
  lastColumn: number;
  /** 0-based last row holding anything in the table's columns (headerRow when the table is empty). */
  lastRow: number;
  /** 0-based last row holding anything in the table's own (labelled) columns: rows are appended after it. */
  lastOwnRow: number;
}

/** A table's rectangle, for code that only needs to know where it is. */
export type TableBounds = Pick<TableLocation<string>, 'headerRow' | 'lastRow' | 'firstColumn' | 'lastColumn'>;

/** What identifies a table: its headers in every language, those it cannot do without, and what ends its span. */
export interface TableSpec<K extends string> {
  headers: Record<K, Record<string, string>>;
  required: readonly K[];
  /** Header-row labels that end the table's span, such as a settings area set beside it. */
  stopLabels?: readonly string[];
  /** The columns a row of the table is told by, when not all the required ones (computed columns are not). */
  dataColumns?: readonly K[];
}

export type HeaderLabels<K extends string> = Record<K, readonly string[]>;

/** Why no table was found, so the message can say what to restore. */
export interface TableMiss<K extends string> {
  /** The row that came closest (most required labels), or null when no label was found at all. */
  row: number | null;
  /** Required labels found nowhere on that row. */
  missing: K[];
  /** Required labels on that row but cut off from the others by a blank header cell or another area's label. */
  apart: K[];
}

export type TableSearch<K extends string> =
  { found: true; location: TableLocation<K> } | { found: false; miss: TableMiss<K> };

/** The key of the header whose spellings include `cell`, if any. */
function headerKeyOf<K extends string>(cell: unknown, keys: Map<string, K>): K | null {
  if (typeof cell !== 'string') return null;
  return keys.get(labelKey(cell)) ?? null;
}

interface Candidate<K extends string> {
  row: number;
  firstColumn: number;
  lastColumn: number;
  columns: Partial<Record<K, number>>;
}

/**
 * A header row's possible tables. Another area's label (a settings area, an overview beside the table) ends a
 * table, so the row is first cut at those. Within a part, the table runs from its first header label to its last,
 * with whatever columns lie between (the team's own, even a blank one inserted inside the table), and takes in the
 * team's headed columns right against its edges; a blank header cell at an edge ends it. A part holding one label
 * twice (a tab title that equals a header, a copy of the headers beside the real ones) is read run by run, each run
 * ended by a blank cell, so a title alone is never a header row.
 */
function runsOf<K extends string>(line: readonly unknown[], keys: Map<string, K>, stops: Set<string>): Candidate<K>[] {
  const parts: [number, number][] = [];
  let start = 0;
  line.forEach((cell, c) => {
    if (!stops.has(labelKey(cell))) return;
    parts.push([start, c - 1]);
    start = c + 1;
  });
  parts.push([start, line.length - 1]);
  return parts.flatMap(([from, to]) => {
    const whole = spanOf(line, keys, from, to);
    if (whole !== 'duplicated') return whole ? [whole] : [];
    return blankSeparatedRuns(line, from, to).flatMap(([a, b]) => {
      const run = spanOf(line, keys, a, b);
      return run && run !== 'duplicated' ? [run] : [];
    });
  });
}

/** The table in line[from..to]: from its first header label to its last, widened over headed team columns. */
function spanOf<K extends string>(
  line: readonly unknown[],
  keys: Map<string, K>,
  from: number,
  to: number,
): Candidate<K> | 'duplicated' | null {
  const columns: Partial<Record<K, number>> = {};
  let first = -1;
  let last = -1;
  for (let c = from; c <= to; c++) {
    const key = headerKeyOf(line[c], keys);
    if (key === null) continue;
    if (columns[key] !== undefined) return 'duplicated';
    columns[key] = c;
    if (first < 0) first = c;
    last = c;
  }
  if (first < 0) return null;
  while (first > from && !isBlank(line[first - 1])) first--;
  while (last < to && !isBlank(line[last + 1])) last++;
  return { row: -1, firstColumn: first, lastColumn: last, columns };
}

/** The stretches of non-blank cells in line[from..to]. */
function blankSeparatedRuns(line: readonly unknown[], from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let c = from; c <= to + 1; c++) {
    const blank = c > to || isBlank(line[c]);
    if (!blank && start < 0) start = c;
    if (blank && start >= 0) {
      runs.push([start, c - 1]);
      start = -1;
    }
  }
  return runs;
}

function keyIndex<K extends string>(labels: HeaderLabels<K>): Map<string, K> {
  const keys = new Map<string, K>();
  for (const key of Object.keys(labels) as K[]) for (const label of labels[key]) keys.set(labelKey(label), key);
  return keys;
}

/**
 * Finds the table whose header row holds every `required` label side by side. When several rows qualify (a copy of
 * the header row pasted above the table, say), each one's body ends at the next, and the one with the most rows of
 * values in its required columns wins: that is the table the team works in (the lowest one, on a tie).
 */
export function searchTable<K extends string>(
  tab: TabContent,
  labels: HeaderLabels<K>,
  required: readonly K[],
  /** Header-row labels that end the table's span (a settings area set right beside it). */
  stopLabels: readonly string[] = [],
  /** The columns a row of the table is told by (what the team types; default: the required ones). */
  dataColumns: readonly K[] = required,
): TableSearch<K> {
  const keys = keyIndex(labels);
  const stops = new Set(stopLabels.map(labelKey));
  const candidates: Candidate<K>[] = [];
  tab.values.forEach((line, row) => {
    for (const run of runsOf(line, keys, stops)) {
      if (required.every((k) => run.columns[k] !== undefined)) candidates.push({ ...run, row });
    }
  });
  const headerRows = new Set(candidates.map((c) => c.row));
  const miss = (): TableSearch<K> => ({
    found: false,
    miss: closestMiss(tab.values, keys, stops, required, headerRows),
  });
  if (candidates.length === 0) return miss();
  const ends = [...candidates, ...brokenHeaders(tab.values, keys, required, headerRows)];
  const located = candidates.map((candidate) => ({
    location: bodyOf(tab, candidate, ends),
    filled: filledRows(tab, candidate, ends, dataColumns),
  }));
  // On a tie (both empty, say) the lower one: a copy pasted above the table is not the table.
  const best = located.reduce((a, b) => (b.filled >= a.filled ? b : a));
  // A copy of the headers with nothing under it does not stand in for the real table when that one is broken
  // (a header dragged away): say what to fix there rather than work on an empty copy.
  if (best.filled === 0) {
    const broken = miss();
    if (!broken.found && broken.miss.missing.length === 0 && broken.miss.apart.length > 0) return broken;
  }
  return { found: true, location: best.location };
}

/** How many rows under a header hold a value in one of its data columns: rows of use cases, not stray notes. */
function filledRows<K extends string>(
  tab: TabContent,
  header: Candidate<K>,
  all: Candidate<K>[],
  dataColumns: readonly K[],
): number {
  const end = nextHeaderRow(header, all) ?? tab.values.length;
  const columns = dataColumns.flatMap((k) => (header.columns[k] === undefined ? [] : [header.columns[k] as number]));
  let filled = 0;
  for (let r = header.row + 1; r < end; r++) if (columns.some((c) => !isBlank(tab.values[r]?.[c]))) filled++;
  return filled;
}

/**
 * The rows below that hold most of the required labels without making a whole header: the real header row with a
 * column dragged away. A copy of the headers pasted above it must end there, or it would take the real header and
 * rows for its own and prioritise them as a table shifted by a column.
 */
function brokenHeaders<K extends string>(
  values: Grid,
  keys: Map<string, K>,
  required: readonly K[],
  headerRows: ReadonlySet<number>,
): Candidate<K>[] {
  const broken: Candidate<K>[] = [];
  values.forEach((line, row) => {
    if (headerRows.has(row)) return;
    const columns: Partial<Record<K, number>> = {};
    line.forEach((cell, c) => {
      const key = headerKeyOf(cell, keys);
      if (key !== null && required.includes(key) && columns[key] === undefined) columns[key] = c;
    });
    const at = Object.values(columns) as number[];
    if (at.length * 2 > required.length) {
      broken.push({ row, firstColumn: Math.min(...at), lastColumn: Math.max(...at), columns });
    }
  });
  return broken;
}

/** The row of the next header below this one over the same columns, whole or broken, which ends its body. */
function nextHeaderRow<K extends string>(header: Candidate<K>, all: Candidate<K>[]): number | null {
  let next: number | null = null;
  for (const other of all) {
    const overlaps = other.firstColumn <= header.lastColumn && other.lastColumn >= header.firstColumn;
    if (other.row > header.row && overlaps && (next === null || other.row < next)) next = other.row;
  }
  return next;
}

/** Like searchTable, for callers that only need to know whether there is a table. */
export function locateTable<K extends string>(
  tab: TabContent,
  labels: HeaderLabels<K>,
  required: readonly K[],
  stopLabels: readonly string[] = [],
  dataColumns: readonly K[] = required,
): TableLocation<K> | null {
  const search = searchTable(tab, labels, required, stopLabels, dataColumns);
  return search.found ? search.location : null;
}

function bodyOf<K extends string>(tab: TabContent, header: Candidate<K>, all: Candidate<K>[]): TableLocation<K> {
  const next = nextHeaderRow(header, all);
  const end = next !== null ? next - 1 : tab.values.length - 1;
  const own = Object.values(header.columns) as number[];
  let lastRow = header.row;
  let lastOwnRow = header.row;
  for (let r = end; r > header.row && lastOwnRow === header.row; r--) {
    for (let c = header.firstColumn; c <= header.lastColumn; c++) {
      if (!holdsContent(tab, r, c)) continue;
      if (lastRow === header.row) lastRow = r;
      if (own.includes(c)) {
        lastOwnRow = r;
        break;
      }
    }
  }
  return {
    headerRow: header.row,
    columns: header.columns as Record<K, number>,
    firstColumn: header.firstColumn,
    lastColumn: header.lastColumn,
    lastRow,
    lastOwnRow,
  };
}

/** The row holding the most required labels, and which of them are missing or cut off from the others. */
function closestMiss<K extends string>(
  values: Grid,
  keys: Map<string, K>,
  stops: Set<string>,
  required: readonly K[],
  /** Rows already holding a whole header: the miss is looked for elsewhere. */
  skip: ReadonlySet<number> = new Set(),
): TableMiss<K> {
  let best: TableMiss<K> & { score: number } = { row: null, missing: [...required], apart: [], score: 0 };
  values.forEach((line, row) => {
    if (skip.has(row)) return;
    const present = new Set(line.map((cell) => headerKeyOf(cell, keys)).filter((k): k is K => k !== null));
    const score = required.filter((k) => present.has(k)).length;
    if (score <= best.score) return;
    const runs = runsOf(line, keys, stops);
    const main = runs.reduce<Candidate<K> | null>(
      (a, b) => (!a || Object.keys(b.columns).length > Object.keys(a.columns).length ? b : a),
      null,
    );
    const inMain = (k: K): boolean => main?.columns[k] !== undefined;
    best = {
      row,
      missing: required.filter((k) => !present.has(k)),
      apart: required.filter((k) => present.has(k) && !inMain(k)),
      score,
    };
  });
  return { row: best.row, missing: best.missing, apart: best.apart };
}

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

/** The rows of a table's body (header excluded), each cut to the table's columns. */
export function tableBody<K extends string>(values: Grid, location: TableLocation<K>): unknown[][] {
  return values
    .slice(location.headerRow + 1, location.lastRow + 1)
    .map((row) => row.slice(location.firstColumn, location.lastColumn + 1));
}

/** Items grouped into runs of side-by-side columns, in column order: one block write per run. */
export function sideBySide<T>(items: readonly T[], columnOf: (item: T) => number): T[][] {
  const sorted = [...items].sort((a, b) => columnOf(a) - columnOf(b));
  const runs: T[][] = [];
  for (const item of sorted) {
    const last = runs[runs.length - 1];
    if (last && columnOf(last[last.length - 1]) + 1 === columnOf(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
