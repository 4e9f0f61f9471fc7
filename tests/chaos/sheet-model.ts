/**
 * The workbook as the chaos test sees it: tabs found by name, tables found by their header labels, the weights
 * area and the chart-data block found by their titles, and the team's tokens found wherever they went. Reads
 * cells without counting calls (the add-on's calls are the ones being counted).
 */
import type { CellValue, FakeSheet, FakeSpreadsheet } from '../../fake';
import { columnLetter } from '../../fake';
import {
  DATA_NEED_HEADERS,
  DataNeedKey,
  MATRIX_DATA_TITLE,
  OVERVIEW_CORNER,
  SCENARIO_HEADERS,
  ScenarioKey,
  TAB_NAMES,
  TabKey,
  USE_CASE_HEADERS,
  UseCaseKey,
  WEIGHT_LABELS,
  isLabel,
  labelKey,
} from './vocabulary';

/** A 1-based cell. */
export interface Pos {
  row: number;
  column: number;
}

export function a1(sheet: FakeSheet, pos: Pos): string {
  return `${sheet.view.title()}!${columnLetter(pos.column)}${pos.row}`;
}

export function valueAt(sheet: FakeSheet, row: number, column: number): CellValue {
  return sheet.view.peek(row, column).value;
}

export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

/** Nothing typed, no formula, no note: a cell a person may type into without overwriting anything. */
export function isEmptyCell(sheet: FakeSheet, pos: Pos): boolean {
  const size = sheet.view.size();
  if (pos.row < 1 || pos.column < 1 || pos.column > size.columns) return false;
  // Below the last row is empty too: typing there grows the tab, as a person scrolling down does.
  if (pos.row > size.rows) return true;
  const cell = sheet.view.peek(pos.row, pos.column);
  return cell.value === '' && cell.formula === '' && cell.note === '';
}

export function findTab(book: FakeSpreadsheet, key: TabKey): FakeSheet | null {
  const keys = Object.values(TAB_NAMES[key]).map(labelKey);
  const name = book.view.sheetNames().find((n) => keys.includes(labelKey(n)));
  return name === undefined ? null : book.view.sheet(name);
}

export interface TableModel<K extends string> {
  sheet: FakeSheet;
  headerRow: number;
  /** Every known header of the header row, wherever it is (first occurrence). */
  columns: Partial<Record<K, number>>;
  /** The table's columns: its known headers and the team's columns touching them, up to a blank or a stop label. */
  span: { first: number; last: number };
  /** The last row with a value in the span (the header row when the table is empty). */
  lastRow: number;
}

function headersOf<K extends string>(sheet: FakeSheet, row: number, labels: Record<K, readonly string[]>) {
  const columns: Partial<Record<K, number>> = {};
  const keys = Object.keys(labels) as K[];
  for (let c = 1; c <= sheet.view.size().columns; c++) {
    const cell = valueAt(sheet, row, c);
    if (typeof cell !== 'string' || cell === '') continue;
    const key = keys.find((k) => isLabel(cell, labels[k]));
    if (key !== undefined && columns[key] === undefined) columns[key] = c;
  }
  return columns;
}

/**
 * The bottom-most row holding every required header (a copy of the header row above the table is not the
 * table), and the span around `anchor` between the nearest stop labels on either side.
 */
export function locateTable<K extends string>(
  sheet: FakeSheet,
  labels: Record<K, readonly string[]>,
  required: readonly K[],
  anchor: K,
  stops: readonly string[],
): TableModel<K> | null {
  const size = sheet.view.size();
  let found: { row: number; columns: Partial<Record<K, number>> } | null = null;
  for (let r = 1; r <= size.rows; r++) {
    const columns = headersOf(sheet, r, labels);
    if (required.every((k) => columns[k] !== undefined)) found = { row: r, columns };
  }
  if (!found) return null;
  const { row, columns } = found;
  const at = columns[anchor] as number;
  const stopColumns = [];
  for (let c = 1; c <= size.columns; c++) if (isLabel(valueAt(sheet, row, c), stops)) stopColumns.push(c);
  const leftStop = Math.max(0, ...stopColumns.filter((c) => c < at));
  const rightStop = Math.min(size.columns + 1, ...stopColumns.filter((c) => c > at));
  const inside = (Object.values(columns) as number[]).filter((c) => c > leftStop && c < rightStop);
  let first = Math.min(...inside);
  let last = Math.max(...inside);
  while (first - 1 > leftStop && !isBlank(valueAt(sheet, row, first - 1))) first--;
  while (last + 1 < rightStop && !isBlank(valueAt(sheet, row, last + 1))) last++;
  let lastRow = row;
  for (let r = size.rows; r > row; r--) {
    let any = false;
    for (let c = first; c <= last && !any; c++) any = !isBlank(valueAt(sheet, r, c));
    if (any) {
      lastRow = r;
      break;
    }
  }
  return { sheet, headerRow: row, columns, span: { first, last }, lastRow };
}

const SETTINGS_STOPS = [...WEIGHT_LABELS.title, ...MATRIX_DATA_TITLE];

export function useCaseTable(sheet: FakeSheet): TableModel<UseCaseKey> | null {
  const required: UseCaseKey[] = ['useCase', 'businessImpact', 'customerImpact', 'difficulty'];
  return locateTable(sheet, USE_CASE_HEADERS, required, 'useCase', SETTINGS_STOPS);
}

