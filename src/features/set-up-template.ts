/**
 * "Set up the template tabs": creates the method's tabs that are missing and leaves every existing one exactly
 * as it is, so running it twice creates nothing the second time.
 */
import { Language } from '../core/language';
import { MESSAGES } from '../core/messages';
import { TabSpec } from '../core/tab-spec';
import { headerSpellings, locateTable } from '../core/table';
import { SCENARIO_COLUMNS, SCENARIO_TABLE_STOPS, templateTabs } from '../core/templates';
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
    // Everything is read before anything is written: in Apps Script a read flushes the writes queued before it.
    const specs = templateTabs(language);
    const found = specs.map((spec) => ({ spec, sheet: findTab(workbook, spec.key) }));
    const existing = found.flatMap((f) => (f.sheet ? [f.sheet.getName()] : []));
    const keptScenarios = found.find((f) => f.spec.key === 'scenarioMap')?.sheet ?? null;
    let scenarioNames = keptScenarios ? scenarioNamesOf(keptScenarios, language) : null;

    const created = found
      .filter((f) => f.sheet === null)
      .map(({ spec }) => {
        const sheet = workbook.spreadsheet.insertSheet(spec.name);
        return { spec, sheet, maxRows: sheet.getMaxRows() };
      });
    const newScenarios = created.find((c) => c.spec.key === 'scenarioMap');
    if (newScenarios)
      scenarioNames = scenarioNamesInSpec(newScenarios.spec, newScenarios.sheet, newScenarios.maxRows, language);

    for (const { spec, sheet, maxRows } of created) writeTab(sheet, spec, maxRows, scenarioNames);
    // insertSheet activates each new tab; show the first step of the method instead of the last one created.
    if (created.length) created[0].sheet.activate();
    return { created: created.map((c) => c.spec.name), existing };
  });
  toast(workbook, MESSAGES.setUpDone[language](summary.created, summary.existing), MESSAGES.setUpTitle[language]);
  return summary;
}

/** The scenario-name column below its header on a kept tab, wherever the team moved the table (reads only). */
function scenarioNamesOf(sheet: Sheet, language: Language): Range | null {
  const table = readTable(sheet, SCENARIO_HEADERS, SCENARIO_COLUMNS, language, SCENARIO_TABLE_STOPS);
  if (!table) return null;
  return columnBelow(sheet, table.location.headerRow, table.location.columns.name, sheet.getMaxRows());
}

/** The same column on a tab about to be written from its spec: its place is known without reading. */
function scenarioNamesInSpec(spec: TabSpec, sheet: Sheet, maxRows: number, language: Language): Range | null {
  const location = locateTable(spec.grid.values, headerSpellings(SCENARIO_HEADERS, language), ['name']);
  return location ? columnBelow(sheet, location.headerRow, location.columns.name, maxRows) : null;
}

function columnBelow(sheet: Sheet, headerRow: number, column: number, maxRows: number): Range {
  const firstRow = headerRow + 2;
  return sheet.getRange(firstRow, column + 1, Math.max(1, maxRows - firstRow + 1), 1);
}
