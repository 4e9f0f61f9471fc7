/**
 * An in-memory Google Sheets: Spreadsheet, Sheet, Range, data validations and embedded charts, with the
 * documented semantics of APPS_SCRIPT_FACTS.md and every call counted in a CallLog. It implements the subset
 * of the API the add-on uses; a method it lacks fails loudly (TypeError) rather than pretending.
 */
import { CallLog } from './calls';
import { evaluateFormula, failsToParse } from './formulas';
import { CellValue, interpretInput } from './typed-input';
import { columnLetter, fillOf, normaliseColour, parseA1 } from './values';

export interface CellFormat {
  /** null: no fill (grid lines show); '#ffffff': an explicit white fill (they do not). Both read '#ffffff'. */
  background: string | null;
  fontWeight: string;
  fontColor: string;
  fontSize: number;
  fontStyle: string;
  wrap: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  numberFormat: string;
}

export interface Cell {
  value: CellValue;
  formula: string;
  note: string;
  validation: FakeDataValidation | null;
  format: CellFormat;
}

const DEFAULT_FORMAT: CellFormat = {
  background: null,
  fontWeight: 'normal',
  fontColor: '#000000',
  fontSize: 10,
  fontStyle: 'normal',
  wrap: false,
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  numberFormat: '',
};

export function blankCell(): Cell {
  return { value: '', formula: '', note: '', validation: null, format: { ...DEFAULT_FORMAT } };
}

function copyCell(cell: Cell): Cell {
  return {
    value: cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value,
    formula: cell.formula,
    note: cell.note,
    validation: cell.validation,
    format: { ...cell.format },
  };
}

function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}

type Grid<T> = T[][];

function checkShape(data: unknown, numRows: number, numColumns: number): asserts data is unknown[][] {
  if (!Array.isArray(data) || data.some((row) => !Array.isArray(row))) {
    throw new Error("The parameters (number[]) don't match the method signature: expected a 2-D array.");
  }
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data as unknown[][]) {
    if (row.length !== numColumns) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
}