export function scenarioTable(sheet: FakeSheet): TableModel<ScenarioKey> | null {
  // A scenario map set up before the Use case column is still the scenario map.
  const required = (Object.keys(SCENARIO_HEADERS) as ScenarioKey[]).filter((k) => k !== 'useCase');
  return locateTable(sheet, SCENARIO_HEADERS, required, 'name', OVERVIEW_CORNER);
}

export function dataNeedTable(sheet: FakeSheet): TableModel<DataNeedKey> | null {
  const required = Object.keys(DATA_NEED_HEADERS) as DataNeedKey[];
  return locateTable(sheet, DATA_NEED_HEADERS, required, 'scenario', []);
}

/** The use cases: rows of the table whose ID cell holds a use-case ID (UC-nn), by ID. */
export function useCaseRows(table: TableModel<UseCaseKey>): { row: number; id: string }[] {
  const idColumn = table.columns.id;
  if (idColumn === undefined) return [];
  const rows = [];
  for (let r = table.headerRow + 1; r <= table.lastRow; r++) {
    const id = valueAt(table.sheet, r, idColumn);
    if (typeof id === 'string' && /^UC-\d+$/.test(id)) rows.push({ row: r, id });
  }
  return rows;
}

/** The first cell in reading order holding one of these labels. */
export function findLabel(sheet: FakeSheet, spellings: readonly string[]): Pos | null {
  const size = sheet.view.size();
  for (let r = 1; r <= size.rows; r++)
    for (let c = 1; c <= size.columns; c++) if (isLabel(valueAt(sheet, r, c), spellings)) return { row: r, column: c };
  return null;
}

export interface SettingsModel {
  title: Pos | null;
  business: Pos | null;
  customer: Pos | null;
  /** The chart-data block: its title, its header row, then its rows down to the first blank one. */
  block: { title: Pos; lastRow: number } | null;
}

export const BLOCK_WIDTH = 3;

export function settingsModel(sheet: FakeSheet): SettingsModel {
  const blockTitle = findLabel(sheet, MATRIX_DATA_TITLE);
  let block: SettingsModel['block'] = null;
  if (blockTitle) {
    let lastRow = Math.min(blockTitle.row + 1, sheet.view.size().rows);
    while (lastRow + 1 <= sheet.view.size().rows && isPointRow(sheet, lastRow + 1, blockTitle.column)) lastRow++;
    block = { title: blockTitle, lastRow };
  }
  return {
    title: findLabel(sheet, WEIGHT_LABELS.title),
    business: findLabel(sheet, WEIGHT_LABELS.business),
    customer: findLabel(sheet, WEIGHT_LABELS.customer),
    block,
  };
}

/**
 * A row the add-on wrote into the chart data: a use case's label, its difficulty and its value. A team's note
 * typed right under the block is not one (and holds a token), however close it sits.
 */
function isPointRow(sheet: FakeSheet, row: number, column: number): boolean {
  const [label, difficulty, value] = [0, 1, 2].map((i) => valueAt(sheet, row, column + i));
  return (
    typeof label === 'string' &&
    label !== '' &&
    !label.includes('~t') &&
    typeof difficulty === 'number' &&
    typeof value === 'number'
  );
}

/**
 * The cells prioritising may write over, as the README and the issue define them: the Score, Rank and Quadrant
 * cells below the header, the labels of the weights area (not the team's weights) and the chart-data block.
 */
export function prioritiseOwns(sheet: FakeSheet): (pos: Pos) => boolean {
  const table = useCaseTable(sheet);
  const settings = settingsModel(sheet);
  const computed = new Set(
    table ? (['score', 'rank', 'quadrant'] as const).flatMap((k) => table.columns[k] ?? []) : [],
  );
  const labels = [settings.title, settings.business, settings.customer].filter((p): p is Pos => p !== null);
  const block = settings.block;
  return (pos) =>
    (table !== null && pos.row > table.headerRow && computed.has(pos.column)) ||
    labels.some((l) => l.row === pos.row && l.column === pos.column) ||
    (block !== null &&
      pos.row >= block.title.row &&
      pos.row <= block.lastRow &&
      pos.column >= block.title.column &&
      pos.column < block.title.column + BLOCK_WIDTH);
}

/** The team's tokens: `~t<n>~`, unique, inside a value, a formula's text or a note. */
export const TOKEN = /~t\d+~/g;

export interface Occurrence extends Pos {
  where: 'value' | 'formula' | 'note';
}

export function scanTokens(sheet: FakeSheet): Map<string, Occurrence[]> {
  const found = new Map<string, Occurrence[]>();
  const size = sheet.view.size();
  const add = (text: string, row: number, column: number, where: Occurrence['where']) => {
    for (const token of text.match(TOKEN) ?? []) {
      const list = found.get(token) ?? [];
      list.push({ row, column, where });
      found.set(token, list);
    }
  };
  for (let r = 1; r <= size.rows; r++) {
    for (let c = 1; c <= size.columns; c++) {
      const cell = sheet.view.peek(r, c);
      if (typeof cell.value === 'string' && cell.value.includes('~t')) add(cell.value, r, c, 'value');
      if (cell.formula.includes('~t')) add(cell.formula, r, c, 'formula');
      if (cell.note.includes('~t')) add(cell.note, r, c, 'note');
    }
  }
  return found;
}
