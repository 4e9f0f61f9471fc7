/**
 * A tab described as data: one rectangular grid from A1 with its layers (values, fills, fonts, notes, wraps),
 * plus validations, shaded column bands, frozen panes and widths. `sheets/write-tab.ts` writes a spec in a
 * handful of block calls whatever its size; the pure templates build specs without touching Apps Script.
 */
import { TabKey } from './vocabulary';

export type CellInput = string | number;

export interface TabGrid {
  /** Values; a formula's cell is empty here and its formula is in `formulas`. */
  values: CellInput[][];
  backgrounds: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
  fontColors: string[][];
  fontSizes: number[][];
  notes: string[][];
  wraps: boolean[][];
}

export type ValidationRule =
  | { kind: 'list'; values: readonly string[]; help: string }
  | { kind: 'numberBetween'; min: number; max: number; help: string }
  /**
   * A column of another template table (the scenario names, the use-case IDs), wherever that table is: resolved
   * to a range when the tab is written, from under its header to the sheet's end so rows added later are in it.
   */
  | { kind: 'tableColumn'; table: 'scenarioMap' | 'useCases'; column: 'name' | 'id'; help: string };

export interface ValidationSpec {
  /** 1-based top-left cell. */
  row: number;
  column: number;
  /** A count, or down to the sheet's last row so rows people add later get the dropdown too. */
  numRows: number | 'toEnd';
  /** Side by side columns with the same rule (default 1). */
  numColumns?: number;
  rule: ValidationRule;
}

/** A style applied to whole columns below a row, e.g. the computed columns' shading, down to the sheet's end. */
export interface ColumnBand {
  column: number;
  numColumns: number;
  fromRow: number;
  style: { background?: string; wrap?: boolean; bold?: boolean };
}

/**
 * A formula at a 1-based cell, written with setFormula(s), never inside setValues (see sheets/write-tab.ts): formulas in
 * a rectangle of adjacent cells go in one setFormulas call.
 */
export interface FormulaSpec {
  row: number;
  column: number;
  formula: string;
}

/** Formulas in a rectangle whose top-left cell is at `row`, `column` (1-based): one setFormulas call. */
export interface FormulaBlock {
  row: number;
  column: number;
  formulas: string[][];
}

/**
 * Formulas grouped into rectangles: each column's runs of adjacent rows, then side-by-side columns with the same run.
 * A table of formula columns is one block however many rows it has.
 */
export function formulaBlocks(formulas: readonly FormulaSpec[]): FormulaBlock[] {
  const runs: FormulaBlock[] = [];
  const sorted = [...formulas].sort((a, b) => a.column - b.column || a.row - b.row);
  for (const f of sorted) {
    const run = runs.find((r) => r.column === f.column && r.row + r.formulas.length === f.row);
    if (run) run.formulas.push([f.formula]);
    else runs.push({ row: f.row, column: f.column, formulas: [[f.formula]] });
  }
  const blocks: FormulaBlock[] = [];
  for (const run of runs) {
    const left = blocks.find(
      (b) =>
        b.row === run.row &&
        b.formulas.length === run.formulas.length &&
        b.column + b.formulas[0].length === run.column,
    );
    if (left) left.formulas.forEach((line, i) => line.push(run.formulas[i][0]));
    else blocks.push(run);
  }
  return blocks;
}

/** A conditional format: cells showing exactly `text` (a formula's result) get these colours, whatever else they hold. */
export interface ConditionalFormatSpec {
  /** 1-based top-left cell. */
  row: number;
  column: number;
  numRows: number | 'toEnd';
  numColumns?: number;
  text: string;
  background: string;
  color?: string;
}

export interface ColumnWidth {
  column: number;
  numColumns: number;
  width: number;
}

export interface TabSpec {
  key: TabKey;
  name: string;
  grid: TabGrid;
  formulas: FormulaSpec[];
  validations: ValidationSpec[];
  bands: ColumnBand[];
  frozenRows: number;
  frozenColumns: number;
  /** How every cell of the tab sits in its row; multi-line tables read best from the top. */
  verticalAlignment?: 'top';
  /** Runs of equal widths: one call each. */
  widths: ColumnWidth[];
  /** Written in one call with all of them (a new tab has none to keep). */
  conditionalFormats?: ConditionalFormatSpec[];
}

export interface CellStyle {
  bold?: boolean;
  background?: string;
  color?: string;
  size?: number;
  note?: string;
  wrap?: boolean;
}

/** Builds a TabGrid cell by cell in memory; the result is written in one call per layer. */
export class GridBuilder {
  readonly grid: TabGrid;
  readonly formulas: FormulaSpec[] = [];

  constructor(
    readonly rows: number,
    readonly columns: number,
  ) {
    const layer = <T>(value: T): T[][] => Array.from({ length: rows }, () => new Array<T>(columns).fill(value));
    this.grid = {
      values: layer<CellInput>(''),
      backgrounds: layer<string | null>(null),
      fontWeights: layer<'bold' | 'normal'>('normal'),
      fontColors: layer('#000000'),
      fontSizes: layer(10),
      notes: layer(''),
      wraps: layer(false),
    };
  }

  /** Puts text or a number at a 1-based cell (the sheets layer writes text as text). */
  text(row: number, column: number, value: CellInput, style: CellStyle = {}): this {
    this.check(row, column);
    this.grid.values[row - 1][column - 1] = value;
    return this.style(row, column, style);
  }

  /** Puts a formula, kept apart from the values: it is written with setFormula, and never guarded as text. */
  formula(row: number, column: number, formula: string, style: CellStyle = {}): this {
    this.check(row, column);
    if (!formula.startsWith('=')) throw new Error(`Not a formula: ${formula}`);
    this.formulas.push({ row, column, formula });
    return this.style(row, column, style);
  }

  style(row: number, column: number, style: CellStyle): this {
    this.check(row, column);
    const r = row - 1;
    const c = column - 1;
    if (style.bold !== undefined) this.grid.fontWeights[r][c] = style.bold ? 'bold' : 'normal';
    if (style.background !== undefined) this.grid.backgrounds[r][c] = style.background;
    if (style.color !== undefined) this.grid.fontColors[r][c] = style.color;
    if (style.size !== undefined) this.grid.fontSizes[r][c] = style.size;
    if (style.note !== undefined) this.grid.notes[r][c] = style.note;
    if (style.wrap !== undefined) this.grid.wraps[r][c] = style.wrap;
    return this;
  }

  /** Applies a style to a 1-based block of cells. */
  area(row: number, column: number, numRows: number, numColumns: number, style: CellStyle): this {
    for (let r = row; r < row + numRows; r++)
      for (let c = column; c < column + numColumns; c++) this.style(r, c, style);
    return this;
  }

  private check(row: number, column: number): void {
    if (row < 1 || column < 1 || row > this.rows || column > this.columns) {
      throw new Error(`Cell ${row},${column} is outside the ${this.rows}×${this.columns} grid.`);
    }
  }
}
