/**
 * "Draw the experience curves": for each journey map with an Experience lane, a line chart of its stages' ratings
 * beside the map, titled with its persona; with several such maps, one more chart on the first map with one line per
 * persona. A rating that is not a whole number from 1 to 5 is not plotted and is reported with its cell; a blank is a
 * gap. The charts plot chart-data blocks the add-on owns (core/curves.ts), refreshed in place, as are the charts.
 * Holds the document lock from the read to the last write; a write that fails is taken back.
 */
import { a1 } from '../core/a1';
import { CurveBlocks, CurveSeries, planCurveBlocks } from '../core/curves';
import { OwnedBlockPlan } from '../core/data-block';
import { ExperiencePoint, LaneProblem, experienceCurve, locateLanes } from '../core/lanes';
import { Language } from '../core/language';
import { MAX_LISTED_IN_DIALOG, MESSAGES, UserFacingError, capped } from '../core/messages';
import { TabContent } from '../core/table';
import { CURVE_LABELS } from '../core/vocabulary';
import { CurveCharts, LineChartPlan, findCurveCharts, upsertLineChart } from '../sheets/experience-curves';
import { Journal, writeAll } from '../sheets/journal';
import { JourneyMap, readJourneyMapsToWrite } from '../sheets/journey-map';
import { withDocumentLock } from '../sheets/lock';
import { Workbook, openWorkbook } from '../sheets/workbook';
import { showDialog, toast } from '../ui/notify';

export interface MapCurve {
  tab: string;
  persona: string | null;
  points: ExperiencePoint[];
  problems: LaneProblem[];
}

export interface CurvesSummary {
  maps: MapCurve[];
}

/** One map as read, with its curve and what this run writes on its tab (all decided before the first write). */
interface MapPlan {
  map: JourneyMap;
  content: TabContent;
  curve: MapCurve;
  /** The map's line, or null when it has no Experience lane. */
  series: CurveSeries | null;
  blocks: CurveBlocks;
  charts: CurveCharts;
  size: { rows: number; columns: number };
}

export function drawExperienceCurves(): CurvesSummary {
  const workbook = openWorkbook();
  const { language } = workbook;
  const plans = withDocumentLock(language, () => {
    const plans = readMaps(readJourneyMapsToWrite(workbook), language);
    if (plans.every((p) => p.series === null)) {
      throw new UserFacingError(plans.map((p) => MESSAGES.noExperienceLane[language](p.map.tab)).join('\n'));
    }
    writeAll(language, MESSAGES.menuDrawCurves[language], (journal) => {
      for (const plan of plans) writeBlocks(plan, journal);
      // The charts last: nothing comes after them that could fail and leave them refreshed for nothing.
      for (const plan of plans) drawCharts(plan, language, journal);
    });
    return plans;
  });
  const summary = { maps: plans.map((p) => p.curve) };
  report(plans, language, workbook);
  return summary;
}

/** Every map's curve, blocks, charts and size, read before anything is written. */
function readMaps(maps: (JourneyMap & { content: TabContent })[], language: Language): MapPlan[] {
  const curves = maps.map((map) => {
    const { content } = map;
    const lane = locateLanes(content.values, map.matrix, language).experience;
    const label = map.persona ?? map.tab;
    const curve = lane
      ? experienceCurve(content.values, map.matrix, lane, language)
      : { points: [], problems: [{ cell: anchorCell(map), reason: MESSAGES.noExperienceLane[language](map.tab) }] };
    const series = lane ? { label, points: curve.points } : null;
    return { map, content, series, curve: { tab: map.tab, persona: map.persona, ...curve } };
  });
  const drawn = curves.flatMap((c) => (c.series ? [c.series] : []));
  return curves.map((c, i) => ({
    ...c,
    blocks: planCurveBlocks(c.content, c.map.matrix, c.series, i === 0 && drawn.length > 1 ? drawn : null, language),
    charts: findCurveCharts(c.map.sheet, language),
    size: { rows: c.map.sheet.getMaxRows(), columns: c.map.sheet.getMaxColumns() },
  }));
}

function anchorCell(map: JourneyMap): string {
  return a1(map.matrix.anchor.row + 1, map.matrix.anchor.column + 1);
}

