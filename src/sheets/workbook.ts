/**
 * The open spreadsheet, its language, and its tabs found by name in any language: the one place that asks
 * SpreadsheetApp for the document.
 */
import { Language, allSpellings, languageOf } from '../core/language';
import { MESSAGES, UserFacingError } from '../core/messages';
import { TabContent } from '../core/table';
import { labelKey } from '../core/text';
import { TAB_NAMES, TabKey } from '../core/vocabulary';
import { CellValue, Sheet, Spreadsheet } from './types';

export interface Workbook {
  spreadsheet: Spreadsheet;
  language: Language;
  /** The tabs and their names, read once when first needed. */
  tabs?: { sheet: Sheet; name: string; key: string }[];
}

export function openWorkbook(): Workbook {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return { spreadsheet, language: languageOf(spreadsheet.getSpreadsheetLocale()) };
}

/**
 * The tab for a step of the method, under its name in the sheet's language or another one, whatever its case or
 * stray spaces ("journey map ", "PARCOURS CLIENT"); null if none. Names are compared here rather than by
 * getSheetByName, whose handling of case is not documented, because insertSheet would refuse the same name in
 * another case.
 */
export function findTab(workbook: Workbook, key: TabKey): Sheet | null {
  for (const name of allSpellings(TAB_NAMES[key], workbook.language)) {
    const found = allTabs(workbook).find((tab) => tab.key === labelKey(name));
    if (found) return found.sheet;
  }
  return null;
}

/** Every tab with its name, read once per run (one call for the list, one per name). */
export function allTabs(workbook: Workbook): { sheet: Sheet; name: string; key: string }[] {
  workbook.tabs ??= workbook.spreadsheet.getSheets().map((sheet) => {
    const name = sheet.getName();
    return { sheet, name, key: labelKey(name) };
  });
  return workbook.tabs;
}

/** A tab's name as read with the others (no call of its own). */
export function nameOf(workbook: Workbook, sheet: Sheet): string {
  return allTabs(workbook).find((tab) => tab.sheet === sheet)?.name ?? sheet.getName();
}

/** Like findTab, but a missing tab is a message that tells the user to run set-up. */
export function requireTab(workbook: Workbook, key: TabKey): Sheet {
  const sheet = findTab(workbook, key);
  if (!sheet) throw new UserFacingError(MESSAGES.missingTab[workbook.language](TAB_NAMES[key][workbook.language]));
  return sheet;
}

/** Every value of a tab, in one call. Empty cells read as ''. */
export function readValues(sheet: Sheet): CellValue[][] {
  return sheet.getDataRange().getValues() as CellValue[][];
}

/** Every value, formula and note of a tab, from one range: three reads whatever the tab's size. */
export function readContent(sheet: Sheet): TabContent {
  const range = sheet.getDataRange();
  return { values: range.getValues() as CellValue[][], formulas: range.getFormulas(), notes: range.getNotes() };
}
