/**
 * "Prioritise use cases": scores every use case, writes Score, Rank and Quadrant, sorts the table's rows into
 * rank order (whole rows, every column and its formatting, nothing else on the tab), and refreshes the priority
 * matrix chart. Holds the document lock from the read to the last write.
 */
import {
  COMPUTED_COLUMNS,
  PrioritisationPlan,
  RATING_COLUMNS,
  computedCells,
  planPrioritisation,
  ratingErrorSentence,
} from '../core/prioritisation';
import { Language } from '../core/language';
import { MAX_LISTED_IN_DIALOG, MESSAGES } from '../core/messages';
import {
  SETTINGS_WIDTH,
  SettingsLayout,
  locateSettings,
  matrixDataBlock,
  readWeights,
  settingsLabels,
  weightsBlock,
} from '../core/priority-settings';
import { TableLocation } from '../core/table';
import { USE_CASE_HEADERS, UseCaseColumn } from '../core/vocabulary';
import { withDocumentLock } from '../sheets/lock';
import { findPriorityMatrices, upsertPriorityMatrix } from '../sheets/priority-matrix';
import { Sheet } from '../sheets/types';
import { requireTable } from '../sheets/tables';
import { openWorkbook, requireTab } from '../sheets/workbook';
import { showDialog } from '../ui/notify';

export interface PrioritisationSummary {
  scored: number;
  skipped: { row: number; id: string; useCase: string; reason: string }[];
  top: { id: string; useCase: string; score: number; rank: number; quadrant: string }[];
}

const REQUIRED: readonly UseCaseColumn[] = ['useCase', ...RATING_COLUMNS, ...COMPUTED_COLUMNS];

/** Score, Rank and Quadrant of each row in its final order. */
type ComputedCells = ReturnType<typeof computedCells>;
const TOP = 5;

export function prioritiseUseCases(): PrioritisationSummary {
  const workbook = openWorkbook();
  const { language } = workbook;
  const summary = withDocumentLock(language, () => {
    const { sheet, values, location } = requireTable(
      requireTab(workbook, 'useCases'),
      USE_CASE_HEADERS,
      REQUIRED,
      language,
      settingsLabels(),
    );
    const settings = locateSettings(values, language, location.headerRow);
    const weights = readWeights(values, settings, language);
    const rows = values
      .slice(location.headerRow + 1, location.lastRow + 1)
      .map((r) => r.slice(location.firstColumn, location.lastColumn + 1));
    const columns = Object.fromEntries(
      Object.entries(location.columns).map(([key, column]) => [key, (column as number) - location.firstColumn]),
    ) as Parameters<typeof planPrioritisation>[0]['columns'];
    const plan = planPrioritisation({ rows, columns }, weights);
    const cells = computedCells(plan, language);
    // The last reads, before the first write: in Apps Script a read flushes the writes queued before it.
    const size = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    const charts = findPriorityMatrices(sheet, language);
    if (rows.length > 0) sortAndWrite(sheet, location, plan, cells);
    writeSettingsAndChart(sheet, { settings, size, charts }, plan, language);
    return summarise(plan, cells, location, language);
  });
  showDialog(MESSAGES.prioritiseTitle[language], report(summary, language));
  return summary;
}

/**
 * The sort: the Rank column first receives each row's final position as a sort key, so one Range.sort puts the
 * ranked rows first, then the unscored rows, then the empty ones, whatever Sheets does with ties. Then the
 * computed columns get their final values, one write per block of adjacent computed columns.
 */
function sortAndWrite(
  sheet: Sheet,
  location: TableLocation<UseCaseColumn>,
  plan: PrioritisationPlan,
  cells: ComputedCells,
): void {
  const firstRow = location.headerRow + 2;
  const count = plan.outcomes.length;
  const rankColumn = location.columns.rank + 1;
  const keys: number[][] = new Array(count);
  plan.finalOrder.forEach((index, position) => {
    keys[index] = [position + 1];
  });
  sheet.getRange(firstRow, rankColumn, count, 1).setValues(keys);
  sheet
    .getRange(firstRow, location.firstColumn + 1, count, location.lastColumn - location.firstColumn + 1)
    .sort({ column: rankColumn, ascending: true });
  for (const block of adjacentBlocks(COMPUTED_COLUMNS.map((key) => ({ key, column: location.columns[key] })))) {
    const blockValues = cells.map((row) => block.map((c) => row[c.key]));
    sheet.getRange(firstRow, block[0].column + 1, count, block.length).setValues(blockValues);
  }
}

