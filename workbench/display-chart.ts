/**
 * An embedded chart as the page draws it, read from what the chart builder stored (`chart.view`) the way Sheets
 * reads a chart's ranges: the ranges side by side (or one above the other, transposed), the first column the
 * categories (a scatter's x values), each other column a series, the header rows (setNumHeaders, or guessed as
 * Sheets guesses: text above numbers) the series' names.
 */
import { CellValue, FakeChart } from '../fake';
import { AxisWindow, DisplayChart, DrawnChartType } from './protocol';

/** Sheets' own colours for a chart's series, in order, when the add-on sets none. */
export const SERIES_COLOURS = ['#4285f4', '#ea4335', '#fbbc04', '#34a853', '#ff6d01', '#46bdc6', '#7baaf7', '#f07b72'];

/** Sheets' size for an embedded chart whose builder set none. */
const DEFAULT_SIZE = { width: 600, height: 371 };

const DRAWN: Record<string, DrawnChartType> = { SCATTER: 'SCATTER', LINE: 'LINE', AREA: 'LINE' };

type Column = CellValue[];

export function displayChart(chart: FakeChart): DisplayChart {
  const { options, position, chartType } = chart.view;
  const option = (name: string): unknown => options[name];
  const columns = chartColumns(chart);
  const headers = headerRows(columns, option('numHeaders'));
  const rows = lastRowWithData(columns, headers);
  const series = columns.slice(1).map((column, i) => ({
    name: headers > 0 ? label(column[0]) : '',
    colour: seriesColour(options, i),
    values: column.slice(headers, rows).map((v) => (typeof v === 'number' ? v : null)),
  }));
  return {
    title: label(option('title') ?? ''),
    type: chartType,
    drawn: DRAWN[chartType] ?? 'COLUMN',
    anchorRow: position.anchorRow,
    anchorColumn: position.anchorColumn,
    offsetX: position.offsetX,
    offsetY: position.offsetY,
    width: Number(option('width') ?? DEFAULT_SIZE.width),
    height: Number(option('height') ?? DEFAULT_SIZE.height),
    xTitle: label(option('hAxis.title') ?? ''),
    yTitle: label(option('vAxis.title') ?? ''),
    xWindow: axisWindow(options, 'hAxis'),
    yWindow: axisWindow(options, 'vAxis'),
    stacked: isOn(option('isStacked')),
    legend: series.length > 1 ? legendPosition(option('legend.position')) : null,
    categories: (columns[0] ?? []).slice(headers, rows).map((v) => (typeof v === 'number' ? v : label(v))),
    series,
  };
}

/**
 * The chart's data as columns. Ranges that are all single rows, or a chart built with
 * setTransposeRowsAndColumns(true), hold their series in rows: their rows, one above the other, become columns.
 */
function chartColumns(chart: FakeChart): Column[] {
  const blocks = chart.view.ranges.map((range) => {
    const { sheet, row, column, numRows, numColumns } = range.view.box();
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => sheet.view.valueAt(row + r, column + c)),
    );
  });
  const transposed =
    isOn(chart.view.options.transposeRowsAndColumns) ||
    (blocks.length > 0 && blocks.every((b) => b.length === 1 && b[0].length > 1));
  if (transposed) return blocks.flat();
  return blocks.flatMap((rows) => Array.from({ length: rows[0]?.length ?? 0 }, (_, c) => rows.map((r) => r[c])));
}

/** As many header rows as the add-on said; else one when the series start with text above numbers. */
function headerRows(columns: Column[], declared: unknown): number {
  if (typeof declared === 'number' && declared >= 0) return declared;
  const series = columns.slice(1);
  const textAbove = series.some((c) => typeof c[0] === 'string' && c[0] !== '');
  return textAbove && series.every((c) => typeof c[0] !== 'number') ? 1 : 0;
}

/** Blank rows at the foot of a block (room left for more data) are no categories. */
function lastRowWithData(columns: Column[], headers: number): number {
  const length = Math.max(0, ...columns.map((c) => c.length));
  let rows = length;
  while (rows > headers && columns.every((c) => c[rows - 1] === undefined || c[rows - 1] === '')) rows--;
  return rows;
}

function seriesColour(options: Readonly<Record<string, unknown>>, index: number): string {
  const own = options[`series.${index}.color`];
  if (typeof own === 'string') return own;
  const colours = options.colors;
  if (Array.isArray(colours) && typeof colours[index] === 'string') return colours[index] as string;
  return SERIES_COLOURS[index % SERIES_COLOURS.length];
}

function axisWindow(options: Readonly<Record<string, unknown>>, axis: 'hAxis' | 'vAxis'): AxisWindow {
  const end = (name: string): number | null => {
    const value = options[`${axis}.viewWindow.${name}`];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  };
  return { min: end('min'), max: end('max') };
}

function legendPosition(position: unknown): DisplayChart['legend'] {
  if (position === 'none') return null;
  return position === 'bottom' || position === 'top' ? 'bottom' : 'right';
}

/** Google Charts takes true, 'true', 'absolute' or 'percent' for a stacked chart. */
function isOn(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value !== '' && value !== 'false');
}

function label(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '');
}
