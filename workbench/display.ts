/**
 * What the workbench page draws for a tab: the used area with cell text, fills, fonts, notes, dropdown marks,
 * frozen rows and widths, the results of the formulas it can compute (spilled into the cells below and to the
 * right, as Sheets shows them), links to cells, sparklines marked, and the embedded charts (display-chart.ts).
 */
import { Cell, FakeSheet, evaluateFormula } from '../fake';
import { displayChart } from './display-chart';
import { drawsSparkline, hyperlinkAddress, linkTarget } from './links';
import { DisplayCell, DisplayChart, DisplaySheet } from './protocol';

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;
/** Sheets' default row height, in pixels: a row of one line of text. */
const ROW_HEIGHT = 21;

const text = (v: unknown): string =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'number'
      ? String(Math.round(v * 1e6) / 1e6)
      : String(v ?? '');

type Tabs = { id: number; name: string }[];

export function displaySheet(sheet: FakeSheet): DisplaySheet {
  const size = sheet.view.size();
  const frozen = sheet.view.frozen();
  const charts = sheet.view.chartList().map(displayChart);
  const reach = chartsReach(sheet, charts);
  const rows = Math.min(size.rows, Math.max(sheet.view.lastRow() + 5, frozen.rows + 5, MIN_ROWS, reach.rows));
  const columns = Math.min(size.columns, Math.max(sheet.view.lastColumn() + 2, MIN_COLUMNS, reach.columns));
  const tabs: Tabs = sheet.view.book.view.sheets.map((s) => ({ id: s.view.sheetId, name: s.view.title() }));
  const cells: DisplayCell[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const out = displayCell(sheet, r, c, tabs);
      if (Object.keys(out).length > 3 || out.text !== '') cells.push(out);
    }
  }
  return {
    name: sheet.view.title(),
    rows,
    columns,
    frozenRows: frozen.rows,
    frozenColumns: frozen.columns,
    widths: Array.from({ length: columns }, (_, i) => sheet.view.widthOf(i + 1)),
    cells,
    charts,
  };
}

/** The rows and columns the charts float over, so the grid drawn under them reaches as far as they do. */
function chartsReach(sheet: FakeSheet, charts: DisplayChart[]): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const chart of charts) {
    rows = Math.max(rows, chart.anchorRow + Math.ceil((chart.offsetY + chart.height) / ROW_HEIGHT));
    let column = chart.anchorColumn;
    for (let x = sheet.view.widthOf(column) - chart.offsetX; x < chart.width; x += sheet.view.widthOf(column)) column++;
    columns = Math.max(columns, column + 1);
  }
  return { rows, columns };
}

/** The fake computes the formulas it knows (the scenario overview, HYPERLINK, SPARKLINE), as Sheets shows them. */
const computable = (formula: string): boolean => evaluateFormula(formula, () => '', 0) !== null;

function displayCell(sheet: FakeSheet, r: number, c: number, tabs: Tabs): DisplayCell {
  const cell = sheet.view.peek(r, c);
  const formula = cell.formula ? { text: cell.formula, computed: computable(cell.formula) } : undefined;
  const sparkline = formula !== undefined && drawsSparkline(formula.text);
  const shown = sparkline ? '' : formula && !formula.computed ? formula.text : text(sheet.view.valueAt(r, c));
  const out: DisplayCell = { r, c, text: shown, ...looks(cell) };
  if (formula) out.formula = formula;
  if (sparkline) out.sparkline = true;
  const address = formula ? hyperlinkAddress(formula.text) : null;
  if (address !== null) {
    const target = linkTarget(address, tabs);
    if (target) out.link = target;
    else out.href = address;
  }
  if (sheet.view.isSpilled(r, c)) out.spilled = true;
  return out;
}

function looks(cell: Cell): Omit<DisplayCell, 'r' | 'c' | 'text'> {
  const out: Omit<DisplayCell, 'r' | 'c' | 'text'> = {};
  if (cell.format.background !== null) out.background = cell.format.background;
  if (cell.format.fontWeight === 'bold') out.bold = true;
  if (cell.format.fontColor !== '#000000') out.color = cell.format.fontColor;
  if (cell.format.fontStyle === 'italic') out.italic = true;
  if (cell.format.wrap) out.wrap = true;
  if (cell.note) out.note = cell.note;
  const criteria = cell.validation?.view.criteriaType;
  if (criteria === 'VALUE_IN_LIST' || criteria === 'VALUE_IN_RANGE') out.dropdown = true;
  return out;
}
