/**
 * The use-case tab's settings area, beside the table: the weights of the priority rule (typed by the team under
 * labels the add-on wrote) and, below them, the chart-data block the priority matrix plots (the add-on's own).
 * Every part is found by its label, wherever the team moved it, and only outside the use-case table. What the
 * add-on owns is exactly: the area's labels, the block's header row and the points it wrote. It writes a missing
 * part only into empty cells, and moves its block rather than write over anything a person put below it.
 */
import { a1 } from './a1';
import { Language, allSpellings } from './language';
import { MESSAGES, UserFacingError } from './messages';
import { DEFAULT_WEIGHTS, Weights, parseWeight } from './priority';
import { TabContent, TableBounds, holdsContent, isBlank } from './table';
import { indexLabels, lookUpLabel } from './labels';
import { labelKey } from './text';
import { PRIORITY_MATRIX_LABELS, WEIGHTS_LABELS } from './vocabulary';

export interface Cell0 {
  row: number;
  column: number;
}

export type WeightKey = keyof Weights;
export const WEIGHT_KEYS: readonly WeightKey[] = ['business', 'customer'];

/** The chart-data block is three columns wide: use case, difficulty, value. */
export const BLOCK_WIDTH = 3;

export interface SettingsLayout {
  /** 0-based cell of the "Priority weights" title, where it is or where it goes. */
  title: Cell0;
  /** Whether the title was found (otherwise it is written where `title` says, if that cell is free). */
  titleFound: boolean;
  /** Each weight's label where it was found, or null when it is missing; its value is the cell to its right. */
  found: Record<WeightKey, Cell0 | null>;
  /** The chart-data block as the last run left it, or null when there is none. */
  block: { title: Cell0; lastRow: number } | null;
}

/** Every label of the settings area, in all languages: they end the use-case table's span. */
export function settingsLabels(): string[] {
  return [WEIGHTS_LABELS.title, PRIORITY_MATRIX_LABELS.dataTitle].flatMap((l) => Object.values(l));
}

function inside(table: TableBounds, cell: Cell0): boolean {
  return (
    cell.row >= table.headerRow &&
    cell.row <= table.lastRow &&
    cell.column >= table.firstColumn &&
    cell.column <= table.lastColumn
  );
}

/** Where each part of the area is, found by its label outside the table (reads only). */
export function locateSettings(tab: TabContent, table: TableBounds, language: Language): SettingsLayout {
  const index = indexLabels(tab.values);
  const find = (label: Record<Language, string>): Cell0 | null =>
    lookUpLabel(index, allSpellings(label, language), (cell) => !inside(table, cell));
  const found = { business: find(WEIGHTS_LABELS.business), customer: find(WEIGHTS_LABELS.customer) };
  const titleFound = find(WEIGHTS_LABELS.title);
  const width = Math.max(0, ...tab.values.map((r) => r.length));
  // The area's origin: its title, or where the title would be above a label that survived, or right of everything.
  const title = titleFound ??
    (found.business && { row: found.business.row - 1, column: found.business.column }) ??
    (found.customer && { row: found.customer.row - 2, column: found.customer.column }) ?? {
      row: table.headerRow,
      column: Math.max(width + 1, table.lastColumn + 2),
    };
  return {
    title,
    titleFound: titleFound !== null,
    found,
    block: locateBlock(tab, find(PRIORITY_MATRIX_LABELS.dataTitle)),
  };
}

/** The parts of the weights area a run writes back, and the weights whose label could not be put back. */
export interface WeightsPlan {
  writes: (BlockWrite & { part: 'title' | WeightKey })[];
  displaced: WeightKey[];
}

/**
 * Where the missing parts of the weights area go: a label under the title in its own line, or the first free line
 * of the area (a deleted row shifts the others up); never over a cell that holds something, never inside the table
 * or on the chart-data block as this run leaves it. A cell the block empties this run counts as free, so a second
 * run finds the same place and writes nothing new.
 */