/** Sort order of Sheets: numbers, then strings, then booleans; blank cells always last. */
function sortRank(value: CellValue): number {
  if (value === '') return 4;
  if (typeof value === 'number' || value instanceof Date) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

function compareValues(a: CellValue, b: CellValue, ascending: boolean): number {
  const ra = sortRank(a);
  const rb = sortRank(b);
  if (ra === 4 || rb === 4) return ra - rb; // blanks last whatever the direction
  let result: number;
  if (ra !== rb) result = ra - rb;
  else if (typeof a === 'string' && typeof b === 'string')
    result = a.localeCompare(b, undefined, { sensitivity: 'base' });
  else result = Number(a) - Number(b);
  return ascending ? result : -result;
}

export class FakeRange {
  constructor(
    private readonly sheet: FakeSheet,
    private readonly row: number,
    private readonly column: number,
    private readonly numRows: number,
    private readonly numColumns: number,
  ) {}

  private get log(): CallLog {
    return this.sheet.log;
  }

  private map<T>(read: (cell: Cell) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.sheet.peek(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  /** Values as Sheets returns them: a formula's result, and what an array formula above or left spilled here. */
  private mapValues<T>(read: (value: CellValue) => T): Grid<T> {
    const out: Grid<T> = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(read(this.sheet.valueAt(this.row + r, this.column + c)));
      out.push(line);
    }
    return out;
  }

  private write<T>(data: unknown, apply: (cell: Cell, item: T) => void): this {
    checkShape(data, this.numRows, this.numColumns);
    const grid = data as T[][];
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) apply(this.sheet.cell(this.row + r, this.column + c), grid[r][c]);
    }
    return this;
  }

  private fill<T>(item: T, apply: (cell: Cell, item: T) => void): this {
    for (let r = 0; r < this.numRows; r++) {
      for (let c = 0; c < this.numColumns; c++) apply(this.sheet.cell(this.row + r, this.column + c), item);
    }
    return this;
  }

  private setInput(cell: Cell, input: unknown): void {
    const interpreted = interpretInput(input, this.sheet.locale());
    cell.value = interpreted.value;
    cell.formula = interpreted.formula;
  }

  getRow(): number {
    this.log.record('Range.getRow');
    return this.row;
  }
  getColumn(): number {
    this.log.record('Range.getColumn');
    return this.column;
  }
  getNumRows(): number {
    this.log.record('Range.getNumRows');
    return this.numRows;
  }
  getNumColumns(): number {
    this.log.record('Range.getNumColumns');
    return this.numColumns;
  }
  getLastRow(): number {
    this.log.record('Range.getLastRow');
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    this.log.record('Range.getLastColumn');
    return this.column + this.numColumns - 1;
  }
  getSheet(): FakeSheet {
    this.log.record('Range.getSheet');
    return this.sheet;
  }
  getA1Notation(): string {
    this.log.record('Range.getA1Notation');
    return this.a1();
  }

  /** Not an Apps Script method: the fake's own view of where the range is, uncounted. */
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

  getValues(): CellValue[][] {
    this.log.record('Range.getValues');
    return this.mapValues((value) => (value instanceof Date ? new Date(value.getTime()) : value));
  }
  getValue(): CellValue {
    this.log.record('Range.getValue');
    return this.sheet.valueAt(this.row, this.column);
  }
  getDisplayValues(): string[][] {
    this.log.record('Range.getDisplayValues');
    return this.mapValues((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)));
  }
  getFormulas(): string[][] {
    this.log.record('Range.getFormulas');
    return this.map((cell) => cell.formula);
  }
  getFormula(): string {
    this.log.record('Range.getFormula');
    return this.sheet.peek(this.row, this.column).formula;
  }
  setValues(values: unknown[][]): this {
    this.log.record('Range.setValues');
    checkShape(values, this.numRows, this.numColumns);
    // Interpret everything first: a bad value must not leave half the range written.
    const locale = this.sheet.locale();
    const interpreted = values.map((line) => line.map((input) => interpretInput(input, locale)));
    return this.write(interpreted, (cell, item: { value: CellValue; formula: string }) => {
      cell.formula = item.formula;
      cell.value = item.value;
    });
  }
  setValue(value: unknown): this {
    this.log.record('Range.setValue');
    return this.fill(value, (cell, input) => this.setInput(cell, input));
  }
  setFormula(formula: string): this {
    this.log.record('Range.setFormula');
    return this.fill(formula, (cell, f) => this.setInput(cell, f.startsWith('=') ? f : `=${f}`));
  }
  setFormulas(formulas: string[][]): this {
    this.log.record('Range.setFormulas');
    return this.write(formulas, (cell, f: string) =>
      this.setInput(cell, f === '' ? '' : f.startsWith('=') ? f : `=${f}`),
    );
  }
  getBackgrounds(): string[][] {
    this.log.record('Range.getBackgrounds');
    return this.map((cell) => cell.format.background ?? '#ffffff');
  }
  getBackground(): string {
    this.log.record('Range.getBackground');
    return this.sheet.peek(this.row, this.column).format.background ?? '#ffffff';
  }
  setBackgrounds(colours: (string | null)[][]): this {
    this.log.record('Range.setBackgrounds');
    return this.write(colours, (cell, colour: string | null) => {
      const fill = fillOf(colour);
      if (fill !== undefined) cell.format.background = fill;
    });
  }
  setBackground(colour: string | null): this {
    this.log.record('Range.setBackground');
    const fill = fillOf(colour);
    return fill === undefined ? this : this.fill(fill, (cell, f) => (cell.format.background = f));
  }
  getNotes(): string[][] {
    this.log.record('Range.getNotes');
    return this.map((cell) => cell.note);
  }
  getNote(): string {
    this.log.record('Range.getNote');
    return this.sheet.peek(this.row, this.column).note;
  }
  setNotes(notes: (string | null)[][]): this {
    this.log.record('Range.setNotes');
    return this.write(notes, (cell, note: string | null) => {
      cell.note = note ?? '';
    });
  }
  setNote(note: string | null): this {
    this.log.record('Range.setNote');
    return this.fill(note ?? '', (cell, n) => {
      cell.note = n;
    });
  }
  getDataValidations(): (FakeDataValidation | null)[][] {
    this.log.record('Range.getDataValidations');
    return this.map((cell) => cell.validation);
  }
  getDataValidation(): FakeDataValidation | null {
    this.log.record('Range.getDataValidation');
    return this.sheet.peek(this.row, this.column).validation;
  }
  setDataValidation(rule: FakeDataValidation | null): this {
    this.log.record('Range.setDataValidation');
    return this.fill(rule, (cell, r) => {
      cell.validation = r;
    });
  }
  setDataValidations(rules: (FakeDataValidation | null)[][]): this {
    this.log.record('Range.setDataValidations');
    return this.write(rules, (cell, r: FakeDataValidation | null) => {
      cell.validation = r;
    });
  }
  /** Text styles: bold, colour and size of each cell's text, in one call (TextStyle from newTextStyle()). */
  setTextStyles(styles: FakeTextStyle[][]): this {
    this.log.record('Range.setTextStyles');
    return this.write(styles, (cell, style: FakeTextStyle) => {
      if (style.bold !== null) cell.format.fontWeight = style.bold ? 'bold' : 'normal';
      if (style.italic !== null) cell.format.fontStyle = style.italic ? 'italic' : 'normal';
      if (style.color !== null) cell.format.fontColor = style.color;
      if (style.size !== null) cell.format.fontSize = style.size;
    });
  }
  getFontWeights(): string[][] {
    this.log.record('Range.getFontWeights');
    return this.map((cell) => cell.format.fontWeight);
  }
  setFontWeight(weight: string | null): this {
    this.log.record('Range.setFontWeight');
    return this.fill(weight ?? 'normal', (cell, w) => {
      cell.format.fontWeight = w;
    });
  }
  setFontWeights(weights: (string | null)[][]): this {
    this.log.record('Range.setFontWeights');
    return this.write(weights, (cell, w: string | null) => {
      cell.format.fontWeight = w ?? 'normal';
    });
  }
  getFontColors(): string[][] {
    this.log.record('Range.getFontColors');
    return this.map((cell) => cell.format.fontColor);
  }
  setFontColor(colour: string | null): this {
    this.log.record('Range.setFontColor');
    const hex = colour === null ? '#000000' : normaliseColour(colour);
    return hex === null
      ? this
      : this.fill(hex, (cell, h) => {
          cell.format.fontColor = h;
        });
  }
  setFontColors(colours: (string | null)[][]): this {
    this.log.record('Range.setFontColors');
    return this.write(colours, (cell, colour: string | null) => {
      const hex = colour === null ? '#000000' : normaliseColour(colour);
      if (hex !== null) cell.format.fontColor = hex;
    });
  }
  getFontSizes(): number[][] {
    this.log.record('Range.getFontSizes');
    return this.map((cell) => cell.format.fontSize);
  }
  setFontSize(size: number): this {
    this.log.record('Range.setFontSize');
    return this.fill(size, (cell, s) => {
      cell.format.fontSize = s;
    });
  }
  setFontSizes(sizes: number[][]): this {
    this.log.record('Range.setFontSizes');
    return this.write(sizes, (cell, s: number) => {
      cell.format.fontSize = s;
    });
  }
  setFontStyle(style: string | null): this {
    this.log.record('Range.setFontStyle');
    return this.fill(style ?? 'normal', (cell, s) => {
      cell.format.fontStyle = s;
    });
  }
  getWraps(): boolean[][] {
    this.log.record('Range.getWraps');
    return this.map((cell) => cell.format.wrap);
  }
  setWrap(wrap: boolean): this {
    this.log.record('Range.setWrap');
    return this.fill(wrap, (cell, w) => {
      cell.format.wrap = w;
    });
  }
  setWraps(wraps: boolean[][]): this {
    this.log.record('Range.setWraps');
    return this.write(wraps, (cell, w: boolean) => {
      cell.format.wrap = w;
    });
  }
  setHorizontalAlignment(alignment: string | null): this {
    this.log.record('Range.setHorizontalAlignment');
    return this.fill(alignment ?? 'general', (cell, a) => {
      cell.format.horizontalAlignment = a;
    });
  }
  setVerticalAlignment(alignment: string | null): this {
    this.log.record('Range.setVerticalAlignment');
    return this.fill(alignment ?? 'bottom', (cell, a) => {
      cell.format.verticalAlignment = a;
    });
  }
  getNumberFormats(): string[][] {
    this.log.record('Range.getNumberFormats');
    return this.map((cell) => cell.format.numberFormat);
  }
  setNumberFormat(format: string): this {
    this.log.record('Range.setNumberFormat');
    return this.fill(format, (cell, f) => {
      cell.format.numberFormat = f;
    });
  }
  clearContent(): this {
    this.log.record('Range.clearContent');
    return this.fill(null, (cell) => {
      cell.value = '';
      cell.formula = '';
    });
  }
  clear(): this {
    this.log.record('Range.clear');
    return this.fill(null, (cell) => {
      Object.assign(cell, blankCell());
    });
  }

  /**
   * Sorts the range's rows. Column numbers are absolute sheet columns and must lie inside the range; only the
   * range's cells move, each with its value, formula, format, note and validation.
   */
  sort(
    spec: number | { column: number; ascending?: boolean } | (number | { column: number; ascending?: boolean })[],
  ): this {
    this.log.record('Range.sort');
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === 'number' ? { column: s, ascending: true } : { column: s.column, ascending: s.ascending !== false },
    );
    for (const s of specs) {
      if (!Number.isInteger(s.column) || s.column < this.column || s.column >= this.column + this.numColumns) {
        throw new Error('Cell reference out of range');
      }
    }
    const lines: Cell[][] = [];
    for (let r = 0; r < this.numRows; r++) {
      const line: Cell[] = [];
      for (let c = 0; c < this.numColumns; c++) line.push(this.sheet.cell(this.row + r, this.column + c));
      lines.push(line);
    }
    // Compared by what the cells read (a formula's result), before any of them moves.
    const ordered = lines
      .map((line, index) => ({
        line,
        index,
        value: line.map((_, c) => this.sheet.valueAt(this.row + index, this.column + c)),
      }))
      .sort((a, b) => {
        for (const s of specs) {
          const i = s.column - this.column;
          const result = compareValues(a.value[i], b.value[i], s.ascending);
          if (result !== 0) return result;
        }
        return a.index - b.index;
      });
    ordered.forEach(({ line }, r) => {
      line.forEach((cell, c) => this.sheet.put(this.row + r, this.column + c, cell));
    });
    return this;
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

