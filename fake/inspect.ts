/**
 * The uncounted side of the fake. Every fake object is two things: its Apps Script class's methods, each call
 * counted (counting.ts), and a `view`: the state behind them, which the fake's other classes, the tests and the
 * workbench read and arrange without counting (`sheet.view.peek(r, c)`, `book.view.sheet('Use cases')`).
 * Nothing here is Apps Script: the add-on, typed by @types/google-apps-script, cannot name a `view`.
 */
import { CallLog } from './calls';
import { Cell, copyCell } from './cell';
import type { FakeChart } from './chart';
import { FakeConditionalFormatRule, conditionalFormatOf } from './conditional-format';
import { CellGrid } from './grid';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';
import type { FakeSpreadsheet } from './spreadsheet';
import { CellValue } from './typed-input';
import { columnLetter } from './values';

export interface Toast {
  message: string;
  title: string;
  seconds: number | null;
}

export class SpreadsheetView {
  readonly toasts: Toast[] = [];
  active: FakeSheet;

  constructor(
    readonly log: CallLog,
    public locale: string,
    public timeZone: string,
    /** The tabs in order; the Spreadsheet methods change it in place. */
    readonly sheets: FakeSheet[],
  ) {
    if (sheets.length === 0) throw new Error('A spreadsheet has at least one sheet.');
    this.active = sheets[0];
  }

  /** A tab by its exact name; throws, listing the tabs, when there is none. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.view.title() === name);
    if (!found) throw new Error(`No sheet named ${name} (have: ${this.sheetNames().join(', ')})`);
    return found;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.view.title());
  }

  indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }

  assertNameFree(name: string, except?: FakeSheet): void {
    if (this.sheets.some((s) => s !== except && s.view.title().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }
}

let nextSheetId = 1000;

export class SheetView {
  readonly grid: CellGrid;
  readonly sheetId = nextSheetId++;
  frozenRows = 0;
  frozenColumns = 0;
  tabColor: string | null = null;
  charts: FakeChart[] = [];
  conditionalFormats: FakeConditionalFormatRule[] = [];

  constructor(
    readonly book: FakeSpreadsheet,
    private name: string,
  ) {
    this.grid = new CellGrid(() => this.locale());
  }

  get log(): CallLog {
    return this.book.log;
  }

  locale(): string {
    return this.book.view.locale;
  }

  title(): string {
    return this.name;
  }

  rename(name: string): void {
    this.name = name;
  }

  peek(row: number, column: number): Cell {
    return this.grid.peek(row, column);
  }

  /** Each cell ever written, row by row: what a whole-sheet comparison reads (every other cell is blank). */
  eachStored(visit: (row: number, column: number, cell: Cell) => void): void {
    this.grid.eachStored(visit);
  }

  /** A cell to write into, created if blank: the sheet's formulas are computed again before the next read. */
  cell(row: number, column: number): Cell {
    return this.grid.cell(row, column);
  }

  put(row: number, column: number, cell: Cell): void {
    this.grid.put(row, column, cell);
  }

  /** What getValues reads in a cell: its own value, a formula's result, or a spilled value. */
  valueAt(row: number, column: number): CellValue {
    return this.grid.valueAt(row, column);
  }

  /** Whether a cell shows a value spilled from an array formula above or to its left. */
  isSpilled(row: number, column: number): boolean {
    return this.grid.isSpilled(row, column);
  }

  /** The last row with content, spilled values included, as getLastRow counts it. */
  lastRow(): number {
    return this.grid.lastRow();
  }

  lastColumn(): number {
    return this.grid.lastColumn();
  }

  size(): { rows: number; columns: number } {
    return { rows: this.grid.maxRows, columns: this.grid.maxColumns };
  }

  /** The size a sheet made by hand would have. */
  resize(rows: number, columns: number): void {
    this.grid.resize(rows, columns);
  }

  frozen(): { rows: number; columns: number } {
    return { rows: this.frozenRows, columns: this.frozenColumns };
  }

  widthOf(column: number): number {
    return this.grid.widthOf(column);
  }

  chartList(): FakeChart[] {
    return [...this.charts];
  }

  /** The colours a cell shows through the sheet's conditional formats (never what getBackgrounds reads), or null. */
  conditionalFormatAt(row: number, column: number): { background: string | null; fontColor: string | null } | null {
    return conditionalFormatOf(this.conditionalFormats, row, column, this.valueAt(row, column));
  }

  /** Every cell as plain data (validations described, not referenced), to compare a whole sheet before and after. */
  snapshot(): PlainCell[][] {
    const out: PlainCell[][] = [];
    for (let r = 1; r <= this.grid.maxRows; r++) {
      const line: PlainCell[] = [];
      for (let c = 1; c <= this.grid.maxColumns; c++) {
        const cell = copyCell(this.peek(r, c));
        line.push({ ...cell, validation: cell.validation ? cell.validation.view.describe() : null });
      }
      out.push(line);
    }
    return out;
  }
}

export class RangeView {
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  get log(): CallLog {
    return this.sheet.view.log;
  }

  box(): { sheet: FakeSheet; row: number; column: number; numRows: number; numColumns: number } {
    return {
      sheet: this.sheet,
      row: this.row,
      column: this.column,
      numRows: this.numRows,
      numColumns: this.numColumns,
    };
  }

  a1(): string {
    const start = `${columnLetter(this.column)}${this.row}`;
    if (this.numRows === 1 && this.numColumns === 1) return start;
    return `${start}:${columnLetter(this.column + this.numColumns - 1)}${this.row + this.numRows - 1}`;
  }
}

export type CriteriaType = 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'NUMBER_BETWEEN';

export interface ValidationDescription {
  criteriaType: CriteriaType;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export type PlainCell = Omit<Cell, 'validation'> & { validation: ValidationDescription | null };

export class ValidationView {
  constructor(
    readonly log: CallLog,
    readonly criteriaType: CriteriaType,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}

  /** A plain description (a range as `Sheet!A1:B2`), for snapshots, saved workbooks and assertions. */
  describe(): ValidationDescription {
    return {
      criteriaType: this.criteriaType,
      values: this.criteriaValues.map((v) => (isRange(v) ? `${v.view.sheet.view.title()}!${v.view.a1()}` : v)),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
}

function isRange(value: unknown): value is FakeRange {
  return typeof value === 'object' && value !== null && (value as { view?: unknown }).view instanceof RangeView;
}

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** A chart as built: what the workbench draws and the tests check. */
export interface ChartView {
  readonly log: CallLog;
  readonly chartId: number;
  readonly chartType: string;
  readonly ranges: readonly FakeRange[];
  readonly position: Readonly<ChartPosition>;
  readonly options: Readonly<Record<string, unknown>>;
}

/** A text style as built: unset parts (null) leave a cell's own as they are. */
export interface TextStyleView {
  readonly log: CallLog;
  readonly bold: boolean | null;
  readonly italic: boolean | null;
  readonly color: string | null;
  readonly size: number | null;
}
