/**
 * "Prioritise use cases": scores every use case, writes Score, Rank and Quadrant, sorts the table's rows into
 * rank order (whole rows, every column and its formatting, nothing else on the tab), and refreshes the priority
 * matrix chart. Holds the document lock from the read to the last write; a write that fails is taken back.
 */
import { Language } from '../core/language';
import { MAX_LISTED_IN_DIALOG, MESSAGES, capped } from '../core/messages';
import { PrioritisationPlan, computedCells, planPrioritisation, ratingErrorSentence } from '../core/prioritisation';
import { DEFAULT_WEIGHTS } from '../core/priority';
import {
  BlockPlan,
  MatrixPoint,
  SettingsLayout,
  locateSettings,
  planBlock,
  readWeights,
  WeightsPlan,
  planWeights,
} from '../core/priority-settings';
import { TabContent, TableLocation, sideBySide, tableBody } from '../core/table';
import { USE_CASE_TABLE } from '../core/table-specs';
import { COMPUTED_COLUMNS, UseCaseColumn, WEIGHTS_LABELS } from '../core/vocabulary';
import { toInputs } from '../sheets/cell-input';
import { Journal, previousCells, writeAll } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { findPriorityMatrices, upsertPriorityMatrix } from '../sheets/priority-matrix';
import { requireTable } from '../sheets/tables';
import { Sheet } from '../sheets/types';
import { openWorkbook, requireTab } from '../sheets/workbook';
import { showDialog } from '../ui/notify';

export interface PrioritisationSummary {
  scored: number;
  skipped: { row: number; id: string; useCase: string; reason: string }[];
  top: { id: string; useCase: string; score: number; rank: number; quadrant: string }[];
  /** Weights whose label could not be found or put back: their default was used. */
  defaultWeights: { label: string; weight: number }[];
}

/** Score, Rank and Quadrant of each row in its final order. */
type ComputedCells = ReturnType<typeof computedCells>;
const TOP = 5;

/** Everything a run needs, read before its first write (in Apps Script a read flushes the writes queued before it). */
interface Reading {
  sheet: Sheet;
  content: TabContent;
  location: TableLocation<UseCaseColumn>;
  settings: SettingsLayout;
  plan: PrioritisationPlan;
  cells: ComputedCells;
  block: BlockPlan;
  weights: WeightsPlan;
  size: { rows: number; columns: number };
  charts: ReturnType<typeof findPriorityMatrices>;
}

export function prioritiseUseCases(): PrioritisationSummary {
  const workbook = openWorkbook();
  const { language } = workbook;
  const summary = withDocumentLock(language, () => {
    const reading = read(requireTab(workbook, 'useCases'), language);
    return writeAll(language, MESSAGES.menuPrioritise[language], (journal) => {
      grow(reading, journal);
      if (reading.plan.outcomes.length > 0) sortAndWrite(reading, journal);
      writeSettings(reading, journal);
      // The chart last: nothing comes after it that could fail and leave it refreshed for nothing.
      const { sheet, block, settings, charts } = reading;
      const plotted = sheet.getRange(block.plotted.row + 1, block.plotted.column + 1, block.plotted.numRows, 2);
      upsertPriorityMatrix(sheet, charts, plotted, chartAnchor(settings), language);
      return summarise(reading, language);
    });
  });
  showDialog(MESSAGES.prioritiseTitle[language], report(summary, language));
  return summary;
}

function read(tab: Sheet, language: Language): Reading {
  const { sheet, content, location } = requireTable(tab, USE_CASE_TABLE, language);
  const settings = locateSettings(content, location, language);
  const weights = readWeights(content, settings, language);
  const rows = tableBody(content.values, location);
  const columns = Object.fromEntries(
    Object.entries(location.columns).map(([key, column]) => [key, (column as number) - location.firstColumn]),
  ) as Parameters<typeof planPrioritisation>[0]['columns'];
  const plan = planPrioritisation({ rows, columns }, weights);
  const block = planBlock(content, settings, matrixPoints(plan), language);
  return {
    sheet,
    content,
    location,
    settings,
    plan,
    cells: computedCells(plan, language),
    block,
    weights: planWeights(content, location, settings, block, language),
    size: { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() },
    charts: findPriorityMatrices(sheet, language),
  };
}

function matrixPoints(plan: PrioritisationPlan): MatrixPoint[] {
  return plan.finalOrder
    .map((index) => plan.outcomes[index])
    .flatMap((o) =>
      o.kind === 'scored' ? [{ label: o.id || o.useCase, difficulty: o.difficulty, value: o.priority.value }] : [],
    );
}

/** The chart floats beside the weights, right of the chart-data block's columns. */
function chartAnchor(settings: SettingsLayout): { row: number; column: number } {
  return { row: settings.title.row + 1, column: settings.title.column + 5 };
}

