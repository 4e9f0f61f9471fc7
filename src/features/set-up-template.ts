/**
 * "Set up the template tabs": creates the method's tabs that are missing and leaves every existing one exactly
 * as it is, so running it twice creates nothing the second time.
 */
import { Language } from '../core/language';
import { MESSAGES } from '../core/messages';
import { TabSpec } from '../core/tab-spec';
import { headerSpellings, locateTable, valuesOnly } from '../core/table';
import { SCENARIO_TABLE } from '../core/table-specs';
import { templateTabs } from '../core/templates';
import { SCENARIO_HEADERS } from '../core/vocabulary';
import { writeAll } from '../sheets/journal';
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
    // Everything is read before anything is written: in Apps Script a read flushes the writes queued before it.
    const specs = templateTabs(language);
    const found = specs.map((spec) => ({ spec, sheet: findTab(workbook, spec.key) }));
    const existing = found.flatMap((f) => (f.sheet ? [f.sheet.getName()] : []));
    const keptScenarios = found.find((f) => f.spec.key === 'scenarioMap')?.sheet ?? null;
    const kept = keptScenarios ? scenarioNamesOf(keptScenarios, language) : null;
    const missing = found.filter((f) => f.sheet === null).map((f) => f.spec);
    return writeAll(language, MESSAGES.menuSetUp[language], (journal) => {
      const created = missing.map((spec) => {
        const sheet = workbook.spreadsheet.insertSheet(spec.name);
        journal.done(() => workbook.spreadsheet.deleteSheet(sheet));
        return { spec, sheet };
      });
      const newScenarios = created.find((c) => c.spec.key === 'scenarioMap');
      const scenarioNames = newScenarios ? scenarioNamesInSpec(newScenarios.spec, newScenarios.sheet, language) : kept;
      for (const { spec, sheet } of created) writeTab(sheet, spec, DEFAULT_ROWS, scenarioNames);
      // insertSheet activates each new tab; show the first step of the method instead of the last one created.
      if (created.length) created[0].sheet.activate();
      const noDropdown =
        created.some((c) => c.spec.key === 'dataNeeds') && scenarioNames === null && keptScenarios !== null;
      return { created: created.map((c) => c.spec.name), existing, noDropdown };
    });
  });
  const message = MESSAGES.setUpDone[language](summary.created, summary.existing);
  toast(
    workbook,
    summary.noDropdown ? `${message} ${MESSAGES.noScenarioDropdown[language]}` : message,
    MESSAGES.setUpTitle[language],
  );
  return { created: summary.created, existing: summary.existing };
}

/** A new tab's height in Google Sheets: the tab is written from its spec without asking. */
const DEFAULT_ROWS = 1000;

/**
 * The scenario-name column below its header on a kept tab, wherever the team moved the table (reads only); null
 * when the tab has no such table, or no row under its header to list.
 */
function scenarioNamesOf(sheet: Sheet, language: Language): Range | null {
  const table = readTable(sheet, SCENARIO_TABLE, language);
  if (!table) return null;
  return columnBelow(sheet, table.location.headerRow, table.location.columns.name, sheet.getMaxRows());
}

/** The same column on a tab about to be written from its spec: its place is known without reading. */
function scenarioNamesInSpec(spec: TabSpec, sheet: Sheet, language: Language): Range | null {
  const location = locateTable(valuesOnly(spec.grid.values), headerSpellings(SCENARIO_HEADERS, language), ['name']);
  return location ? columnBelow(sheet, location.headerRow, location.columns.name, DEFAULT_ROWS) : null;
}

function columnBelow(sheet: Sheet, headerRow: number, column: number, maxRows: number): Range | null {
  const firstRow = headerRow + 2;
  return firstRow > maxRows ? null : sheet.getRange(firstRow, column + 1, maxRows - firstRow + 1, 1);
}
