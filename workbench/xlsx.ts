/**
 * The workbook as an .xlsx file (exceljs): values, formulas in Excel's own form with the workbench's results cached,
 * fills, fonts, notes, data validations, frozen panes, column widths and print settings, so a team can open it in
 * Excel or LibreOffice as it looks in the workbench, or import it into Google Sheets, and start from there.
 */
import ExcelJS from 'exceljs';
import { FakeSheet, FakeSpreadsheet } from '../fake';
import { isStyled, stored, writeStyle } from './xlsx/cells';
import { GridSize, SizeOf, toFileFormula } from './xlsx/formula';
import { quoteSheetNamesInDefinedNames } from './xlsx/package';
import { rowHeight, showsLines } from './xlsx/rows';

/** Pixels (Sheets) to Excel's width unit (characters of the default font), roughly 7 px each. */
const widthInCharacters = (pixels: number): number => Math.round((pixels / 7) * 10) / 10;

export async function toXlsx(book: FakeSpreadsheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Omnichannel workbench';
  const sizes = new Map<string, GridSize>(
    book.view.sheetNames().map((name) => [name, book.view.sheet(name).view.size()]),
  );
  for (const name of book.view.sheetNames()) {
    const sizeOf: SizeOf = (other) => sizes.get(other ?? name) ?? null;
    writeSheet(workbook, name, book.view.sheet(name), sizeOf);
  }
  return quoteSheetNamesInDefinedNames(Buffer.from(await workbook.xlsx.writeBuffer()), book.view.sheetNames());
}

function writeSheet(workbook: ExcelJS.Workbook, name: string, sheet: FakeSheet, sizeOf: SizeOf): void {
  const frozen = sheet.view.frozen();
  const ws = workbook.addWorksheet(name, {
    views: frozen.rows || frozen.columns ? [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }] : [],
    // Tables are wide: one page across, as many down as needed, the header rows on every page.
    pageSetup: {
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(frozen.rows > 0 ? { printTitlesRow: `1:${frozen.rows}` } : {}),
    },
  });
  const size = sheet.view.size();
  const lastRow = Math.max(sheet.view.lastRow(), frozen.rows);
  const lastColumn = Math.max(sheet.view.lastColumn(), 1);
  for (let c = 1; c <= lastColumn; c++) ws.getColumn(c).width = widthInCharacters(sheet.view.widthOf(c));
  for (let r = 1; r <= size.rows; r++) {
    for (let c = 1; c <= size.columns; c++) {
      const source = sheet.view.peek(r, c);
      if (r > lastRow && !isStyled(source)) continue;
      const value = valueOf(sheet, r, c, sizeOf);
      if (value === null && !isStyled(source)) continue;
      const cell = ws.getCell(r, c);
      if (value !== null) cell.value = value;
      writeStyle(cell, source, showsLines(sheet, r, c));
    }
    const height = r <= lastRow ? rowHeight(sheet, r, (c) => widthInCharacters(sheet.view.widthOf(c))) : null;
    if (height !== null) ws.getRow(r).height = height;
  }
}

/**
 * What the file holds in a cell: a formula in Excel's form with the workbench's result as its cached value, a
 * value the formula spilled there, or the cell's own value; null for nothing.
 *
 * A spilling formula is not written as an array formula over its block (`<f t="array" ref="L4:P5">`, which exceljs
 * can write): LibreOffice ignores an array formula's cached results and computes it again, and lacking LET, LAMBDA,
 * MAKEARRAY and HSTACK it then shows an empty overview. A plain formula keeps its cached result in LibreOffice, and
 * the spilled values around it are plain values, so both apps open it showing what the workbench shows. The price is
 * in Excel: it computes the formula as a single-cell one (its first value, shown with `@`), and the values around it
 * stay as they were written until the formula is entered again.
 */
function valueOf(sheet: FakeSheet, row: number, column: number, sizeOf: SizeOf): ExcelJS.CellValue {
  const source = sheet.view.peek(row, column);
  if (source.formula) {
    return { formula: toFileFormula(source.formula, sizeOf), result: stored(sheet.view.valueAt(row, column)) };
  }
  if (sheet.view.isSpilled(row, column)) return stored(sheet.view.valueAt(row, column));
  return source.value === '' ? null : stored(source.value);
}