export function planWeights(
  tab: TabContent,
  table: TableBounds,
  layout: SettingsLayout,
  block: BlockPlan,
  language: Language,
): WeightsPlan {
  const old = layout.block;
  const free = (cell: Cell0): boolean =>
    cell.row >= 0 &&
    [0, 1].every((i) => {
      const c = { row: cell.row, column: cell.column + i };
      const emptied = old !== null && inBlock(old, c) && !block.keeps(c);
      return (emptied || !holdsContent(tab, c.row, c.column)) && !inside(table, c) && !block.keeps(c);
    });
  const plan: WeightsPlan = { writes: [], displaced: [] };
  const { title } = layout;
  if (!layout.titleFound && free(title))
    plan.writes.push({ part: 'title', at: title, values: [[WEIGHTS_LABELS.title[language], '']] });
  const taken = (cell: Cell0): boolean => plan.writes.some((w) => w.at.row === cell.row && w.at.column === cell.column);
  WEIGHT_KEYS.forEach((key, i) => {
    if (layout.found[key]) return;
    const places = [1 + i, 1, 2, 3].map((offset) => ({ row: title.row + offset, column: title.column }));
    const place = places.find((p) => free(p) && !taken(p));
    if (place)
      plan.writes.push({ part: key, at: place, values: [[WEIGHTS_LABELS[key][language], DEFAULT_WEIGHTS[key]]] });
    else plan.displaced.push(key);
  });
  return plan;
}

function inBlock(block: SettingsLayout['block'], cell: Cell0): boolean {
  return (
    block !== null &&
    cell.row >= block.title.row &&
    cell.row <= block.lastRow &&
    cell.column >= block.title.column &&
    cell.column < block.title.column + BLOCK_WIDTH
  );
}

/** A row of the block as the add-on writes it: a use case, then two numbers. */
function isPoint(row: readonly unknown[] | undefined, column: number): boolean {
  if (!row) return false;
  return !isBlank(row[column]) && typeof row[column + 1] === 'number' && typeof row[column + 2] === 'number';
}

/**
 * The block's extent: its title, its header row, then its points, through any blank rows a team inserted between
 * them. The first row holding anything else ends it: that is the team's, not the add-on's.
 */
function locateBlock(tab: TabContent, title: Cell0 | null): SettingsLayout['block'] {
  if (!title) return null;
  const headers = new Set(Object.values(PRIORITY_MATRIX_LABELS.point).map(labelKey));
  let lastRow = title.row;
  for (let r = title.row + 1; r < tab.values.length; r++) {
    const line = tab.values[r];
    const formulas = tab.formulas[r]?.slice(title.column, title.column + BLOCK_WIDTH).some(Boolean);
    if (!formulas && (isPoint(line, title.column) || headers.has(labelKey(line?.[title.column])))) {
      lastRow = r;
      continue;
    }
    if ([0, 1, 2].some((i) => holdsContent(tab, r, title.column + i))) break;
  }
  return { title, lastRow };
}

/** The weights as the team set them (defaults for missing labels); a bad one is a message that names its cell. */
export function readWeights(tab: TabContent, layout: SettingsLayout, language: Language): Weights {
  const cellOf = (key: WeightKey): Cell0 | null => {
    const label = layout.found[key];
    return label && { row: label.row, column: label.column + 1 };
  };
  const read = (key: WeightKey): number => {
    const cell = cellOf(key);
    if (!cell) return DEFAULT_WEIGHTS[key];
    const raw = tab.values[cell.row]?.[cell.column];
    const weight = parseWeight(raw, DEFAULT_WEIGHTS[key]);
    const label = WEIGHTS_LABELS[key][language];
    if (weight === null) {
      throw new UserFacingError(MESSAGES.badWeight[language](label, String(raw), a1(cell.row + 1, cell.column + 1)));
    }
    return weight;
  };
  const weights = { business: read('business'), customer: read('customer') };
  if (weights.business + weights.customer === 0) {
    const cells = WEIGHT_KEYS.flatMap((k) => {
      const cell = cellOf(k);
      return cell ? [a1(cell.row + 1, cell.column + 1)] : [];
    }).join(', ');
    throw new UserFacingError(MESSAGES.zeroWeights[language](cells));
  }
  return weights;
}

/** A block of values to write at a 0-based cell. */
export interface BlockWrite {
  at: Cell0;
  values: (string | number)[][];
}

