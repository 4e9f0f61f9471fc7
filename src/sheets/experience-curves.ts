/**
 * The experience curves: line charts on the journey maps, stages across and the 1–5 rating up, each plotting a
 * chart-data block the add-on wrote. Each run refreshes the charts it finds by title (in any language) instead of
 * adding others, as the priority matrix does (sheets/priority-matrix.ts).
 */
import { Language, allSpellings } from '../core/language';
import { labelKey } from '../core/text';
import { CURVE_LABELS } from '../core/vocabulary';
import { Range, Sheet } from './types';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export interface CurveCharts {
  /** The map's own curve: titled with the curve prefix and a persona, whichever persona (it may have been renamed). */
  own: Chart[];
  /** The personas' curves side by side (on the first map). */
  comparison: Chart[];
}

/** The curve charts already on a tab, found by title in any language (reads only). */
export function findCurveCharts(sheet: Sheet, language: Language): CurveCharts {
  const prefixes = allSpellings(CURVE_LABELS.chartPrefix, language).map(labelKey);
  const comparison = new Set(allSpellings(CURVE_LABELS.comparisonTitle, language).map(labelKey));
  const found: CurveCharts = { own: [], comparison: [] };
  for (const chart of sheet.getCharts()) {
    const title = labelKey(chart.getOptions().get('title'));
    if (comparison.has(title)) found.comparison.push(chart);
    else if (prefixes.some((prefix) => title.startsWith(prefix))) found.own.push(chart);
  }
  return found;
}

export interface LineChartPlan {
  title: string;
  data: Range;
  /** 1-based anchor cell, and how far below it the chart starts (px), so two charts can share an anchor. */
  anchor: { row: number; column: number; offsetY: number };
  /** Whether the chart names its lines (several personas) or not (one curve). */
  legend: boolean;
  /** What the vertical axis says: what 1 and 5 mean. */
  axis: string;
}

/**
 * Refreshes the first chart found (a duplicate left by an interrupted run or a copy-paste is removed) or inserts one.
 * Returns the inserted chart, so a failed run can take it back; null when an existing one was refreshed.
 */
export function upsertLineChart(sheet: Sheet, existing: Chart[], plan: LineChartPlan): Chart | null {
  for (const extra of existing.slice(1)) sheet.removeChart(extra);
  const chart: Chart | undefined = existing[0];
  const builder = (chart ? chart.modify().clearRanges() : sheet.newChart()).setChartType(Charts.ChartType.LINE);
  // The range starts with its header row (the series' names): say so rather than let Sheets guess.
  const built = styled(
    builder
      .addRange(plan.data)
      .setNumHeaders(1)
      .setPosition(plan.anchor.row, plan.anchor.column, 0, plan.anchor.offsetY),
    plan,
  ).build();
  if (chart) {
    sheet.updateChart(built);
    return null;
  }
  sheet.insertChart(built);
  return built;
}

/** Options by dotted key, the form Apps Script's embedded charts are known to honour. */
function styled(builder: ChartBuilder, plan: LineChartPlan): ChartBuilder {
  return (
    builder
      .setOption('title', plan.title)
      .setOption('legend.position', plan.legend ? 'right' : 'none')
      // A blank rating is a gap in the line, never a zero.
      .setOption('interpolateNulls', false)
      .setOption('pointSize', 6)
      .setOption('vAxis.title', plan.axis)
      .setOption('vAxis.viewWindow.min', 1)
      .setOption('vAxis.viewWindow.max', 5)
      .setOption('vAxis.gridlines.count', 5)
      .setOption('width', 560)
      .setOption('height', 300)
  );
}
