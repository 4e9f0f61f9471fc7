/** Range: a block of one sheet's cells, read and written in one call each. */
import { Cell, SortKey, blankCell } from './cell';
import { countCalls } from './counting';
import { RANGE_API } from './range-api';
import type { CellGrid } from './grid';
import type { FakeDataValidation } from './data-validation';
import { RangeView } from './inspect';
import type { FakeSheet } from './sheet';
import { FakeTextStyle, textStyleOf } from './text-style';
import { CellValue, interpretInput } from './typed-input';
import { checkShape, fillOf, normaliseColour } from './values';

type SortSpec = number | { column: number; ascending?: boolean };

export class FakeRange {
  readonly view: RangeView;

  constructor(sheet: FakeSheet, row: number, column: number, numRows: number, numColumns: number) {
    this.view = new RangeView(sheet, row, column, numRows, numColumns);
  }

  getRow(): number {
    return this.view.row;
  }
  getColumn(): number {
    return this.view.column;
  }
  getNumRows(): number {
    return this.view.numRows;
  }
  getNumColumns(): number {
    return this.view.numColumns;
  }
  getLastRow(): number {
    return this.view.row + this.view.numRows - 1;
  }
  getLastColumn(): number {
    return this.view.column + this.view.numColumns - 1;
  }
  getSheet(): FakeSheet {
    return this.view.sheet;
  }
  getA1Notation(): string {
    return this.view.a1();
  }
  getValues(): CellValue[][] {
    return readValues(this.view, (value) => (value instanceof Date ? new Date(value.getTime()) : value));
  }
  getValue(): CellValue {
    return this.view.sheet.view.valueAt(this.view.row, this.view.column);
  }
  getDisplayValues(): string[][] {
    return readValues(this.view, (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)));
  }
  getFormulas(): string[][] {
    return read(this.view, (cell) => cell.formula);
  }
  getFormula(): string {
    return first(this.view).formula;
  }
  setValues(values: unknown[][]): this {
    checkShape(values, this.view.numRows, this.view.numColumns);
    // Interpret everything first: a bad value must not leave half the range written.
    const locale = this.view.sheet.view.locale();
    const interpreted = values.map((line) => line.map((input) => interpretInput(input, locale)));
    return write(this, interpreted, (cell, item: { value: CellValue; formula: string }) => {
      cell.formula = item.formula;
      cell.value = item.value;
    });
  }
  setValue(value: unknown): this {
    return fill(this, value, (cell, input) => setInput(this.view, cell, input));
  }
  setFormula(formula: string): this {
    return fill(this, formula, (cell, f) => setInput(this.view, cell, f.startsWith('=') ? f : `=${f}`));
  }
  setFormulas(formulas: string[][]): this {
    return write(this, formulas, (cell, f: string) =>
      setInput(this.view, cell, f === '' ? '' : f.startsWith('=') ? f : `=${f}`),
    );
  }
  getBackgrounds(): string[][] {
    return read(this.view, (cell) => cell.format.background ?? '#ffffff');
  }
  getBackground(): string {
    return first(this.view).format.background ?? '#ffffff';
  }
  setBackgrounds(colours: (string | null)[][]): this {
    return write(this, colours, (cell, colour: string | null) => {
      const fill = fillOf(colour);
      if (fill !== undefined) cell.format.background = fill;
    });
  }
  setBackground(colour: string | null): this {
    const background = fillOf(colour);
    return background === undefined ? this : fill(this, background, (cell, f) => (cell.format.background = f));
  }
  getNotes(): string[][] {
    return read(this.view, (cell) => cell.note);
  }
  getNote(): string {
    return first(this.view).note;
  }
  setNotes(notes: (string | null)[][]): this {
    return write(this, notes, (cell, note: string | null) => (cell.note = note ?? ''));
  }
  setNote(note: string | null): this {
    return fill(this, note ?? '', (cell, n) => (cell.note = n));
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    return read(this.view, (cell) => cell.validation);
  }
  getDataValidation(): FakeDataValidation | null {
    return first(this.view).validation;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    return fill(this, rule, (cell, r) => (cell.validation = r));
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    return write(this, rules, (cell, r: FakeDataValidation | null) => (cell.validation = r));
  }
  /** Each cell's text style as setTextStyles takes it back. */
  getTextStyles(): FakeTextStyle[][] {
    return read(this.view, (cell) => textStyleOf(this.view.log, cell.format));
  }
  /** Text styles: bold, colour and size of each cell's text, in one call (TextStyle from newTextStyle()). */
  setTextStyles(styles: FakeTextStyle[][]): this {
    return write(this, styles, (cell, { view: style }: FakeTextStyle) => {
      if (style.bold !== null) cell.format.fontWeight = style.bold ? 'bold' : 'normal';
      if (style.italic !== null) cell.format.fontStyle = style.italic ? 'italic' : 'normal';
      if (style.color !== null) cell.format.fontColor = style.color;
      if (style.size !== null) cell.format.fontSize = style.size;
    });
  }
  getFontWeights(): string[][] {
    return read(this.view, (cell) => cell.format.fontWeight);
  }
  setFontWeight(weight: string | null): this {
    return fill(this, weight ?? 'normal', (cell, w) => (cell.format.fontWeight = w));
  }
  setFontWeights(weights: (string | null)[][]): this {
    return write(this, weights, (cell, w: string | null) => (cell.format.fontWeight = w ?? 'normal'));
  }
  getFontColors(): string[][] {
    return read(this.view, (cell) => cell.format.fontColor);
  }
  setFontColor(colour: string | null): this {
    const hex = colour === null ? '#000000' : normaliseColour(colour);
    return hex === null ? this : fill(this, hex, (cell, h) => (cell.format.fontColor = h));
  }
  setFontColors(colours: (string | null)[][]): this {
    return write(this, colours, (cell, colour: string | null) => {
      const hex = colour === null ? '#000000' : normaliseColour(colour);
      if (hex !== null) cell.format.fontColor = hex;
    });
  }
  getFontSizes(): number[][] {
    return read(this.view, (cell) => cell.format.fontSize);
  }
  setFontSize(size: number): this {
    return fill(this, size, (cell, s) => (cell.format.fontSize = s));
  }
  setFontSizes(sizes: number[][]): this {
    return write(this, sizes, (cell, s: number) => (cell.format.fontSize = s));
  }
  setFontStyle(style: string | null): this {
    return fill(this, style ?? 'normal', (cell, s) => (cell.format.fontStyle = s));
  }
  getWraps(): boolean[][] {
    return read(this.view, (cell) => cell.format.wrap);
  }
  setWrap(wrap: boolean): this {
    return fill(this, wrap, (cell, w) => (cell.format.wrap = w));
  }
  setWraps(wraps: boolean[][]): this {
    return write(this, wraps, (cell, w: boolean) => (cell.format.wrap = w));
  }
  setHorizontalAlignment(alignment: string | null): this {
    return fill(this, alignment ?? 'general', (cell, a) => (cell.format.horizontalAlignment = a));
  }
  setVerticalAlignment(alignment: string | null): this {
    return fill(this, alignment ?? 'bottom', (cell, a) => (cell.format.verticalAlignment = a));
  }
  getNumberFormats(): string[][] {
    return read(this.view, (cell) => cell.format.numberFormat);
  }
  setNumberFormat(format: string): this {
    return fill(this, format, (cell, f) => (cell.format.numberFormat = f));
  }
  setNumberFormats(formats: string[][]): this {
    return write(this, formats, (cell, f: string) => (cell.format.numberFormat = f));
  }
  clearContent(): this {
    return fill(this, null, (cell) => {
      cell.value = '';
      cell.formula = '';
    });
  }
  clear(): this {
    return fill(this, null, (cell) => Object.assign(cell, blankCell()));
  }

  /**
   * Sorts the range's rows. Column numbers are absolute sheet columns and must lie inside the range; only the
   * range's cells move, each with its value, formula, format, note and validation.
   */
  sort(spec: SortSpec | SortSpec[]): this {
    const { sheet, row, column, numRows, numColumns } = this.view;
    const keys: SortKey[] = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false },
    );
    for (const key of keys) {
      if (!Number.isInteger(key.column) || key.column < column || key.column >= column + numColumns) {
        throw new Error('Cell reference out of range');
      }
    }
    sheet.view.grid.sortRows(row, column, numRows, numColumns, keys);
    return this;
  }
}

