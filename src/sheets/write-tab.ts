/**
 * Writes a TabSpec onto a new sheet in block calls: one per layer of the whole tab (values, text styles, fills,
 * wraps, notes, dropdowns), one per rectangle of formulas, one per run of equal column widths, and the frozen panes.
 * The number of calls depends on the spec's shape, never on how many rows it has.
 */
import { TabSpec, ValidationRule, formulaBlocks } from '../core/tab-spec';
import { TextLook, composeLayers } from '../core/tab-layers';
import { toInputs } from './cell-input';
import { DataValidation, Range, Sheet } from './types';

/** The ranges the tableColumn dropdowns list, by table and column; null when that table is nowhere to be found. */
export type ColumnRanges = (rule: Extract<ValidationRule, { kind: 'tableColumn' }>) => Range | null;

type TextStyle = GoogleAppsScript.Spreadsheet.TextStyle;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** A new tab's width in Google Sheets (A to Z), like its height: known without asking. */
export const NEW_TAB_COLUMNS = 26;

/** A new tab's column width in pixels: a run of columns that keeps it costs no call. */
export const NEW_TAB_COLUMN_WIDTH = 100;

/** Writes a spec onto a tab just inserted, `maxRows` high and NEW_TAB_COLUMNS wide, grown first when it needs more. */
export function writeTab(sheet: Sheet, spec: TabSpec, maxRows: number, ranges: ColumnRanges): void {
  const layers = composeLayers(spec, maxRows);
  if (layers.rows > maxRows) sheet.insertRowsAfter(maxRows, layers.rows - maxRows);
  if (layers.columns > NEW_TAB_COLUMNS) sheet.insertColumnsAfter(NEW_TAB_COLUMNS, layers.columns - NEW_TAB_COLUMNS);
  const block = sheet.getRange(1, 1, layers.rows, layers.columns);
  block.setValues(toInputs(layers.values));
  block.setTextStyles(styled(layers.looks));
  block.setBackgrounds(layers.backgrounds);
  block.setWraps(layers.wraps);
  if (spec.verticalAlignment) block.setVerticalAlignment(spec.verticalAlignment);
  if (layers.notes) block.setNotes(layers.notes);
  if (layers.validations) block.setDataValidations(rules(layers.validations, ranges));
  // Apart from the values: setValues would take them as typed input; setFormula(s) is the documented way.
  for (const { row, column, formulas } of formulaBlocks(spec.formulas)) {
    if (formulas.length === 1 && formulas[0].length === 1) sheet.getRange(row, column).setFormula(formulas[0][0]);
    else sheet.getRange(row, column, formulas.length, formulas[0].length).setFormulas(formulas);
  }
  if (spec.conditionalFormats?.length) sheet.setConditionalFormatRules(conditionalRules(sheet, spec, layers.rows));
  if (spec.frozenRows > 0) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenColumns > 0) sheet.setFrozenColumns(spec.frozenColumns);
  for (const w of spec.widths.filter((run) => run.width !== NEW_TAB_COLUMN_WIDTH)) {
    if (w.numColumns === 1) sheet.setColumnWidth(w.column, w.width);
    else sheet.setColumnWidths(w.column, w.numColumns, w.width);
  }
}

/** One rule per conditional format, colouring the cells that show a text; rules over the same cells share a range. */
function conditionalRules(sheet: Sheet, spec: TabSpec, rows: number): ConditionalFormatRule[] {
  const ranges = new Map<string, Range>();
  return (spec.conditionalFormats ?? []).map((format) => {
    const numRows = format.numRows === 'toEnd' ? rows - format.row + 1 : format.numRows;
    const box = [format.row, format.column, numRows, format.numColumns ?? 1] as const;
    const range = ranges.get(box.join()) ?? sheet.getRange(...box);
    ranges.set(box.join(), range);
    let builder = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo(format.text)
      .setBackground(format.background)
      .setRanges([range]);
    if (format.color) builder = builder.setFontColor(format.color);
    return builder.build();
  });
}

/** One TextStyle per distinct look, shared by every cell that has it (builders are local, not service calls). */
export function styled(looks: TextLook[][]): TextStyle[][] {
  const made = new Map<string, TextStyle>();
  return looks.map((row) =>
    row.map((look) => {
      const key = `${look.bold}|${look.color}|${look.size}`;
      let style = made.get(key);
      if (!style) {
        style = SpreadsheetApp.newTextStyle()
          .setBold(look.bold)
          .setForegroundColor(look.color)
          .setFontSize(look.size)
          .build();
        made.set(key, style);
      }
      return style;
    }),
  );
}

/** One built rule per distinct rule; a dropdown whose list has no range to come from is left out. */
function rules(layer: (ValidationRule | null)[][], ranges: ColumnRanges): (DataValidation | null)[][] {
  const built = new Map<ValidationRule, DataValidation | null>();
  return layer.map((row) =>
    row.map((rule) => {
      if (rule === null) return null;
      if (!built.has(rule)) built.set(rule, buildRule(rule, ranges));
      return built.get(rule) ?? null;
    }),
  );
}

function buildRule(rule: ValidationRule, ranges: ColumnRanges): DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'list':
      builder.requireValueInList([...rule.values], true);
      break;
    case 'numberBetween':
      builder.requireNumberBetween(rule.min, rule.max);
      break;
    case 'tableColumn': {
      // Without that table there is nothing to offer; the column stays free text.
      const range = ranges(rule);
      if (range === null) return null;
      builder.requireValueInRange(range, true);
      break;
    }
  }
  return builder.setHelpText(rule.help).build();
}
