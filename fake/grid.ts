/**
 * A sheet's cells as the fake stores them: a sparse grid of what was written, the sheet's size and column widths,
 * and the formulas' results, computed again before the first read after a change. Results are kept apart from
 * the cells, which hold only what was written, as Sheets keeps a formula and shows its value.
 */
import { Cell, SortKey, blankCell, compareValues, hasContent } from './cell';
import { evaluateFormula, failsToParse } from './formulas';
import { CellValue } from './typed-input';

export const DEFAULT_WIDTH = 100;

export class CellGrid {
  private rows: (Cell | undefined)[][] = [];
  maxRows = 1000;
  maxColumns = 26;
  private readonly widths = new Map<number, number>();
  /** Spilled values by "row,column" (1-based), computed from the formulas when something changed. */
  private readonly spills = new Map<string, CellValue>();
  /** Formulas' results by "row,column". */
  private readonly results = new Map<string, CellValue>();
  private stale = true;

  constructor(private readonly locale: () => string) {}

  peek(row: number, column: number): Cell {
    return this.rows[row - 1]?.[column - 1] ?? blankCell();
  }

  /** Each cell ever written, row by row (every other cell is blank): a whole-sheet view without the blanks. */
  eachStored(visit: (row: number, column: number, cell: Cell) => void): void {
    this.rows.forEach((line, r) => line?.forEach((cell, c) => cell && visit(r + 1, c + 1, cell)));
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

  /** What getValues reads in a cell: its own value, a formula's result, or a spilled value. */
  valueAt(row: number, column: number): CellValue {
    this.recalculate();
    return this.computed(row, column);
  }

  /** Whether a cell shows a value spilled from an array formula above or to its left. */
  isSpilled(row: number, column: number): boolean {
    this.recalculate();
    return !hasContent(this.rows[row - 1]?.[column - 1]) && this.spills.has(`${row},${column}`);
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

  /** The size a sheet made by hand would have: cells beyond it are dropped. */
  resize(rows: number, columns: number): void {
    this.stale = true;
    this.maxRows = rows;
    this.maxColumns = columns;
    this.rows = this.rows.slice(0, rows).map((line) => line?.slice(0, columns));
  }

  widthOf(column: number): number {
    return this.widths.get(column) ?? DEFAULT_WIDTH;
  }

  setWidth(column: number, width: number): void {
    this.widths.set(column, width);
  }

  checkBounds(sheetName: string, row: number, column: number, numRows: number, numColumns: number): void {
    if (![row, column, numRows, numColumns].every(Number.isInteger)) throw new Error('Invalid range coordinates.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || column < 1 || row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error(
        `Exception: Those rows are out of bounds. (sheet "${sheetName}" is ${this.maxRows} × ${this.maxColumns})`,
      );
    }
  }

  insertRows(after: number, howMany: number): void {
    this.stale = true;
    if (after < 0 || after > this.maxRows || howMany < 1) throw new Error('Those rows are out of bounds.');
    const blank: (Cell | undefined)[][] = Array.from({ length: howMany }, () => []);
    while (this.rows.length < after) this.rows.push([]);
    this.rows.splice(after, 0, ...blank);
    this.maxRows += howMany;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.stale = true;
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows)
      throw new Error('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.rows.splice(rowPosition - 1, howMany);
    this.maxRows -= howMany;
  }

  deleteRow(rowPosition: number): void {
    this.stale = true;
    if (rowPosition < 1 || rowPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.rows.splice(rowPosition - 1, 1);
    this.maxRows -= 1;
  }

  /** Unlike insertColumnsBefore, checks no bounds and leaves the widths where they were: a gap of the fake, kept. */
  insertColumnsAfter(afterPosition: number, howMany: number): void {
    this.stale = true;
    for (const line of this.rows)
      if (line && line.length > afterPosition) line.splice(afterPosition, 0, ...new Array<undefined>(howMany));
    this.maxColumns += howMany;
  }

  insertColumnsBefore(beforePosition: number, howMany: number): void {
    this.stale = true;
    if (beforePosition < 1 || beforePosition > this.maxColumns || howMany < 1)
      throw new Error('Those columns are out of bounds.');
    const at = beforePosition - 1;
    for (const line of this.rows) if (line && line.length > at) line.splice(at, 0, ...new Array<undefined>(howMany));
    this.shiftWidths((column) => (column > at ? column + howMany : column));
    this.maxColumns += howMany;
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.stale = true;
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    if (howMany >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    for (const line of this.rows) if (line) line.splice(columnPosition - 1, howMany);
    const last = columnPosition + howMany - 1;
    this.shiftWidths((column) => (column < columnPosition ? column : column > last ? column - howMany : null));
    this.maxColumns -= howMany;
  }

  /** Columns `column`…`column + count - 1` moved before the column that was at `destination`, widths with them. */
  moveColumns(column: number, count: number, destination: number): void {
    this.stale = true;
    const order = moveOrder(this.maxColumns, column, count, destination, 'columns');
    this.rows = this.rows.map((line) => (line ? order.map((from) => line[from - 1]) : line));
    const widths = new Map(this.widths);
    this.widths.clear();
    order.forEach((from, i) => {
      const width = widths.get(from);
      if (width !== undefined) this.widths.set(i + 1, width);
    });
  }

  moveRows(row: number, count: number, destination: number): void {
    this.stale = true;
    const order = moveOrder(this.maxRows, row, count, destination, 'rows');
    const lines = this.rows;
    this.rows = order.map((from) => lines[from - 1] ?? []);
  }

  /**
   * Sorts the rows of a block by what their cells read (a formula's result), compared before any of them moves;
   * only the block's cells move, each whole. Equal rows keep their order.
   */
  sortRows(row: number, column: number, numRows: number, numColumns: number, keys: SortKey[]): void {
    const lines = Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => this.cell(row + r, column + c)),
    );
    const ordered = lines
      .map((line, index) => ({ line, index, value: line.map((_, c) => this.valueAt(row + index, column + c)) }))
      .sort((a, b) => {
        for (const key of keys) {
          const i = key.column - column;
          const result = compareValues(a.value[i], b.value[i], key.ascending);
          if (result !== 0) return result;
        }
        return a.index - b.index;
      });
    ordered.forEach(({ line }, r) => line.forEach((cell, c) => this.put(row + r, column + c, cell)));
  }

  private shiftWidths(to: (column: number) => number | null): void {
    const widths = [...this.widths.entries()];
    this.widths.clear();
    for (const [column, width] of widths) {
      const moved = to(column);
      if (moved !== null) this.widths.set(moved, width);
    }
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