countCalls(FakeRange, 'Range', RANGE_API);

function first(view: RangeView): Cell {
  return view.sheet.view.grid.peek(view.row, view.column);
}

function read<T>(view: RangeView, get: (cell: Cell) => T): T[][] {
  return walk(view, (grid, r, c) => get(grid.peek(r, c)));
}

/** Values as Sheets returns them: a formula's result, and what an array formula above or left spilled here. */
function readValues<T>(view: RangeView, get: (value: CellValue) => T): T[][] {
  return walk(view, (grid, r, c) => get(grid.valueAt(r, c)));
}

function walk<T>(view: RangeView, at: (grid: CellGrid, row: number, column: number) => T): T[][] {
  const { row, column, numRows, numColumns } = view;
  const grid = view.sheet.view.grid;
  const out: T[][] = [];
  for (let r = row; r < row + numRows; r++) {
    const line: T[] = [];
    for (let c = column; c < column + numColumns; c++) line.push(at(grid, r, c));
    out.push(line);
  }
  return out;
}

function write<R extends FakeRange, T>(range: R, data: unknown, apply: (cell: Cell, item: T) => void): R {
  const { sheet, row, column, numRows, numColumns } = range.view;
  checkShape(data, numRows, numColumns);
  const items = data as T[][];
  const grid = sheet.view.grid;
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numColumns; c++) apply(grid.cell(row + r, column + c), items[r][c]);
  }
  return range;
}

function fill<R extends FakeRange, T>(range: R, item: T, apply: (cell: Cell, item: T) => void): R {
  const { sheet, row, column, numRows, numColumns } = range.view;
  const grid = sheet.view.grid;
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numColumns; c++) apply(grid.cell(row + r, column + c), item);
  }
  return range;
}

function setInput(view: RangeView, cell: Cell, input: unknown): void {
  const interpreted = interpretInput(input, view.sheet.view.locale());
  cell.value = interpreted.value;
  cell.formula = interpreted.formula;
}
