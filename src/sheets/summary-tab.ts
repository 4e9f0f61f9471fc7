/**
 * The Summary tab: the add-on's own, first in the workbook. Each refresh rewrites everything above the marker line
 * in a handful of block calls (rows made or taken away above the marker, then one call per layer and one per run of
 * links), so whatever people typed below the marker moves with it and is never written over. A tab without the
 * marker (a team deleted it, or the tab was theirs) keeps all it holds: the summary goes in above it.
 */
import { Language, allSpellings } from '../core/language';
import { SUMMARY_COLUMNS, SummaryBlock } from '../core/summary/sheet-block';
import { TabContent, valuesOnly } from '../core/table';
import { findLabel } from '../core/labels';
import { withRowsDeleted, withRowsInserted } from '../core/tab-rows';
import { SUMMARY_TEXT } from '../core/templates/summary-text';
import { labelKey } from '../core/text';
import { SUMMARY_TAB_NAME } from '../core/vocabulary';
import { toInputs } from './cell-input';
import { Journal, previousCells } from './journal';
import { SummaryChart, findSummaryCharts, upsertSummaryCharts } from './summary-charts';
import { Sheet } from './types';
import { Workbook, allTabs, readContent } from './workbook';
import { styled } from './write-tab';

/** The Summary tab's state, read before any write (or known, for a tab created in this run). */
export interface SummaryTab {
  sheet: Sheet;
  content: TabContent;
  /** 1-based row of the marker line; null when there is none. */
  markerRow: number | null;
  maxRows: number;
  charts: SummaryChart[];
  /** How the rows down to the marker look, to put back if a write fails; null with no marker (nothing restyled). */
  looks: Looks | null;
  /** Created in this run: its column widths are set. */
  fresh: boolean;
}

/** Text styles, fills and number formats of the summary's columns, as read. */
interface Looks {
  styles: GoogleAppsScript.Spreadsheet.TextStyle[][];
  backgrounds: string[][];
  formats: string[][];
}

const DATE_FORMAT = 'yyyy-mm-dd hh:mm';
/** A new tab's height in Google Sheets: a tab created in this run is written without asking. */
export const NEW_TAB_ROWS = 1000;
const WIDTHS = [
  { column: 1, numColumns: 1, width: 340 },
  { column: 2, numColumns: 1, width: 260 },
  { column: 3, numColumns: 3, width: 190 },
];

/** The Summary tab under its name in any language, whatever its case or spacing; null when there is none. */
export function findSummaryTab(workbook: Workbook): Sheet | null {
  const keys = new Set(Object.values(SUMMARY_TAB_NAME).map(labelKey));
  return allTabs(workbook).find((t) => keys.has(t.key))?.sheet ?? null;
}

/** Reads the tab: its content (to find the marker and restore cells if a write fails), its size and its charts. */
export function readSummaryTab(sheet: Sheet, language: Language): SummaryTab {
  const content = readContent(sheet);
  const marker = findLabel(content.values, allSpellings(SUMMARY_TEXT.marker, language));
  const markerRow = marker ? marker.row + 1 : null;
  return {
    sheet,
    content,
    markerRow,
    maxRows: sheet.getMaxRows(),
    charts: findSummaryCharts(sheet),
    looks: markerRow === null ? null : readLooks(sheet, markerRow),
    fresh: false,
  };
}

function readLooks(sheet: Sheet, rows: number): Looks {
  const area = sheet.getRange(1, 1, rows, Math.min(SUMMARY_COLUMNS, sheet.getMaxColumns()));
  return { styles: area.getTextStyles(), backgrounds: area.getBackgrounds(), formats: area.getNumberFormats() };
}

/**
 * Recorded before the first write, so a failure takes it back last, once the rows are where they were: the looks
 * the rewrite restyled (the values' undo puts back only values and formulas).
 */
