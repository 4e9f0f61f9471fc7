/**
 * "Draft use cases from the journey map": one use-case row per friction or opportunity of every journey map that
 * no use case names yet in its Touchpoint column, appended under the table in the maps' order. Reads every map and
 * the table before its first write, holds the document lock, and takes its write back if it fails.
 */
import { AddedUseCase, draftReport } from '../core/draft-report';
import { planDrafts } from '../core/drafting';
import { SkipReason } from '../core/coverage';
import { Language } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';
import { tableBody } from '../core/table';
import { USE_CASE_TABLE } from '../core/table-specs';
import { USE_CASE_HEADERS, UseCaseColumn } from '../core/vocabulary';
import { appendRows } from '../sheets/append';
import { readJourneyMaps } from '../sheets/journey-map';
import { writeAll } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { SheetTable, requireTable } from '../sheets/tables';
import { allTabs, openWorkbook, requireTab } from '../sheets/workbook';
import { showDialog } from '../ui/notify';

export interface DraftSummary {
  added: AddedUseCase[];
  /** Frictions and opportunities a use case already names in its Touchpoint column. */
  alreadyCovered: number;
  /** Cells not drafted: normal touchpoints, coloured cells without text, text without a colour, unknown colours. */
  skipped: { tab: string; cell: string; reason: SkipReason }[];
}

export function draftUseCases(): DraftSummary {
  const workbook = openWorkbook();
  const { language } = workbook;
  const { summary, dialog } = withDocumentLock(language, () => {
    const maps = readJourneyMaps(workbook);
    const table = requireTable(requireTab(workbook, 'useCases'), USE_CASE_TABLE, language);
    const tabName = allTabs(workbook).find((t) => t.sheet === table.sheet)?.name ?? '';
    const columns = draftColumns(table, tabName, language);
    const rows = tableBody(table.content.values, table.location);
    const plan = planDrafts(maps, { rows, columns }, language);
    // The sheet's height is the last read: in Apps Script a read flushes the writes queued before it.
    const maxRows = table.sheet.getMaxRows();
    const firstRow = plan.drafts.length
      ? writeAll(language, MESSAGES.menuDraftUseCases[language], (journal) =>
          appendRows(table, plan.drafts.map(useCaseRecord), maxRows, journal),
        )
      : 0;
    const added = plan.drafts.map((d, i) => ({
      id: d.id,
      useCase: d.useCase,
      touchpoint: d.touchpoint,
      row: firstRow + i,
    }));
    const result: DraftSummary = {
      added,
      alreadyCovered: plan.alreadyCovered,
      skipped: plan.skipped.map((s) => ({ tab: s.tab, cell: s.cell, reason: s.reason })),
    };
    return { summary: result, dialog: draftReport({ ...result, skipped: plan.skipped }, tabName, language) };
  });
  // After the lock is released (and the writes flushed): a dialog suspends the script.
  showDialog(MESSAGES.draftTitle[language], dialog);
  return summary;
}

/**
 * Where the ID and Touchpoint columns sit in the table's rows. A table set up before the Touchpoint column (or
 * without IDs) cannot say which touchpoint a use case answers: the run says which column to add, and writes nothing.
 */
function draftColumns(
  table: SheetTable<UseCaseColumn>,
  tab: string,
  language: Language,
): { id: number; touchpoint: number } {
  const { columns, firstColumn } = table.location;
  for (const key of ['touchpoint', 'id'] as const) {
    if (columns[key] === undefined) {
      throw new UserFacingError(MESSAGES.missingTouchpointColumn[language](tab, USE_CASE_HEADERS[key][language]));
    }
  }
  return { id: columns.id - firstColumn, touchpoint: columns.touchpoint - firstColumn };
}

/** A drafted use case as a row of the table: ratings, Score, Rank and Quadrant left for the team and prioritising. */
function useCaseRecord(draft: { id: string; useCase: string; touchpoint: string; category: string }) {
  const record: Record<UseCaseColumn, string> = {
    id: draft.id,
    useCase: draft.useCase,
    touchpoint: draft.touchpoint,
    category: draft.category,
    objective: '',
    businessImpact: '',
    customerImpact: '',
    difficulty: '',
    score: '',
    rank: '',
    quadrant: '',
  };
  return record;
}