export class FakeDataValidation {
  constructor(
    private readonly log: CallLog,
    readonly criteriaType: CriteriaType,
    readonly criteriaValues: unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
  ) {}
  /** Uncounted plain description, for snapshots and assertions. */
  describe(): ValidationDescription {
    return {
      criteriaType: this.criteriaType,
      values: this.criteriaValues.map((v) => (v instanceof FakeRange ? `${v.box().sheet.title()}!${v.a1()}` : v)),
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
  getCriteriaType(): CriteriaType {
    this.log.record('DataValidation.getCriteriaType');
    return this.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    this.log.record('DataValidation.getCriteriaValues');
    return [...this.criteriaValues];
  }
  getAllowInvalid(): boolean {
    this.log.record('DataValidation.getAllowInvalid');
    return this.allowInvalid;
  }
  getHelpText(): string {
    this.log.record('DataValidation.getHelpText');
    return this.helpText;
  }
}

export class FakeDataValidationBuilder {
  private criteriaType: CriteriaType | null = null;
  private criteriaValues: unknown[] = [];
  // Apps Script's default: invalid input gets a warning, not a rejection.
  private allowInvalid = true;
  private helpText = '';
  constructor(private readonly log: CallLog) {}
  requireValueInList(values: string[], showDropdown = true): this {
    this.log.record('DataValidationBuilder.requireValueInList');
    this.criteriaType = 'VALUE_IN_LIST';
    this.criteriaValues = [[...values], showDropdown];
    return this;
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    this.log.record('DataValidationBuilder.requireValueInRange');
    this.criteriaType = 'VALUE_IN_RANGE';
    this.criteriaValues = [range, showDropdown];
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.log.record('DataValidationBuilder.requireNumberBetween');
    this.criteriaType = 'NUMBER_BETWEEN';
    this.criteriaValues = [start, end];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.log.record('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.log.record('DataValidationBuilder.setHelpText');
    this.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    this.log.record('DataValidationBuilder.build');
    if (this.criteriaType === null) throw new Error('Data validation criteria must be set before building.');
    return new FakeDataValidation(this.log, this.criteriaType, this.criteriaValues, this.allowInvalid, this.helpText);
  }
}

let nextChartId = 1;

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export class FakeChart {
  constructor(
    private readonly log: CallLog,
    readonly chartId: number,
    readonly chartType: string,
    readonly ranges: FakeRange[],
    readonly position: ChartPosition,
    readonly options: Record<string, unknown>,
  ) {}
  getChartId(): number {
    this.log.record('EmbeddedChart.getChartId');
    return this.chartId;
  }
  getRanges(): FakeRange[] {
    this.log.record('EmbeddedChart.getRanges');
    return [...this.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    this.log.record('EmbeddedChart.getOptions');
    return { get: (option: string) => this.options[option] ?? null };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    this.log.record('EmbeddedChart.getContainerInfo');
    const p = this.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): FakeChartBuilder {
    this.log.record('EmbeddedChart.modify');
    return new FakeChartBuilder(this.log, this);
  }
}

export class FakeChartBuilder {
  private chartType = 'LINE';
  private ranges: FakeRange[] = [];
  private position: ChartPosition = { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
  private options: Record<string, unknown> = {};
  private readonly chartId: number;
  constructor(
    private readonly log: CallLog,
    from?: FakeChart,
  ) {
    this.chartId = from ? from.chartId : nextChartId++;
    if (from) {
      this.chartType = from.chartType;
      this.ranges = [...from.ranges];
      this.position = { ...from.position };
      this.options = { ...from.options };
    }
  }
  setChartType(type: string): this {
    this.log.record('EmbeddedChartBuilder.setChartType');
    this.chartType = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.log.record('EmbeddedChartBuilder.addRange');
    this.ranges.push(range);
    return this;
  }
  clearRanges(): this {
    this.log.record('EmbeddedChartBuilder.clearRanges');
    this.ranges = [];
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.log.record('EmbeddedChartBuilder.setPosition');
    this.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.log.record('EmbeddedChartBuilder.setNumHeaders');
    this.options.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.log.record('EmbeddedChartBuilder.setOption');
    this.options[option] = value;
    return this;
  }
  build(): FakeChart {
    this.log.record('EmbeddedChartBuilder.build');
    return new FakeChart(
      this.log,
      this.chartId,
      this.chartType,
      [...this.ranges],
      { ...this.position },
      { ...this.options },
    );
  }
}

/** A text style as SpreadsheetApp.newTextStyle() builds it; unset parts leave a cell's own as they are. */
export class FakeTextStyle {
  constructor(
    private readonly log: CallLog,
    readonly bold: boolean | null,
    readonly italic: boolean | null,
    readonly color: string | null,
    readonly size: number | null,
  ) {}
  isBold(): boolean | null {
    this.log.record('TextStyle.isBold');
    return this.bold;
  }
  getForegroundColor(): string | null {
    this.log.record('TextStyle.getForegroundColor');
    return this.color;
  }
  getFontSize(): number | null {
    this.log.record('TextStyle.getFontSize');
    return this.size;
  }
}

export class FakeTextStyleBuilder {
  private bold: boolean | null = null;
  private italic: boolean | null = null;
  private color: string | null = null;
  private size: number | null = null;
  constructor(private readonly log: CallLog) {}
  setBold(bold: boolean): this {
    this.log.record('TextStyleBuilder.setBold');
    this.bold = bold;
    return this;
  }
  setItalic(italic: boolean): this {
    this.log.record('TextStyleBuilder.setItalic');
    this.italic = italic;
    return this;
  }
  setForegroundColor(color: string): this {
    this.log.record('TextStyleBuilder.setForegroundColor');
    this.color = normaliseColour(color);
    return this;
  }
  setFontSize(size: number): this {
    this.log.record('TextStyleBuilder.setFontSize');
    this.size = size;
    return this;
  }
  build(): FakeTextStyle {
    this.log.record('TextStyleBuilder.build');
    return new FakeTextStyle(this.log, this.bold, this.italic, this.color, this.size);
  }
}

/** Several ranges of one sheet, changed in one call. */
export class FakeRangeList {
  constructor(
    private readonly log: CallLog,
    private readonly ranges: FakeRange[],
  ) {}
  getRanges(): FakeRange[] {
    this.log.record('RangeList.getRanges');
    return [...this.ranges];
  }
  setBackground(colour: string | null): this {
    this.log.record('RangeList.setBackground');
    this.log.uncounted(() => this.ranges.forEach((range) => range.setBackground(colour)));
    return this;
  }
  setValue(value: unknown): this {
    this.log.record('RangeList.setValue');
    this.log.uncounted(() => this.ranges.forEach((range) => range.setValue(value)));
    return this;
  }
}

/**
 * The new order of `size` rows or columns after moving `count` of them from `start` to before `destination`
 * (1-based, counted before the move): entry i is the old index of what ends at i + 1.
 */
function moveOrder(size: number, start: number, count: number, destination: number, what: string): number[] {
  const end = start + count - 1;
  if (!Number.isInteger(destination) || destination < 1 || destination > size + 1 || end > size)
    throw new Error(`Those ${what} are out of bounds.`);
  if (destination > start && destination <= end)
    throw new Error(`The destination must lie outside the ${what} being moved.`);
  const all = Array.from({ length: size }, (_, i) => i + 1);
  const moved = all.slice(start - 1, end);
  const rest = all.filter((index) => index < start || index > end);
  const at = rest.filter((index) => index < destination).length;
  return [...rest.slice(0, at), ...moved, ...rest.slice(at)];
}

let nextSheetId = 1000;

export class FakeSheet {
  private rows: (Cell | undefined)[][] = [];
  private maxRows = 1000;
  private maxColumns = 26;
  private frozenRows = 0;
  private frozenColumns = 0;
  private readonly columnWidths = new Map<number, number>();
  private tabColor: string | null = null;
  private charts: FakeChart[] = [];
  readonly sheetId = nextSheetId++;

  constructor(
    readonly spreadsheet: FakeSpreadsheet,
    private name: string,
  ) {}

  get log(): CallLog {
    return this.spreadsheet.log;
  }

  locale(): string {
    return this.spreadsheet.locale;
  }

  /** Spilled values by "row,column" (1-based), computed from the formulas when something changed. */
  private readonly spills = new Map<string, CellValue>();
  /** Formulas' results by "row,column": kept apart from the cells, which hold only what was written. */
  private readonly results = new Map<string, CellValue>();
  private stale = true;

  /** Uncounted cell access for the fake itself and for test assertions. */
  peek(row: number, column: number): Cell {
    return this.rows[row - 1]?.[column - 1] ?? blankCell();
  }

  /** A cell about to be written: the sheet's formulas are computed again before the next read. */
  cell(row: number, column: number): Cell {
    this.stale = true;
    const line = (this.rows[row - 1] ??= []);
    return (line[column - 1] ??= blankCell());
  }

  put(row: number, column: number, cell: Cell): void {
    this.stale = true;
    (this.rows[row - 1] ??= [])[column - 1] = cell;
  }

  /** Uncounted: what getValues reads in a cell (its own value, a formula's result, or a spilled value). */
  valueAt(row: number, column: number): CellValue {
    this.recalculate();
    return this.computed(row, column);
  }

  /** Uncounted: whether a cell shows a value spilled from an array formula above or to its left. */
  isSpilled(row: number, column: number): boolean {
    this.recalculate();
    return !hasContent(this.rows[row - 1]?.[column - 1]) && this.spills.has(`${row},${column}`);
  }

  /**
   * Computes every formula as Sheets would, in reading order: a formula that does not parse in the locale is
   * #ERROR!; an array result spills over empty cells, and is #REF! when a cell it needs holds something.
   */
  private recalculate(): void {
    if (!this.stale) return;
    this.stale = false;
    this.spills.clear();
    this.results.clear();
    const lastRow = this.rows.length;
    const read = (r: number, c: number): CellValue => this.computed(r, c);
    this.rows.forEach((line, r) =>
      line?.forEach((cell, c) => {
        if (!cell?.formula) return;
        const key = `${r + 1},${c + 1}`;
        if (failsToParse(cell.formula, this.locale())) {
          this.results.set(key, '#ERROR!');
          return;
        }
        const result = evaluateFormula(cell.formula, read, lastRow);
        // A formula the fake does not compute reads as it was written: '' (or #ERROR! for typed `+text`).
        if (result === null) return;
        const blocked = result.some((values, dr) =>
          values.some((_, dc) => (dr || dc) && hasContent(this.rows[r + dr]?.[c + dc])),
        );
        this.results.set(key, blocked ? '#REF!' : result[0][0]);
        if (!blocked)
          result.forEach((values, dr) =>
            values.forEach((v, dc) => (dr || dc) && v !== '' && this.spills.set(`${r + 1 + dr},${c + 1 + dc}`, v)),
          );
      }),
    );
  }

  /** A cell's value as computed so far: its own, a formula's result, or a spilled value. */
  private computed(row: number, column: number): CellValue {
    const cell = this.rows[row - 1]?.[column - 1];
    const key = `${row},${column}`;
    if (cell && hasContent(cell)) return cell.formula ? (this.results.get(key) ?? cell.value) : cell.value;
    return this.spills.get(key) ?? '';
  }

  /**
   * Uncounted: every cell as plain data (validations described, not referenced), for assertions that compare
   * a whole sheet before and after.
   */
  snapshot(): PlainCell[][] {
    const out: PlainCell[][] = [];
    for (let r = 1; r <= this.maxRows; r++) {
      const line: PlainCell[] = [];
      for (let c = 1; c <= this.maxColumns; c++) {
        const cell = copyCell(this.peek(r, c));
        line.push({ ...cell, validation: cell.validation ? cell.validation.describe() : null });
      }
      out.push(line);
    }
    return out;
  }

  size(): { rows: number; columns: number } {
    return { rows: this.maxRows, columns: this.maxColumns };
  }

  chartList(): FakeChart[] {
    return [...this.charts];
  }

  frozen(): { rows: number; columns: number } {
    return { rows: this.frozenRows, columns: this.frozenColumns };
  }

  widthOf(column: number): number {
    return this.columnWidths.get(column) ?? 100;
  }

  /** The last row with content, spilled values included, as getLastRow counts it. */
  lastRow(): number {
    this.recalculate();
    let last = 0;
    for (let r = this.rows.length; r >= 1; r--) {
      if (this.rows[r - 1]?.some(hasContent)) {
        last = r;
        break;
      }
    }
    for (const key of this.spills.keys()) last = Math.max(last, Number(key.split(',')[0]));
    return last;
  }

  lastColumn(): number {
    this.recalculate();
    let last = 0;
    for (const line of this.rows) {
      if (!line) continue;
      for (let c = line.length; c > last; c--)
        if (hasContent(line[c - 1])) {
          last = c;
          break;
        }
    }
    for (const key of this.spills.keys()) last = Math.max(last, Number(key.split(',')[1]));
    return last;
  }

  private checkBounds(row: number, column: number, numRows: number, numColumns: number): void {
    if (![row, column, numRows, numColumns].every(Number.isInteger)) throw new Error('Invalid range coordinates.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error(
        `Exception: Those rows are out of bounds. (sheet "${this.name}" is ${this.maxRows} × ${this.maxColumns})`,
      );
    }
  }

  getName(): string {
    this.log.record('Sheet.getName');
    return this.name;
  }
  setName(name: string): this {
    this.log.record('Sheet.setName');
    this.spreadsheet.assertNameFree(name, this);
    this.name = name;
    return this;
  }
  /** Uncounted name, for the fake itself. */
  title(): string {
    return this.name;
  }
  getSheetId(): number {
    this.log.record('Sheet.getSheetId');
    return this.sheetId;
  }
  getParent(): FakeSpreadsheet {
    this.log.record('Sheet.getParent');
    return this.spreadsheet;
  }
  getIndex(): number {
    this.log.record('Sheet.getIndex');
    return this.spreadsheet.indexOf(this) + 1;
  }
  activate(): this {
    this.log.record('Sheet.activate');
    this.spreadsheet.active = this;
    return this;
  }

  getRange(a1OrRow: string | number, column?: number, numRows = 1, numColumns = 1): FakeRange {
    this.log.record('Sheet.getRange');
    if (typeof a1OrRow === 'string') return this.range(a1OrRow);
    if (column === undefined) throw new Error('getRange needs a column.');
    this.checkBounds(a1OrRow, column, numRows, numColumns);
    return new FakeRange(this, a1OrRow, column, numRows, numColumns);
  }
  /** A range by A1 notation, bounds checked, uncounted (the counted call is the caller's). */
  private range(a1: string): FakeRange {
    const box = parseA1(a1);
    this.checkBounds(box.row, box.column, box.numRows, box.numColumns);
    return new FakeRange(this, box.row, box.column, box.numRows, box.numColumns);
  }
  getDataRange(): FakeRange {
    this.log.record('Sheet.getDataRange');
    return new FakeRange(this, 1, 1, Math.max(1, this.lastRow()), Math.max(1, this.lastColumn()));
  }
  getLastRow(): number {
    this.log.record('Sheet.getLastRow');
    return this.lastRow();
  }
  getLastColumn(): number {
    this.log.record('Sheet.getLastColumn');
    return this.lastColumn();
  }
  getMaxRows(): number {
    this.log.record('Sheet.getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.log.record('Sheet.getMaxColumns');
    return this.maxColumns;
  }

  /** Test helper, uncounted: the size a sheet made by hand would have. */
  resize(rows: number, columns: number): void {
    this.stale = true;
    this.maxRows = rows;
    this.maxColumns = columns;
    this.rows = this.rows.slice(0, rows).map((line) => line?.slice(0, columns));
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.log.record('Sheet.insertRowsAfter');
    return this.insertRowsAt(afterPosition, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.log.record('Sheet.insertRowsBefore');
    return this.insertRowsAt(beforePosition - 1, howMany);
  }
  private insertRowsAt(after: number, howMany: number): this {
    this.stale = true;
    if (after < 0 || after > this.maxRows || howMany < 1) throw new Error('Those rows are out of bounds.');
    const blank: (Cell | undefined)[][] = Array.from({ length: howMany }, () => []);
    while (this.rows.length < after) this.rows.push([]);
    this.rows.splice(after, 0, ...blank);
    this.maxRows += howMany;
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.stale = true;
    this.log.record('Sheet.deleteRows');
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }
  deleteRow(rowPosition: number): void {
    this.stale = true;
    this.log.record('Sheet.deleteRow');
    if (rowPosition < 1 || rowPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.rows.splice(rowPosition - 1, 1);
    this.maxRows -= 1;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.stale = true;
    this.log.record('Sheet.insertColumnsAfter');
    for (const line of this.rows)
      if (line && line.length > afterPosition) line.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    this.maxColumns += howMany;
    return this;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): this {
    this.log.record('Sheet.insertColumnsBefore');
    this.stale = true;
    if (beforePosition < 1 || beforePosition > this.maxColumns || howMany < 1)
      throw new Error('Those columns are out of bounds.');
    const at = beforePosition - 1;
    for (const line of this.rows) if (line && line.length > at) line.splice(at, 0, ...new Array<undefined>(howMany));
    this.shiftWidths((column) => (column > at ? column + howMany : column));
    this.maxColumns += howMany;
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.log.record('Sheet.deleteColumns');
    this.stale = true;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    for (const line of this.rows) if (line) line.splice(columnPosition - 1, howMany);
    const last = columnPosition + howMany - 1;
    this.shiftWidths((column) => (column < columnPosition ? column : column > last ? column - howMany : null));
    this.maxColumns -= howMany;
  }
  /**
   * Moves the columns the range spans so that they sit before the column that was at `destinationIndex`
   * (1-based, counted before the move), as Apps Script's Sheet.moveColumns and the Sheets API's
   * MoveDimensionRequest do: moving A:B to 5 makes them C:D. *Uncertain*: a destination inside the moved
   * columns; the fake refuses it (stricter).
   */
  moveColumns(columnSpec: FakeRange, destinationIndex: number): void {
    this.log.record('Sheet.moveColumns');
    this.stale = true;
    const { column, numColumns } = columnSpec.box();
    const order = moveOrder(this.maxColumns, column, numColumns, destinationIndex, 'columns');
    this.rows = this.rows.map((line) => (line ? order.map((from) => line[from - 1]) : line));
    const widths = new Map(this.columnWidths);
    this.columnWidths.clear();
    order.forEach((from, i) => {
      const width = widths.get(from);
      if (width !== undefined) this.columnWidths.set(i + 1, width);
    });
  }
  /** Like moveColumns, for whole rows: moving rows 2:3 to 6 makes them rows 4:5. */
  moveRows(rowSpec: FakeRange, destinationIndex: number): void {
    this.log.record('Sheet.moveRows');
    this.stale = true;
    const { row, numRows } = rowSpec.box();
    const order = moveOrder(this.maxRows, row, numRows, destinationIndex, 'rows');
    const lines = this.rows;
    this.rows = order.map((from) => lines[from - 1] ?? []);
  }
  private shiftWidths(to: (column: number) => number | null): void {
    const widths = [...this.columnWidths.entries()];
    this.columnWidths.clear();
    for (const [column, width] of widths) {
      const moved = to(column);
      if (moved !== null) this.columnWidths.set(moved, width);
    }
  }
  /** A list of ranges by A1 notation, for one call over scattered cells (RangeList.setBackground). */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this.log.record('Sheet.getRangeList');
    return new FakeRangeList(
      this.log,
      a1Notations.map((a1) => this.range(a1)),
    );
  }
  /** Writes after the last row with content, growing the sheet as needed; strings are typed input. */
  appendRow(values: unknown[]): this {
    this.log.record('Sheet.appendRow');
    const row = this.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (values.length > this.maxColumns) this.maxColumns = values.length;
    values.forEach((input, i) => {
      const interpreted = interpretInput(input, this.locale());
      const cell = this.cell(row, i + 1);
      cell.value = interpreted.value;
      cell.formula = interpreted.formula;
    });
    return this;
  }
  setFrozenRows(rows: number): void {
    this.log.record('Sheet.setFrozenRows');
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.log.record('Sheet.getFrozenRows');
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.log.record('Sheet.setFrozenColumns');
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.log.record('Sheet.getFrozenColumns');
    return this.frozenColumns;
  }
  setColumnWidth(column: number, width: number): this {
    this.log.record('Sheet.setColumnWidth');
    this.columnWidths.set(column, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.log.record('Sheet.setColumnWidths');
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this;
  }
  getColumnWidth(column: number): number {
    this.log.record('Sheet.getColumnWidth');
    return this.widthOf(column);
  }
  setTabColor(colour: string | null): this {
    this.log.record('Sheet.setTabColor');
    this.tabColor = colour === null ? null : normaliseColour(colour);
    return this;
  }
  getTabColor(): string | null {
    this.log.record('Sheet.getTabColor');
    return this.tabColor;
  }
  newChart(): FakeChartBuilder {
    this.log.record('Sheet.newChart');
    return new FakeChartBuilder(this.log);
  }
  insertChart(chart: FakeChart): void {
    this.log.record('Sheet.insertChart');
    this.charts.push(chart);
  }
  updateChart(chart: FakeChart): void {
    this.log.record('Sheet.updateChart');
    const index = this.charts.findIndex((c) => c.chartId === chart.chartId);
    if (index < 0) throw new Error('The chart is not on this sheet.');
    this.charts[index] = chart;
  }
  removeChart(chart: FakeChart): void {
    this.log.record('Sheet.removeChart');
    this.charts = this.charts.filter((c) => c.chartId !== chart.chartId);
  }
  getCharts(): FakeChart[] {
    this.log.record('Sheet.getCharts');
    return [...this.charts];
  }
}

export interface Toast {
  message: string;
  title: string;
  seconds: number | null;
}

export interface FakeSpreadsheetOptions {
  locale?: string;
  timeZone?: string;
  /** Tabs a new spreadsheet starts with (a new Google spreadsheet has one, "Sheet1"). */
  sheets?: string[];
}

export class FakeSpreadsheet {
  readonly log = new CallLog();
  readonly toasts: Toast[] = [];
  locale: string;
  timeZone: string;
  private sheets: FakeSheet[];
  active: FakeSheet;

  constructor(options: FakeSpreadsheetOptions = {}) {
    this.locale = options.locale ?? 'en_US';
    this.timeZone = options.timeZone ?? 'Europe/Paris';
    this.sheets = (options.sheets ?? ['Sheet1']).map((name) => new FakeSheet(this, name));
    if (this.sheets.length === 0) throw new Error('A spreadsheet has at least one sheet.');
    this.active = this.sheets[0];
  }

  assertNameFree(name: string, except?: FakeSheet): void {
    if (this.sheets.some((s) => s !== except && s.title().toLowerCase() === name.toLowerCase())) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  indexOf(sheet: FakeSheet): number {
    return this.sheets.indexOf(sheet);
  }

  /** Uncounted lookup for tests. */
  sheet(name: string): FakeSheet {
    const found = this.sheets.find((s) => s.title() === name);
    if (!found) throw new Error(`No sheet named ${name} (have: ${this.sheetNames().join(', ')})`);
    return found;
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.title());
  }

  getId(): string {
    this.log.record('Spreadsheet.getId');
    return 'fake-spreadsheet-id';
  }
  getName(): string {
    this.log.record('Spreadsheet.getName');
    return 'Omnichannel relationship';
  }
  getSpreadsheetLocale(): string {
    this.log.record('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.log.record('Spreadsheet.setSpreadsheetLocale');
    this.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    this.log.record('Spreadsheet.getSpreadsheetTimeZone');
    return this.timeZone;
  }
  getSheets(): FakeSheet[] {
    this.log.record('Spreadsheet.getSheets');
    return [...this.sheets];
  }
  getSheetByName(name: string): FakeSheet | null {
    this.log.record('Spreadsheet.getSheetByName');
    // *Uncertain*: whether the real lookup ignores case. The fake matches exactly (stricter), while insertSheet
    // refuses a name that differs only by case, so code must not rely on either to find a renamed tab.
    return this.sheets.find((s) => s.title() === String(name)) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    this.log.record('Spreadsheet.insertSheet');
    this.assertNameFree(name);
    const sheet = new FakeSheet(this, name);
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.active = sheet;
    return sheet;
  }
  deleteSheet(sheet: FakeSheet): void {
    this.log.record('Spreadsheet.deleteSheet');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.active === sheet) this.active = this.sheets[0];
  }
  getActiveSheet(): FakeSheet {
    this.log.record('Spreadsheet.getActiveSheet');
    return this.active;
  }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this.log.record('Spreadsheet.setActiveSheet');
    this.active = sheet;
    return sheet;
  }
  toast(message: string, title = '', seconds: number | null = null): void {
    this.log.record('Spreadsheet.toast');
    this.toasts.push({ message: String(message), title: String(title), seconds });
  }
}
