/**
 * A cell as the fake keeps it (what was written, not what a formula computes: see grid.ts), and the order in which
 * Range.sort puts values.
 */
import type { FakeDataValidation } from './data-validation';
import { CellValue } from './typed-input';

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

export function copyCell(cell: Cell): Cell {
  return {
    value: cell.value instanceof Date ? new Date(cell.value.getTime()) : cell.value,
    formula: cell.formula,
    note: cell.note,
    validation: cell.validation,
    format: { ...cell.format },
  };
}

/** Content is what getLastRow counts: a value or a formula, never formatting alone. */
export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.value !== '' || cell.formula !== '');
}

/** Sort order of Sheets: numbers, then strings, then booleans; blank cells always last. */
function sortRank(value: CellValue): number {
  if (value === '') return 4;
  if (typeof value === 'number' || value instanceof Date) return 0;
  if (typeof value === 'string') return 1;
  return 2;
}

export function compareValues(a: CellValue, b: CellValue, ascending: boolean): number {
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

/** One key of Range.sort's spec, read: an absolute sheet column and its direction. */
export interface SortKey {
  column: number;
  ascending: boolean;
}
