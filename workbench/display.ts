/**
 * What the workbench page draws for a tab: the used area with cell text, fills, fonts, notes, dropdown marks,
 * frozen rows and widths, and the results of the formulas it can compute (spilled into the cells below and to
 * the right, as Sheets shows them).
 */
import { FakeChart, FakeSheet } from '../fake';
import { evaluateFormula } from '../fake';

export interface DisplayCell {
  r: number;
  c: number;
  text: string;
  background?: string;
  bold?: boolean;
  color?: string;
  italic?: boolean;
  wrap?: boolean;
  note?: string;
  /** The cell offers a dropdown (a list or range validation). */
  dropdown?: boolean;
  /** A formula cell: its text, and whether the value shown was computed here. */
  formula?: { text: string; computed: boolean };
  /** A value spilled from a formula above or to the left. */
  spilled?: boolean;
}

/** An embedded chart, drawn by the page from the cells its ranges cover (scatter: first column across, second up). */
export interface DisplayChart {
  title: string;
  type: string;
  anchorRow: number;
  anchorColumn: number;
  width: number;
  height: number;
  xTitle: string;
  yTitle: string;
  xRange: [number, number] | null;
  yRange: [number, number] | null;
  points: { x: number; y: number }[];
}

export interface DisplaySheet {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  widths: number[];
  cells: DisplayCell[];
  charts: DisplayChart[];
}

const MIN_ROWS = 30;
const MIN_COLUMNS = 12;

const text = (v: unknown): string =>
  v instanceof Date
    ? v.toISOString().slice(0, 10)
    : typeof v === 'number'
      ? String(Math.round(v * 1e6) / 1e6)
      : String(v ?? '');

export function displaySheet(sheet: FakeSheet): DisplaySheet {
  const size = sheet.view.size();
  const frozen = sheet.view.frozen();
  const rows = Math.min(size.rows, Math.max(sheet.view.lastRow() + 5, frozen.rows + 5, MIN_ROWS));
  const columns = Math.min(size.columns, Math.max(sheet.view.lastColumn() + 2, MIN_COLUMNS));
  // The fake computes the formulas it knows (the scenario overview) and their spills, as Sheets shows them.
  const computable = (formula: string): boolean => evaluateFormula(formula, () => '', 0) !== null;
  const cells: DisplayCell[] = [];
  for (let r = 1; r <= rows; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.view.peek(r, c);
      const formula = cell.formula ? { text: cell.formula, computed: computable(cell.formula) } : undefined;
      const shown = formula && !formula.computed ? formula.text : text(sheet.view.valueAt(r, c));
      const out: DisplayCell = { r, c, text: shown };
      if (cell.format.background !== null) out.background = cell.format.background;
      if (cell.format.fontWeight === 'bold') out.bold = true;
      if (cell.format.fontColor !== '#000000') out.color = cell.format.fontColor;
      if (cell.format.fontStyle === 'italic') out.italic = true;
      if (cell.format.wrap) out.wrap = true;
      if (cell.note) out.note = cell.note;
      const criteria = cell.validation?.view.criteriaType;
      if (criteria === 'VALUE_IN_LIST' || criteria === 'VALUE_IN_RANGE') out.dropdown = true;
      if (formula) out.formula = formula;
      if (sheet.view.isSpilled(r, c)) out.spilled = true;
      if (Object.keys(out).length > 3 || shown !== '') cells.push(out);
    }
  }
  const widths = Array.from({ length: columns }, (_, i) => sheet.view.widthOf(i + 1));
  return {
    name: sheet.view.title(),
    rows,
    columns,
    frozenRows: frozen.rows,
    frozenColumns: frozen.columns,
    widths,
    cells,
    charts: sheet.view.chartList().map(displayChart),
  };
}

function displayChart(chart: FakeChart): DisplayChart {
  const option = (name: string): unknown => chart.view.options[name];
  const range = (axis: string): [number, number] | null => {
    const min = option(`${axis}.viewWindow.min`);
    const max = option(`${axis}.viewWindow.max`);
    return typeof min === 'number' && typeof max === 'number' ? [min, max] : null;
  };
  const points: { x: number; y: number }[] = [];
  for (const source of chart.view.ranges) {
    const box = source.view.box();
    for (let r = 0; r < box.numRows; r++) {
      const x = box.sheet.view.peek(box.row + r, box.column).value;
      const y = box.sheet.view.peek(box.row + r, box.column + 1).value;
      // A header row (text) names the series; only numeric pairs are points.
      if (typeof x === 'number' && typeof y === 'number') points.push({ x, y });
    }
  }
  return {
    title: String(option('title') ?? ''),
    type: chart.view.chartType,
    anchorRow: chart.view.position.anchorRow,
    anchorColumn: chart.view.position.anchorColumn,
    width: Number(option('width') ?? 480),
    height: Number(option('height') ?? 360),
    xTitle: String(option('hAxis.title') ?? ''),
    yTitle: String(option('vAxis.title') ?? ''),
    xRange: range('hAxis'),
    yRange: range('vAxis'),
    points,
  };
}