function restoreLooksLast(sheet: Sheet, looks: Looks | null, journal: Journal): void {
  if (!looks) return;
  journal.done(() => {
    const area = sheet.getRange(1, 1, looks.styles.length, looks.styles[0].length);
    area.setTextStyles(looks.styles);
    // Sheets reads no fill as white: the summary never fills white, so white goes back as no fill.
    area.setBackgrounds(looks.backgrounds.map((row) => row.map((b) => (b === '#ffffff' ? null : b))));
    area.setNumberFormats(looks.formats);
  });
}

/** A tab created in this run, first in the workbook: empty, a new sheet's height, no chart. */
export function createSummaryTab(workbook: Workbook, journal: Journal, maxRows = NEW_TAB_ROWS): SummaryTab {
  const sheet = workbook.spreadsheet.insertSheet(SUMMARY_TAB_NAME[workbook.language], 0);
  journal.done(() => workbook.spreadsheet.deleteSheet(sheet));
  return { sheet, content: valuesOnly([]), markerRow: null, maxRows, charts: [], looks: null, fresh: true };
}

export function writeSummaryTab(tab: SummaryTab, block: SummaryBlock, journal: Journal): void {
  const { sheet } = tab;
  restoreLooksLast(sheet, tab.looks, journal);
  const before = makeRoom(tab, block.rows, journal);
  journal.write(sheet, 1, 1, block.values, before);
  for (const run of block.formulaRuns) {
    // Formulas apart from values: setValues would take a link for typed input. The values' undo covers these cells.
    sheet.getRange(run.row, run.column, run.formulas.length, 1).setFormulas(run.formulas);
  }
  const area = sheet.getRange(1, 1, block.rows, block.columns);
  area.setTextStyles(styled(block.looks));
  area.setBackgrounds(block.backgrounds);
  for (const date of block.dates) sheet.getRange(date.row, date.column).setNumberFormat(DATE_FORMAT);
  if (tab.fresh) {
    for (const w of WIDTHS) {
      if (w.numColumns === 1) sheet.setColumnWidth(w.column, w.width);
      else sheet.setColumnWidths(w.column, w.numColumns, w.width);
    }
  }
  // The charts last: nothing comes after them that could fail and leave them refreshed for nothing.
  upsertSummaryCharts(sheet, tab.charts, block.charts, journal);
}

/**
 * Makes the rows above the marker as many as the summary needs, moving the marker and the notes under it; returns
 * the tab's content as it then stands, so the block's write can be taken back exactly.
 */
function makeRoom(tab: SummaryTab, rows: number, journal: Journal): TabContent {
  const { sheet, content, markerRow } = tab;
  if (markerRow === null) {
    if (content.values.length === 0) {
      if (tab.maxRows < rows) {
        sheet.insertRowsAfter(tab.maxRows, rows - tab.maxRows);
        journal.done(() => sheet.deleteRows(tab.maxRows + 1, rows - tab.maxRows));
      }
      return content;
    }
    // Not ours, or no longer marked: everything on it is kept, under the summary.
    sheet.insertRowsBefore(1, rows);
    journal.done(() => sheet.deleteRows(1, rows));
    return withRowsInserted(content, 0, rows);
  }
  if (rows > markerRow) {
    const added = rows - markerRow;
    sheet.insertRowsBefore(markerRow, added);
    journal.done(() => sheet.deleteRows(markerRow, added));
    return withRowsInserted(content, markerRow - 1, added);
  }
  if (rows < markerRow) {
    const removed = markerRow - rows;
    const width = Math.max(1, ...content.values.map((r) => r.length));
    const previous = previousCells(content, rows - 1, 0, removed, width);
    sheet.deleteRows(rows, removed);
    journal.done(() => {
      sheet.insertRowsBefore(rows, removed);
      sheet.getRange(rows, 1, removed, width).setValues(toInputs(previous));
    });
    return withRowsDeleted(content, rows - 1, removed);
  }
  return content;
}
