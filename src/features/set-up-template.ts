/**
 * "Set up the template tabs": creates the method's tabs that are missing and leaves every existing one exactly
 * as it is, so running it twice creates nothing the second time.
 */
import { Language } from '../core/language';
import { MESSAGES } from '../core/messages';
import { TabSpec, ValidationRule } from '../core/tab-spec';
import { TableSpec, headerSpellings, locateTable, valuesOnly } from '../core/table';
import { SCENARIO_TABLE, USE_CASE_TABLE } from '../core/table-specs';
import { kpisSpec, templateTabs } from '../core/templates';
import { writeAll } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { readTable } from '../sheets/tables';
import { Range, Sheet } from '../sheets/types';
import { findTab, nameOf, openWorkbook } from '../sheets/workbook';
import { ColumnRanges, writeTab } from '../sheets/write-tab';
import { toast } from '../ui/notify';
import { fillSummaryAtSetUp, summaryForSetUp } from './refresh-summary';

export interface SetUpSummary {
  created: string[];
  existing: string[];
}

/** A new tab's height in Google Sheets: the tab is written from its spec without asking. */
const DEFAULT_ROWS = 1000;

type ColumnRule = Extract<ValidationRule, { kind: 'tableColumn' }>;

export function setUpTemplate(): SetUpSummary {
  const workbook = openWorkbook();
  const { language } = workbook;
  const summary = withDocumentLock(language, () => {
    // Everything is read before anything is written: in Apps Script a read flushes the writes queued before it.
    // The KPI tab's months start at the month of set-up, as the runtime's clock and time zone give it.
    const specs = [...templateTabs(language), kpisSpec(language, new Date())];
    const found = specs.map((spec) => ({ spec, sheet: findTab(workbook, spec.key) }));
    const existing = found.flatMap((f) => (f.sheet ? [nameOf(workbook, f.sheet)] : []));
    const missing = found.filter((f) => f.sheet === null).map((f) => f.spec);
    const kept = keptColumns(found, missing, language);
    const summaryTab = summaryForSetUp(
      workbook,
      missing.map((spec) => spec.key),
    );
    const position = workbook.tabs?.length ?? 0;
    return writeAll(language, MESSAGES.menuSetUp[language], (journal) => {
      // Inserted last first, each at the same place: they end in the method's order, the first one in front.
      const created = [...missing].reverse().map((spec) => {
        const sheet = workbook.spreadsheet.insertSheet(spec.name, position);
        journal.done(() => workbook.spreadsheet.deleteSheet(sheet));
        return { spec, sheet };
      });
      const ranges = columnRanges(created, kept, language);
      for (const { spec, sheet } of created) writeTab(sheet, spec, DEFAULT_ROWS, ranges);
      // The Summary last, first in the workbook: the page a team lead opens first.
      const filled = summaryTab.reads ? fillSummaryAtSetUp(workbook, summaryTab.reads, created, journal) : null;
      // A kept scenario map with no row under its header gives the new data-needs tab nothing to list.
      const unlisted = created.some((c) => c.spec.key === 'dataNeeds') && kept.get(key(SCENARIO_NAMES)) === null;
      return {
        created: [...(filled ? [filled] : []), ...missing.map((spec) => spec.name)],
        existing: [...(summaryTab.kept === null ? [] : [summaryTab.kept]), ...existing],
        unlisted,
      };
    });
  });
  const message = MESSAGES.setUpDone[language](summary.created, summary.existing);
  const note = summary.unlisted ? ` ${MESSAGES.noScenarioDropdown[language]}` : '';
  toast(workbook, `${message}${note}`, MESSAGES.setUpTitle[language]);
  return { created: summary.created, existing: summary.existing };
}

const SCENARIO_NAMES: ColumnRule = { kind: 'tableColumn', table: 'scenarioMap', column: 'name', help: '' };

const TABLES: Record<ColumnRule['table'], TableSpec<string>> = {
  scenarioMap: SCENARIO_TABLE as TableSpec<string>,
  useCases: USE_CASE_TABLE as TableSpec<string>,
};

/**
 * The columns that the new tabs' dropdowns list, on tabs that are kept (reads only, and only when a new tab needs
 * them): wherever the team moved that table, from under its header to the tab's end.
 */
function keptColumns(
  found: { spec: TabSpec; sheet: Sheet | null }[],
  missing: TabSpec[],
  language: Language,
): Map<string, Range | null> {
  const kept = new Map<string, Range | null>();
  const wanted = missing
    .flatMap((spec) => spec.validations.map((v) => v.rule))
    .filter((r): r is ColumnRule => r.kind === 'tableColumn');
  for (const rule of wanted) {
    const sheet = found.find((f) => f.spec.key === rule.table)?.sheet;
    if (!sheet || kept.has(key(rule))) continue;
    const table = readTable(sheet, TABLES[rule.table], language);
    const column = table?.location.columns[rule.column];
    kept.set(
      key(rule),
      table && column !== undefined ? columnBelow(sheet, table.location.headerRow, column, sheet.getMaxRows()) : null,
    );
  }
  return kept;
}

/** The dropdowns' ranges: on a kept tab as read, on a tab created now from its spec (its place is known). */
function columnRanges(
  created: { spec: TabSpec; sheet: Sheet }[],
  kept: Map<string, Range | null>,
  language: Language,
): ColumnRanges {
  return (rule) => {
    const fresh = created.find((c) => c.spec.key === rule.table);
    if (!fresh) return kept.get(key(rule)) ?? null;
    const location = locateTable(
      valuesOnly(fresh.spec.grid.values),
      headerSpellings(TABLES[rule.table].headers, language),
      [rule.column],
    );
    const column = location?.columns[rule.column];
    return location && column !== undefined ? columnBelow(fresh.sheet, location.headerRow, column, DEFAULT_ROWS) : null;
  };
}

const key = (rule: ColumnRule): string => `${rule.table}.${rule.column}`;

/** A column from under its header to the sheet's end; null when the header is the tab's last row. */
function columnBelow(sheet: Sheet, headerRow: number, column: number, maxRows: number): Range | null {
  const firstRow = headerRow + 2;
  return firstRow > maxRows ? null : sheet.getRange(firstRow, column + 1, maxRows - firstRow + 1, 1);
}