/** The settings area, the block and the chart's anchor must lie inside the sheet: grow it when they reach past it. */
function grow({ sheet, size, block, settings }: Reading, journal: Journal): void {
  const rows = Math.max(block.reach.row + 1, settings.title.row + 3);
  const columns = Math.max(block.reach.column + 1, chartAnchor(settings).column, settings.title.column + 2);
  if (size.rows < rows) {
    sheet.insertRowsAfter(size.rows, rows - size.rows);
    journal.done(() => sheet.deleteRows(size.rows + 1, rows - size.rows));
  }
  if (size.columns < columns) {
    sheet.insertColumnsAfter(size.columns, columns - size.columns);
    journal.done(() => sheet.deleteColumns(size.columns + 1, columns - size.columns));
  }
}

/**
 * The sort: the Rank column first receives each row's final position as a sort key, so one Range.sort puts the
 * ranked rows first, then the unscored rows, then the empty ones, whatever Sheets does with ties. Then the
 * computed columns get their final values, one write per block of adjacent computed columns. Taking it back runs
 * the same sort the other way, then puts the computed cells back as they were.
 */
function sortAndWrite({ sheet, content, location, plan, cells }: Reading, journal: Journal): void {
  const firstRow = location.headerRow + 2;
  const count = plan.outcomes.length;
  const rankColumn = location.columns.rank + 1;
  const table = sheet.getRange(
    firstRow,
    location.firstColumn + 1,
    count,
    location.lastColumn - location.firstColumn + 1,
  );
  const keys: number[][] = new Array(count);
  plan.finalOrder.forEach((index, position) => {
    keys[index] = [position + 1];
  });
  journal.write(sheet, firstRow, rankColumn, keys, content);
  table.sort({ column: rankColumn, ascending: true });
  journal.done(() => {
    sheet.getRange(firstRow, rankColumn, count, 1).setValues(plan.finalOrder.map((index) => [index + 1]));
    table.sort({ column: rankColumn, ascending: true });
  });
  const computed = COMPUTED_COLUMNS.map((key) => ({ key, column: location.columns[key] }));
  for (const block of sideBySide(computed, (c) => c.column)) {
    const range = sheet.getRange(firstRow, block[0].column + 1, count, block.length);
    // Before this write, each position held its row's old cells (moved by the sort) and, in Rank, the sort key.
    const before = plan.finalOrder.map((index, position) =>
      block.map((c) =>
        c.key === 'rank' ? position + 1 : previousCells(content, firstRow - 1 + index, c.column, 1, 1)[0][0],
      ),
    );
    range.setValues(toInputs(cells.map((row) => block.map((c) => row[c.key]))));
    journal.done(() => range.setValues(toInputs(before)));
  }
}

/** The chart-data block (moved first if it must), then the weights area's missing parts into cells left free. */
function writeSettings({ sheet, content, block, weights }: Reading, journal: Journal): void {
  for (const clear of block.clear) journal.write(sheet, clear.at.row + 1, clear.at.column + 1, clear.values, content);
  journal.write(sheet, block.write.at.row + 1, block.write.at.column + 1, block.write.values, content);
  for (const part of weights.writes) journal.write(sheet, part.at.row + 1, part.at.column + 1, part.values, content);
}

function summarise({ plan, cells, location, weights }: Reading, language: Language): PrioritisationSummary {
  const firstRow = location.headerRow + 2;
  const skipped: PrioritisationSummary['skipped'] = [];
  const top: PrioritisationSummary['top'] = [];
  plan.finalOrder.forEach((index, position) => {
    const o = plan.outcomes[index];
    if (o.kind === 'skipped') {
      const reason = o.errors.map((e) => ratingErrorSentence(e, language)).join(MESSAGES.reasonSeparator[language]);
      skipped.push({ row: firstRow + position, id: o.id, useCase: o.useCase, reason });
    }
    if (o.kind === 'scored' && position < TOP) {
      const { id, useCase, rank } = o;
      top.push({ id, useCase, score: o.priority.score, rank, quadrant: String(cells[position].quadrant) });
    }
  });
  return {
    scored: plan.outcomes.filter((o) => o.kind === 'scored').length,
    skipped,
    top,
    defaultWeights: weights.displaced.map((key) => ({
      label: WEIGHTS_LABELS[key][language],
      weight: DEFAULT_WEIGHTS[key],
    })),
  };
}

function report(summary: PrioritisationSummary, language: Language): string {
  const name = (id: string, useCase: string): string => [id, useCase].filter(Boolean).join(' — ');
  const lines = [MESSAGES.topHeading[language](summary.scored)];
  for (const t of summary.top) {
    lines.push(MESSAGES.topLine[language](t.rank, name(t.id, t.useCase), t.score, t.quadrant));
  }
  if (summary.skipped.length) {
    lines.push('', MESSAGES.skippedHeading[language](summary.skipped.length));
    const skipped = summary.skipped.map((s) => MESSAGES.skippedLine[language](s.row, name(s.id, s.useCase), s.reason));
    lines.push(...capped(skipped, MAX_LISTED_IN_DIALOG, language));
  }
  for (const { label, weight } of summary.defaultWeights)
    lines.push('', MESSAGES.weightDisplaced[language](label, weight));
  return lines.join('\n');
}
