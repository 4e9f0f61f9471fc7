/**
 * A fake spreadsheet to and from plain JSON: what the workbench saves and loads, and what it sends the page to
 * draw. Cells are listed sparsely with only what differs from a blank cell. Charts are not kept: each run of
 * "Prioritise use cases" draws its own again.
 */
import { CellFormat, blankCell } from './cell';
import { FakeDataValidation } from './data-validation';
import { FakeSheet } from './sheet';
import { FakeSpreadsheet } from './spreadsheet';
import { CellValue, parseA1 } from './values';

export interface SavedCell {
  r: number;
  c: number;
  v?: SavedValue;
  f?: string;
  n?: string;
  fmt?: Partial<CellFormat>;
  dv?: {
    criteriaType: 'VALUE_IN_LIST' | 'VALUE_IN_RANGE' | 'NUMBER_BETWEEN';
    values: unknown[];
    allowInvalid: boolean;
    helpText: string;
  };
}

export type SavedValue = string | number | boolean | { $date: string };

export interface SavedSheet {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  widths: Record<string, number>;
  cells: SavedCell[];
}

export interface SavedBook {
  format: 'omnichannel-workbook';
  version: 1;
  locale: string;
  sheets: SavedSheet[];
}

const BLANK_FORMAT = blankCell().format;

function saveValue(value: CellValue): SavedValue {
  return value instanceof Date ? { $date: value.toISOString() } : value;
}

function loadValue(value: SavedValue): CellValue {
  return typeof value === 'object' && value !== null ? new Date(value.$date) : value;
}

export function saveSheet(sheet: FakeSheet): SavedSheet {
  const size = sheet.view.size();
  const cells: SavedCell[] = [];
  const frozen = sheet.view.frozen();
  const widths: Record<string, number> = {};
  for (let c = 1; c <= size.columns; c++) if (sheet.view.widthOf(c) !== 100) widths[c] = sheet.view.widthOf(c);
  // A dropdown is one rule over thousands of cells: described once. Snapshots of whole books go through here.
  const rules = new Map<FakeDataValidation, SavedCell['dv']>();
  const describe = (rule: FakeDataValidation) => rules.get(rule) ?? rules.set(rule, rule.view.describe()).get(rule);
  for (let r = 1; r <= size.rows; r++) {
    for (let c = 1; c <= size.columns; c++) {
      const cell = sheet.view.peek(r, c);
      const saved: SavedCell = { r, c };
      if (cell.value !== '') saved.v = saveValue(cell.value);
      if (cell.formula) saved.f = cell.formula;
      if (cell.note) saved.n = cell.note;
      const fmt = formatChanges(cell.format);
      if (fmt) saved.fmt = fmt;
      if (cell.validation) saved.dv = describe(cell.validation);
      if (cell.value !== '' || cell.formula || cell.note || fmt || cell.validation) cells.push(saved);
    }
  }
  return {
    name: sheet.view.title(),
    rows: size.rows,
    columns: size.columns,
    frozenRows: frozen.rows,
    frozenColumns: frozen.columns,
    widths,
    cells,
  };
}

const FORMAT_KEYS = Object.keys(BLANK_FORMAT) as (keyof CellFormat)[];

/** What a cell's format holds that a blank cell's does not, or null. */
function formatChanges(format: CellFormat): Partial<CellFormat> | null {
  let fmt: Record<string, unknown> | null = null;
  for (const key of FORMAT_KEYS) if (format[key] !== BLANK_FORMAT[key]) (fmt ??= {})[key] = format[key];
  return fmt as Partial<CellFormat> | null;
}

export function saveBook(book: FakeSpreadsheet): SavedBook {
  return {
    format: 'omnichannel-workbook',
    version: 1,
    locale: book.view.locale,
    sheets: book.view.sheetNames().map((n) => saveSheet(book.view.sheet(n))),
  };
}

/** Builds a spreadsheet from saved JSON; throws a readable error on anything that is not such a file. */
export function loadBook(saved: unknown): FakeSpreadsheet {
  const data = saved as SavedBook;
  if (
    !data ||
    data.format !== 'omnichannel-workbook' ||
    data.version !== 1 ||
    !Array.isArray(data.sheets) ||
    data.sheets.length === 0
  ) {
    throw new Error('This is not a workbook saved by the workbench (format "omnichannel-workbook", version 1).');
  }
  const book = new FakeSpreadsheet({
    locale: String(data.locale ?? 'en_US'),
    sheets: data.sheets.map((s) => String(s.name)),
  });
  const ranges: { cell: SavedCell; sheet: FakeSheet }[] = [];
  book.log.uncounted(() => {
    for (const savedSheet of data.sheets) {
      const sheet = book.view.sheet(String(savedSheet.name));
      sheet.view.resize(Number(savedSheet.rows) || 1000, Number(savedSheet.columns) || 26);
      if (savedSheet.frozenRows) sheet.setFrozenRows(savedSheet.frozenRows);
      if (savedSheet.frozenColumns) sheet.setFrozenColumns(savedSheet.frozenColumns);
      for (const [column, width] of Object.entries(savedSheet.widths ?? {}))
        sheet.setColumnWidth(Number(column), Number(width));
      for (const saved of savedSheet.cells ?? []) {
        const cell = blankCell();
        if (saved.v !== undefined) cell.value = loadValue(saved.v);
        if (saved.f) cell.formula = saved.f;
        if (saved.n) cell.note = saved.n;
        Object.assign(cell.format, saved.fmt ?? {});
        sheet.view.put(saved.r, saved.c, cell);
        if (saved.dv) ranges.push({ cell: saved, sheet });
      }
    }
    // Validations last: a dropdown may list the cells of a tab loaded after its own.
    for (const { cell, sheet } of ranges) {
      const dv = cell.dv!;
      const values =
        dv.criteriaType === 'VALUE_IN_RANGE' ? [rangeOf(book, String(dv.values[0])), dv.values[1]] : dv.values;
      sheet.view.peek(cell.r, cell.c).validation = new FakeDataValidation(
        book.log,
        dv.criteriaType,
        values,
        dv.allowInvalid,
        dv.helpText,
      );
    }
  });
  return book;
}

function rangeOf(book: FakeSpreadsheet, reference: string) {
  const bang = reference.lastIndexOf('!');
  const sheet = book.view.sheet(reference.slice(0, bang));
  const box = parseA1(reference.slice(bang + 1));
  return sheet.getRange(box.row, box.column, box.numRows, box.numColumns);
}
