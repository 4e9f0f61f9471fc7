/**
 * "Set up the template tabs": creates the method's tabs that are missing and leaves every existing one exactly
 * as it is, so running it twice creates nothing the second time.
 */
import { Language } from '../core/language';
import { MESSAGES } from '../core/messages';
import { SCENARIO_COLUMNS, templateTabs } from '../core/templates';
import { SCENARIO_HEADERS } from '../core/vocabulary';
import { withDocumentLock } from '../sheets/lock';
import { readTable } from '../sheets/tables';
import { Range, Sheet } from '../sheets/types';
import { findTab, openWorkbook } from '../sheets/workbook';
import { writeTab } from '../sheets/write-tab';
import { toast } from '../ui/notify';

export interface SetUpSummary {
  created: string[];
  existing: string[];
}

export function setUpTemplate(): SetUpSummary {
  const workbook = openWorkbook();
  const { language } = workbook;
  const summary = withDocumentLock(language, () => {
    const created: string[] = [];
    const existing: string[] = [];
    const tabs = new Map<string, Sheet>();
    let firstCreated: Sheet | null = null;
    for (const spec of templateTabs(language)) {
      const found = findTab(workbook, spec.key);
      if (found) {
        existing.push(found.getName());
        tabs.set(spec.key, found);
        continue;
      }
      const sheet = workbook.spreadsheet.insertSheet(spec.name);
      tabs.set(spec.key, sheet);
      writeTab(sheet, spec, () => scenarioNamesRange(tabs.get('scenarioMap') ?? null, language));
      created.push(spec.name);
      firstCreated ??= sheet;
    }
    // insertSheet activates each new tab; show the first step of the method instead of the last one created.
    if (firstCreated) firstCreated.activate();
    return { created, existing };
  });
  toast(workbook, MESSAGES.setUpDone[language](summary.created, summary.existing), MESSAGES.setUpTitle[language]);
  return summary;
}

/** The scenario-name column below its header, wherever the team keeps the scenario table. */
function scenarioNamesRange(sheet: Sheet | null, language: Language): Range | null {
  if (!sheet) return null;
  const table = readTable(sheet, SCENARIO_HEADERS, SCENARIO_COLUMNS, language);
  if (!table) return null;
  const firstRow = table.location.headerRow + 2;
  const maxRows = sheet.getMaxRows();
  return sheet.getRange(firstRow, table.location.columns.name + 1, Math.max(1, maxRows - firstRow + 1), 1);
}
