/**
 * The Summary's two stacked column charts (frictions and opportunities per stage; scenarios per phase and status),
 * each found again by its title in any language and refreshed in place, never duplicated, as the priority matrix is.
 */
import { ChartPlan } from '../core/summary/sheet-block';
import { SUMMARY_TEXT } from '../core/templates/summary-text';
import { Journal } from './journal';
import { Sheet } from './types';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** A chart already on the tab, and the title (in any language) it was found by. */
export interface SummaryChart {
  chart: Chart;
  title: string;
}

const TITLES = [SUMMARY_TEXT.stageChart.title, SUMMARY_TEXT.phaseChart.title];

/** The summary's charts on the tab, by title (reads only). */
export function findSummaryCharts(sheet: Sheet): SummaryChart[] {
  const known = new Set(TITLES.flatMap((t) => Object.values(t)));
  return sheet.getCharts().flatMap((chart) => {
    const title = String(chart.getOptions().get('title'));
    return known.has(title) ? [{ chart, title }] : [];
  });
}

/** Which of our titles (any language) a plan's title is. */
function sameChart(found: string, planned: string): boolean {
  return TITLES.some((t) => Object.values(t).includes(found) && Object.values(t).includes(planned));
}

/** Each chart call is taken back if a later one fails: a chart as it was, a new one removed, a duplicate put back. */
export function upsertSummaryCharts(
  sheet: Sheet,
  existing: SummaryChart[],
  plans: readonly ChartPlan[],
  journal: Journal,
): void {
  for (const plan of plans) {
    const mine = existing.filter((e) => sameChart(e.title, plan.title));
    // One chart per title: a duplicate left by an interrupted run or a copy-paste is removed.
    for (const extra of mine.slice(1)) {
      sheet.removeChart(extra.chart);
      journal.done(() => sheet.insertChart(extra.chart));
    }
    const chart = mine[0]?.chart;
    const { row, column, numRows, numColumns } = plan.data;
    const builder = (chart ? chart.modify().clearRanges() : sheet.newChart())
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange(row, column, numRows, numColumns))
      .setNumHeaders(1)
      .setPosition(plan.anchor.row, plan.anchor.column, 0, 0)
      .setOption('title', plan.title)
      .setOption('isStacked', true)
      .setOption('colors', plan.colors)
      .setOption('legend.position', 'bottom')
      .setOption('width', 520)
      .setOption('height', 320);
    const built = builder.build();
    if (chart) sheet.updateChart(built);
    else sheet.insertChart(built);
    journal.done(() => (chart ? sheet.updateChart(chart) : sheet.removeChart(built)));
  }
}
