/** Reading and arranging fake sheets in tests, without counting calls. */
import { FakeSheet, FakeSpreadsheet, saveSheet } from '../../fake';
import type { CellValue } from '../../fake';

/** The values of a whole tab, trimmed to its content. */
export function valuesOf(sheet: FakeSheet): CellValue[][] {
  return sheet.view.book.log.uncounted(() => sheet.getDataRange().getValues());
}

/** Writes rows of values from a 1-based cell, as a person typing would (strings are typed input). */
export function typeInto(sheet: FakeSheet, row: number, column: number, rows: unknown[][]): void {
  sheet.view.book.log.uncounted(() => {
    const width = Math.max(...rows.map((r) => r.length));
    const padded = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
    sheet.getRange(row, column, padded.length, width).setValues(padded);
  });
}

export function fill(sheet: FakeSheet, a1: string, colour: string | null): void {
  sheet.view.book.log.uncounted(() => sheet.getRange(a1).setBackground(colour));
}

/** Finds the 1-based cell holding exactly `text`. */
export function cellWith(sheet: FakeSheet, text: string): { row: number; column: number } {
  const values = valuesOf(sheet);
  for (let r = 0; r < values.length; r++) {
    const c = values[r].findIndex((v) => v === text);
    if (c >= 0) return { row: r + 1, column: c + 1 };
  }
  throw new Error(`No cell holds “${text}” on ${sheet.view.title()}`);
}

/**
 * Every tab as it stands (values, formulas, notes, formats, validations, sizes, frozen panes, widths, charts),
 * in the workbook's sparse JSON form: cheap to take and to compare, for "nothing else changed" assertions.
 */
export function snapshotBook(book: FakeSpreadsheet): string {
  return JSON.stringify(book.view.sheets.map(sheetState));
}

export function snapshotSheet(sheet: FakeSheet): string {
  return JSON.stringify(sheetState(sheet));
}

function sheetState(sheet: FakeSheet) {
  return { ...saveSheet(sheet), charts: sheet.view.chartList().length };
}
