/**
 * Writes a TabSpec onto a sheet in block calls: one per layer of the grid, one per validation, one per band
 * and width run. The number of calls depends on the spec's shape, never on how many rows it has.
 */
import { ColumnWidth, TabSpec, ValidationRule, ValidationSpec } from '../core/tab-spec';
import { toInputs } from './cell-input';
import { DataValidation, Range, Sheet } from './types';

/**
 * `maxRows` is the sheet's height, read by the caller before any write; `scenarioNames` is the range the
 * scenario-name dropdowns list (null: leave those columns free text).
 */
export function writeTab(sheet: Sheet, spec: TabSpec, maxRows: number, scenarioNames: Range | null): void {
  const { grid } = spec;
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  const block = sheet.getRange(1, 1, rows, columns);
  block.setValues(toInputs(grid.values));
  block.setBackgrounds(grid.backgrounds);
  block.setFontWeights(grid.fontWeights);
  block.setFontColors(grid.fontColors);
  block.setFontSizes(grid.fontSizes);
  block.setNotes(grid.notes);
  block.setWraps(grid.wraps);
  block.setVerticalAlignment('top');

  // Formulas apart from values: setValues would parse them as typed input, setFormula is the documented way.
  for (const { row, column, formula } of spec.formulas) sheet.getRange(row, column).setFormula(formula);
  for (const band of spec.bands) {
    const range = sheet.getRange(band.fromRow, band.column, maxRows - band.fromRow + 1, band.numColumns);
    if (band.style.background !== undefined) range.setBackground(band.style.background);
    if (band.style.wrap !== undefined) range.setWrap(band.style.wrap);
    if (band.style.bold !== undefined) range.setFontWeight(band.style.bold ? 'bold' : 'normal');
  }
  for (const validation of mergeAdjacent(spec.validations)) {
    const rule = buildRule(validation.rule, scenarioNames);
    if (rule === null) continue;
    const numRows = validation.numRows === 'toEnd' ? maxRows - validation.row + 1 : validation.numRows;
    sheet.getRange(validation.row, validation.column, numRows, validation.numColumns).setDataValidation(rule);
  }
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenColumns > 0) sheet.setFrozenColumns(spec.frozenColumns);
  for (const width of spec.widths) setWidths(sheet, width);
  sheet.setTabColor(spec.tabColor);
}

/** Side-by-side columns with the same rule (the three 1-to-5 scores) get it in one call. */
function mergeAdjacent(validations: readonly ValidationSpec[]): (ValidationSpec & { numColumns: number })[] {
  const merged: (ValidationSpec & { numColumns: number })[] = [];
  for (const v of [...validations].sort((a, b) => a.row - b.row || a.column - b.column)) {
    const last = merged[merged.length - 1];
    const sameRule = last && JSON.stringify(last.rule) === JSON.stringify(v.rule);
    if (sameRule && last.row === v.row && last.numRows === v.numRows && last.column + last.numColumns === v.column) {
      last.numColumns += 1;
    } else {
      merged.push({ ...v, numColumns: 1 });
    }
  }
  return merged;
}

function setWidths(sheet: Sheet, width: ColumnWidth): void {
  if (width.numColumns === 1) sheet.setColumnWidth(width.column, width.width);
  else sheet.setColumnWidths(width.column, width.numColumns, width.width);
}

function buildRule(rule: ValidationRule, scenarioNames: Range | null): DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'numberBetween':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'scenarioNames':
      // Without a scenario table there is nothing to offer; the column stays free text.
      if (scenarioNames === null) return null;
      builder.requireValueInRange(scenarioNames, true);
      break;
  }
  return builder.setHelpText(rule.help).build();
}
