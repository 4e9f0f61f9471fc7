/**
 * The Summary tab's rewritten part as data: lines of cells (text, numbers, a date, links to cells), their looks and
 * fills, the charts' data ranges and the marker line under which people's notes are kept. Made into layers written
 * in one call each, with the links' formulas grouped into runs of cells one above the other (one call per run, so
 * per list, never per entry).
 */
import { TextLook } from '../tab-layers';
import { CellRef } from './inputs';

/** How many columns the summary writes: the data-to-collect table is the widest part. */
export const SUMMARY_COLUMNS = 5;

export type SummaryCell = string | number | Date | { link: CellRef; label: string };

export interface SummaryLine {
  cells: SummaryCell[];
  look?: Partial<TextLook>;
  background?: string | null;
}

export interface ChartPlan {
  title: string;
  /** 1-based data range on the summary tab, its header row first. */
  data: { row: number; column: number; numRows: number; numColumns: number };
  /** 1-based cell the chart floats over. */
  anchor: { row: number; column: number };
  colors: string[];
}

export interface SummaryBlock {
  rows: number;
  columns: number;
  /** Values; a link's cell is '' here, its formula is in a run. */
  values: (string | number | Date)[][];
  /** Links' formulas: runs of cells one above the other, 1-based. */
  formulaRuns: { row: number; column: number; formulas: string[][] }[];
  looks: TextLook[][];
  backgrounds: (string | null)[][];
  /** 1-based cells holding a date and time. */
  dates: { row: number; column: number }[];
  /** The 1-based row of the marker line: the block's last. */
  markerRow: number;
  charts: ChartPlan[];
}

const PLAIN: TextLook = { bold: false, color: '#000000', size: 10 };
export const LINK_COLOUR = '#1155cc';
/** Labels of links stay on one line: the cell they land on holds the whole text. */
const MAX_LABEL = 120;

/**
 * A link to a cell of the workbook, as a formula every locale parses: `;` between arguments, English names, the
 * label's quotes doubled. `#gid=…&range=…` is the address Sheets itself gives a link to a cell.
 */
export function linkFormula(to: CellRef, label: string): string {
  const shown = label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1).trimEnd()}…` : label;
  const text = shown.replace(/\s+/g, ' ').replace(/"/g, '""');
  return `=HYPERLINK("#gid=${to.gid}&range=${to.cell}";"${text}")`;
}

/** The lines made into layers of one rectangle, and the links into runs. */
export function composeBlock(lines: readonly SummaryLine[], charts: ChartPlan[]): SummaryBlock {
  const rows = lines.length;
  const columns = SUMMARY_COLUMNS;
  const values = lines.map((line) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = line.cells[c] ?? '';
      return typeof cell === 'object' && !(cell instanceof Date) ? '' : cell;
    }),
  );
  const looks = lines.map((line) =>
    Array.from({ length: columns }, (_, c) => {
      const cell = line.cells[c];
      const isLink = typeof cell === 'object' && !(cell instanceof Date);
      return { ...PLAIN, ...line.look, ...(isLink ? { color: LINK_COLOUR } : {}) };
    }),
  );
  const backgrounds = lines.map((line) => new Array<string | null>(columns).fill(line.background ?? null));
  const dates: SummaryBlock['dates'] = [];
  lines.forEach((line, r) =>
    line.cells.forEach((cell, c) => {
      if (cell instanceof Date) dates.push({ row: r + 1, column: c + 1 });
    }),
  );
  return {
    rows,
    columns,
    values,
    formulaRuns: formulaRuns(lines, columns),
    looks,
    backgrounds,
    dates,
    markerRow: rows,
    charts,
  };
}

/** Each column's links, grouped into runs of consecutive rows. */
function formulaRuns(lines: readonly SummaryLine[], columns: number): SummaryBlock['formulaRuns'] {
  const runs: SummaryBlock['formulaRuns'] = [];
  for (let c = 0; c < columns; c++) {
    let run: SummaryBlock['formulaRuns'][number] | null = null;
    lines.forEach((line, r) => {
      const cell = line.cells[c];
      if (typeof cell !== 'object' || cell instanceof Date) {
        run = null;
        return;
      }
      const formula = linkFormula(cell.link, cell.label);
      if (run) run.formulas.push([formula]);
      else {
        run = { row: r + 1, column: c + 1, formulas: [[formula]] };
        runs.push(run);
      }
    });
  }
  return runs;
}