/** The blocks (moved first if they must), in a sheet grown to hold them and the charts' anchor. */
function writeBlocks(plan: MapPlan, journal: Journal): void {
  const { sheet } = plan.map;
  const blocks = [plan.blocks.own, plan.blocks.comparison].filter((b): b is OwnedBlockPlan => b !== null);
  if (blocks.length === 0) return;
  const rows = Math.max(...blocks.map((b) => b.reach.row + 1));
  const columns = Math.max(chartColumn(plan.map), ...blocks.map((b) => b.reach.column + 1));
  if (plan.size.rows < rows) {
    sheet.insertRowsAfter(plan.size.rows, rows - plan.size.rows);
    journal.done(() => sheet.deleteRows(plan.size.rows + 1, rows - plan.size.rows));
  }
  if (plan.size.columns < columns) {
    sheet.insertColumnsAfter(plan.size.columns, columns - plan.size.columns);
    journal.done(() => sheet.deleteColumns(plan.size.columns + 1, columns - plan.size.columns));
  }
  for (const block of blocks) {
    for (const clear of block.clear)
      journal.write(sheet, clear.at.row + 1, clear.at.column + 1, clear.values, plan.content);
    journal.write(sheet, block.write.at.row + 1, block.write.at.column + 1, block.write.values, plan.content);
  }
}

/** 1-based column of the charts: beside the map, one blank column right of its last stage. */
function chartColumn(map: JourneyMap): number {
  const last = map.matrix.stages.length
    ? map.matrix.stages[map.matrix.stages.length - 1].column
    : map.matrix.anchor.column;
  return last + 3;
}

/** The map's own curve and, on the first map, the comparison under it: one chart call set each. */
function drawCharts(plan: MapPlan, language: Language, journal: Journal): void {
  const { sheet } = plan.map;
  const anchor = { row: plan.map.matrix.anchor.row + 1, column: chartColumn(plan.map), offsetY: 0 };
  const chart = (existing: CurveCharts['own'], block: OwnedBlockPlan, title: string, legend: boolean): void => {
    const { data } = block;
    const range = sheet.getRange(data.row + 1, data.column + 1, data.numRows, data.numColumns);
    const spec: LineChartPlan = {
      title,
      data: range,
      anchor: { ...anchor },
      legend,
      axis: CURVE_LABELS.axis[language],
    };
    const inserted = upsertLineChart(sheet, existing, spec);
    if (inserted) journal.done(() => sheet.removeChart(inserted));
    anchor.offsetY += 320;
  };
  if (plan.blocks.own && plan.series)
    chart(plan.charts.own, plan.blocks.own, `${CURVE_LABELS.chartPrefix[language]}${plan.series.label}`, false);
  if (plan.blocks.comparison)
    chart(plan.charts.comparison, plan.blocks.comparison, CURVE_LABELS.comparisonTitle[language], true);
}

/** A toast when every rating was plotted; a dialog naming each map without a lane and each cell not plotted. */
function report(plans: MapPlan[], language: Language, workbook: Workbook): void {
  const drawn = plans.filter((p) => p.series !== null);
  const comparison = plans[0].blocks.comparison ? plans[0].map.tab : null;
  const lines = [MESSAGES.curvesDrawn[language](drawn.length, comparison)];
  if (drawn.length === plans.length && drawn.every((p) => p.curve.problems.length === 0)) {
    toast(workbook, lines[0], MESSAGES.curvesTitle[language]);
    return;
  }
  for (const plan of plans) if (!plan.series) lines.push('', MESSAGES.noExperienceLane[language](plan.map.tab));
  const cells = drawn.reduce((n, p) => n + p.curve.problems.length, 0);
  if (cells) lines.push('', MESSAGES.curvesNotPlotted[language](cells));
  for (const { curve } of drawn.filter((p) => p.curve.problems.length)) {
    lines.push('', MESSAGES.mapHeading[language](curve.tab));
    const problems = curve.problems.map((p) => MESSAGES.reportLine[language](p.cell, p.reason));
    lines.push(...capped(problems, MAX_LISTED_IN_DIALOG, language));
  }
  showDialog(MESSAGES.curvesTitle[language], lines.join('\n'));
}