/** Computed columns grouped into runs of side-by-side columns (Score, Rank, Quadrant are usually one run). */
function adjacentBlocks<T extends { column: number }>(columns: T[]): T[][] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const blocks: T[][] = [];
  for (const c of sorted) {
    const last = blocks[blocks.length - 1];
    if (last && last[last.length - 1].column + 1 === c.column) last.push(c);
    else blocks.push([c]);
  }
  return blocks;
}

interface TabState {
  settings: SettingsLayout;
  size: { rows: number; columns: number };
  charts: ReturnType<typeof findPriorityMatrices>;
}

function writeSettingsAndChart(
  sheet: Sheet,
  { settings, size, charts }: TabState,
  plan: PrioritisationPlan,
  language: Language,
): void {
  const points = plan.finalOrder
    .map((index) => plan.outcomes[index])
    .flatMap((o) =>
      o.kind === 'scored' ? [{ label: o.id || o.useCase, difficulty: o.difficulty, value: o.priority.value }] : [],
    );
  const block = matrixDataBlock(points, settings.previousDataRows, language);
  const chartAnchor = { row: settings.title.row + 1, column: settings.title.column + SETTINGS_WIDTH + 2 };
  // The settings area and the chart's anchor must lie inside the sheet: grow it when the table is long or wide.
  const lastRow = Math.max(settings.data.row + block.length, settings.title.row + 3);
  const lastColumn = Math.max(settings.data.column + SETTINGS_WIDTH, chartAnchor.column);
  if (size.rows < lastRow) sheet.insertRowsAfter(size.rows, lastRow - size.rows);
  if (size.columns < lastColumn) sheet.insertColumnsAfter(size.columns, lastColumn - size.columns);
  if (!settings.present) {
    const weights = sheet.getRange(settings.title.row + 1, settings.title.column + 1, 3, 2);
    weights.setValues(weightsBlock(language));
    weights.setFontWeights([
      ['bold', 'bold'],
      ['normal', 'bold'],
      ['normal', 'bold'],
    ]);
  }
  sheet.getRange(settings.data.row + 1, settings.data.column + 1, block.length, SETTINGS_WIDTH).setValues(block);
  const plotted = sheet.getRange(settings.data.row + 2, settings.data.column + 2, points.length + 1, 2);
  upsertPriorityMatrix(sheet, charts, plotted, chartAnchor, language);
}

function summarise(
  plan: PrioritisationPlan,
  cells: ComputedCells,
  location: TableLocation<UseCaseColumn>,
  language: Language,
): PrioritisationSummary {
  const firstRow = location.headerRow + 2;
  const skipped: PrioritisationSummary['skipped'] = [];
  const top: PrioritisationSummary['top'] = [];
  plan.finalOrder.forEach((index, position) => {
    const o = plan.outcomes[index];
    if (o.kind === 'skipped') {
      const reason = o.errors.map((e) => ratingErrorSentence(e, language)).join(MESSAGES.reasonSeparator[language]);
      skipped.push({ row: firstRow + position, id: o.id, useCase: o.useCase, reason });
    }
  });
  plan.finalOrder.slice(0, TOP).forEach((index, position) => {
    const o = plan.outcomes[index];
    if (o.kind === 'scored')
      top.push({
        id: o.id,
        useCase: o.useCase,
        score: o.priority.score,
        rank: o.rank,
        quadrant: String(cells[position].quadrant),
      });
  });
  return { scored: plan.outcomes.filter((o) => o.kind === 'scored').length, skipped, top };
}

function report(summary: PrioritisationSummary, language: Language): string {
  const name = (id: string, useCase: string): string => [id, useCase].filter(Boolean).join(' — ');
  const lines = [MESSAGES.topHeading[language](summary.scored)];
  for (const t of summary.top)
    lines.push(MESSAGES.topLine[language](t.rank, name(t.id, t.useCase), t.score, t.quadrant));
  if (summary.skipped.length) {
    lines.push('', MESSAGES.skippedHeading[language](summary.skipped.length));
    for (const s of summary.skipped.slice(0, MAX_LISTED_IN_DIALOG))
      lines.push(MESSAGES.skippedLine[language](s.row, name(s.id, s.useCase), s.reason));
    if (summary.skipped.length > MAX_LISTED_IN_DIALOG)
      lines.push(MESSAGES.andMore[language](summary.skipped.length - MAX_LISTED_IN_DIALOG));
  }
  return lines.join('\n');
}