export interface MatrixPoint {
  label: string;
  difficulty: number;
  value: number;
}

export interface BlockPlan {
  /** The block's rows: title (when new or moved), header, one row per point, then blanks over what the last run left. */
  write: BlockWrite;
  /** The old block's cells to empty when the block moved (title cell and rows below it). */
  clear: BlockWrite[];
  /** 0-based first row of the plotted data (the header row) and its number of rows. */
  plotted: { row: number; column: number; numRows: number };
  /** The lowest 0-based row and rightmost 0-based column the block needs, so the sheet can be grown first. */
  reach: Cell0;
  /** Whether a cell holds the block once this run is done (its title, header and points, not the blanks). */
  keeps(cell: Cell0): boolean;
}

/**
 * Where this run's block goes and what it writes. It stays where the last run left it when the rows it needs
 * are its own or empty; otherwise it moves below everything in its columns, so a note typed under it survives.
 */
export function planBlock(
  tab: TabContent,
  layout: SettingsLayout,
  points: readonly MatrixPoint[],
  language: Language,
): BlockPlan {
  const rows = pointRows(points, language);
  const old = layout.block;
  const fits = old !== null && rowsFree(tab, old.title.column, old.lastRow + 1, old.title.row + rows.length);
  if (old && fits) {
    const write = {
      at: { row: old.title.row + 1, column: old.title.column },
      values: padded(rows, old.lastRow - old.title.row),
    };
    return finish(write, [], old.title);
  }
  const column = old ? old.title.column : layout.title.column;
  const title = { row: Math.max(lowestContent(tab, column) + 2, layout.title.row + 4), column };
  const write = { at: title, values: [[PRIORITY_MATRIX_LABELS.dataTitle[language], '', ''], ...rows] };
  // The old title cell and its rows, if it kept any (a block left with its title alone has none to empty).
  const clear = old
    ? [
        { at: old.title, values: [['']] },
        ...(old.lastRow > old.title.row
          ? [{ at: { row: old.title.row + 1, column }, values: padded([], old.lastRow - old.title.row) }]
          : []),
      ]
    : [];
  return finish(write, clear, title);
}

function finish(write: BlockWrite, clear: BlockWrite[], title: Cell0): BlockPlan {
  const header = title.row + 1;
  const pointCount = write.values.filter((row) => typeof row[1] === 'number').length;
  const lastKept = header + pointCount;
  return {
    write,
    clear,
    plotted: { row: header, column: title.column + 1, numRows: pointCount + 1 },
    reach: { row: write.at.row + write.values.length - 1, column: title.column + BLOCK_WIDTH - 1 },
    keeps: (cell) =>
      cell.row >= title.row &&
      cell.row <= lastKept &&
      cell.column >= title.column &&
      cell.column < title.column + BLOCK_WIDTH,
  };
}

/** The header row and one row per point. */
function pointRows(points: readonly MatrixPoint[], language: Language): (string | number)[][] {
  const labels = PRIORITY_MATRIX_LABELS;
  return [
    [labels.point[language], labels.difficulty[language], labels.value[language]],
    ...points.map((p) => [p.label, p.difficulty, Math.round(p.value * 100) / 100]),
  ];
}

/** Rows padded with blank rows up to `length`, so what the last run wrote below is emptied. */
function padded(rows: (string | number)[][], length: number): (string | number)[][] {
  const out = [...rows];
  while (out.length < length) out.push(['', '', '']);
  return out;
}

/** Whether the block's columns hold nothing from `fromRow` to `toRow` (0-based, inclusive). */
function rowsFree(tab: TabContent, column: number, fromRow: number, toRow: number): boolean {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = column; c < column + BLOCK_WIDTH; c++) if (holdsContent(tab, r, c)) return false;
  }
  return true;
}

/** The last 0-based row holding anything in the block's columns (-1 when they are empty). */
function lowestContent(tab: TabContent, column: number): number {
  for (let r = tab.values.length - 1; r >= 0; r--) {
    for (let c = column; c < column + BLOCK_WIDTH; c++) if (holdsContent(tab, r, c)) return r;
  }
  return -1;
}
