/**
 * The priority matrix: a scatter chart on the use-case tab, difficulty across and value up, one point per scored
 * use case. Each run refreshes the chart it finds by title (in any language) instead of adding another.
 */
import { Language, allSpellings } from '../core/language';
import { PRIORITY_MATRIX_LABELS } from '../core/vocabulary';
import { Range, Sheet } from './types';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type ChartBuilder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

/** The priority-matrix charts already on the tab, found by title in any language (reads only). */
export function findPriorityMatrices(sheet: Sheet, language: Language): Chart[] {
  const titles = new Set(allSpellings(PRIORITY_MATRIX_LABELS.chartTitle, language));
  return sheet.getCharts().filter((chart) => titles.has(String(chart.getOptions().get('title'))));
}

export function upsertPriorityMatrix(
  sheet: Sheet,
  existing: Chart[],
  data: Range,
  anchor: { row: number; column: number },
  language: Language,
): void {
  // One chart: a duplicate left by an interrupted run or a copy-paste is removed.
  for (const extra of existing.slice(1)) sheet.removeChart(extra);
  const chart: Chart | undefined = existing[0];
  const builder = (chart ? chart.modify().clearRanges() : sheet.newChart()).setChartType(Charts.ChartType.SCATTER);
  // The range starts with its header row (the axes' names): say so rather than let Sheets guess.
  styled(builder.addRange(data).setNumHeaders(1).setPosition(anchor.row, anchor.column, 0, 0), language);
  if (chart) sheet.updateChart(builder.build());
  else sheet.insertChart(builder.build());
}

/** Options by dotted key, the form Apps Script's embedded charts are known to honour. */
function styled(builder: ChartBuilder, language: Language): ChartBuilder {
  const labels = PRIORITY_MATRIX_LABELS;
  let styledBuilder = builder
    .setOption('title', labels.chartTitle[language])
    .setOption('legend.position', 'none')
    .setOption('pointSize', 8)
    .setOption('width', 480)
    .setOption('height', 360);
  // Both axes run 0 to 6 so the 1-to-5 scale sits inside the frame whatever the points are.
  for (const [axis, title] of [
    ['hAxis', labels.difficulty[language]],
    ['vAxis', labels.value[language]],
  ] as const) {
    styledBuilder = styledBuilder
      .setOption(`${axis}.title`, title)
      .setOption(`${axis}.viewWindow.min`, 0)
      .setOption(`${axis}.viewWindow.max`, 6)
      .setOption(`${axis}.gridlines.count`, 7);
  }
  return styledBuilder;
}
