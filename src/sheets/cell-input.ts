/**
 * What the add-on writes into cells, and the one place it becomes what setValues takes. Every string is written
 * as text (core/text.ts's guard), so nothing a person typed or a catalogue holds can turn into a number, a date or
 * a formula. A formula is only ever written on purpose: a cell being restored exactly as it was.
 */
import { asText } from '../core/text';

export interface FormulaCell {
  formula: string;
}

export type Written = string | number | boolean | Date | FormulaCell;

export function toInput(value: Written): string | number | boolean | Date {
  if (typeof value === 'string') return asText(value);
  if (typeof value === 'object' && !(value instanceof Date)) return value.formula;
  return value;
}

export function toInputs(values: readonly (readonly Written[])[]): (string | number | boolean | Date)[][] {
  return values.map((row) => row.map(toInput));
}
