/**
 * Appending rows to a table: just below the last row holding anything (a value, a formula, a note) in the table's
 * own columns, writing those columns only. Team columns are never written, so a formula a team filled down its
 * own column stays and picks the new row up. Rows the sheet grows by, and every cell written, are taken back if
 * a later write fails.
 */
import { sideBySide } from '../core/table';
import { Journal } from './journal';
import { SheetTable } from './tables';

/** Writes the records in one call per run of side-by-side own columns; returns the first 1-based row written. */
export function appendRows<K extends string>(
  table: SheetTable<K>,
  records: Record<K, string>[],
  maxRows: number,
  journal: Journal,
): number {
  const { sheet, location, content } = table;
  const firstRow = location.lastOwnRow + 2;
  const lastRow = firstRow + records.length - 1;
  if (lastRow > maxRows) {
    const added = lastRow - maxRows;
    sheet.insertRowsAfter(maxRows, added);
    journal.done(() => sheet.deleteRows(maxRows + 1, added));
  }
  const columns = location.columns as Record<K, number>;
  for (const run of sideBySide(Object.keys(columns) as K[], (key) => columns[key])) {
    const values = records.map((record) => run.map((key) => record[key] ?? ''));
    journal.write(sheet, firstRow, columns[run[0]] + 1, values, content);
  }
  return firstRow;
}
