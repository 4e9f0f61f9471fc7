/**
 * What a cell looks like and what it accepts, in exceljs terms: fill, font, wrap, note and data validation.
 */
import ExcelJS from 'exceljs';
import { Cell, CellValue, FakeRange, columnLetter } from '../../fake';
import { quotedSheetName } from './formula';

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** Whether a cell has anything to write besides its value. */
export function isStyled(source: Cell): boolean {
  return (
    source.format.background !== null || source.format.fontWeight === 'bold' || !!source.note || !!source.validation
  );
}

/** Sheets' vertical alignments; bottom is both apps' default. */
const VERTICAL = ['top', 'middle', 'bottom'] as const;

/** `wrap`: whether the cell is laid out on several lines (see showsLines). */
export function writeStyle(cell: ExcelJS.Cell, source: Cell, wrap: boolean): void {
  const format = source.format;
  // null is "no fill" (grid lines show through); '#ffffff' is an explicit white fill, which hides them.
  if (format.background !== null) {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.background) } };
  }
  const bold = format.fontWeight === 'bold';
  const italic = format.fontStyle === 'italic';
  if (bold || italic || format.fontColor !== '#000000')
    cell.font = { bold, italic, color: { argb: argb(format.fontColor) } };
  const vertical = VERTICAL.find((v) => v === format.verticalAlignment && v !== 'bottom');
  if (wrap || vertical) cell.alignment = { ...(wrap ? { wrapText: true } : {}), ...(vertical ? { vertical } : {}) };
  if (source.note) cell.note = source.note;
  if (source.validation) cell.dataValidation = validationOf(source.validation);
}

function validationOf(validation: NonNullable<Cell['validation']>): ExcelJS.DataValidation {
  const [criteria, second] = validation.view.criteriaValues;
  const help = { prompt: validation.view.helpText, showInputMessage: !!validation.view.helpText };
  if (validation.view.criteriaType === 'VALUE_IN_LIST') {
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`"${(criteria as string[]).join(',')}"`],
      showErrorMessage: !validation.view.allowInvalid,
      ...help,
    };
  }
  if (validation.view.criteriaType === 'VALUE_IN_RANGE') {
    const box = (criteria as FakeRange).view.box();
    const last = `$${columnLetter(box.column)}$${box.row + box.numRows - 1}`;
    return {
      type: 'list',
      allowBlank: true,
      formulae: [`${quotedSheetName(box.sheet.view.title())}!$${columnLetter(box.column)}$${box.row}:${last}`],
      ...help,
    };
  }
  return {
    type: 'decimal',
    operator: 'between',
    allowBlank: true,
    formulae: [criteria as number, second as number],
    ...help,
  };
}

const EXCEL_ERRORS = ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'] as const;
type ExcelError = (typeof EXCEL_ERRORS)[number];

/** A value as the file stores it: an error Excel knows is an error, not the text of one. */
export function stored(value: CellValue): CellValue | ExcelJS.CellErrorValue {
  return typeof value === 'string' && (EXCEL_ERRORS as readonly string[]).includes(value)
    ? { error: value as ExcelError }
    : value;
}
