/**
 * "Add a scenario" (called by the sidebar through google.script.run): validates on the server, then appends one
 * row to the scenario table and one row per data need, under the document lock. A refusal throws an Error whose
 * message names each field and its fix, and writes nothing; a write that fails halfway is undone.
 */
import { MESSAGES, UserFacingError } from '../core/messages';
import { AddedScenario, Scenario, formatSequence, nextScenarioId, validateScenario } from '../core/scenario';
import { DATA_NEED_COLUMNS, SCENARIO_COLUMNS, SCENARIO_TABLE_STOPS } from '../core/templates';
import { asText, cellText } from '../core/text';
import {
  DATA_NEED_HEADERS,
  DataNeedColumn,
  PHASE_LABELS,
  SCENARIO_HEADERS,
  SCENARIO_STATUS_LABELS,
  ScenarioColumn,
  TRIGGER_TYPE_LABELS,
} from '../core/vocabulary';
import { withDocumentLock } from '../sheets/lock';
import { SheetTable, requireTable } from '../sheets/tables';
import { openWorkbook, requireTab } from '../sheets/workbook';

export function addScenario(input: unknown): AddedScenario {
  const workbook = openWorkbook();
  const { language } = workbook;
  return withDocumentLock(language, () => {
    const scenarios = requireTable(
      requireTab(workbook, 'scenarioMap'),
      SCENARIO_HEADERS,
      SCENARIO_COLUMNS,
      language,
      SCENARIO_TABLE_STOPS,
    );
    const rows = scenarios.values.slice(scenarios.location.headerRow + 1, scenarios.location.lastRow + 1);
    const names = rows.map((r) => cellText(r[scenarios.location.columns.name])).filter(Boolean);
    const validation = validateScenario(input, names, language);
    if (!validation.ok) throw new Error(validation.errors.map((e) => e.message).join('\n'));
    const scenario = validation.scenario;
    const dataNeeds = scenario.dataNeeds.length
      ? requireTable(requireTab(workbook, 'dataNeeds'), DATA_NEED_HEADERS, DATA_NEED_COLUMNS, language)
      : null;
    const id = nextScenarioId(rows.map((r) => r[scenarios.location.columns.id]));

    const scenarioCells: Record<ScenarioColumn, string> = {
      id,
      name: scenario.name,
      programme: scenario.programme,
      target: scenario.target,
      phase: PHASE_LABELS[scenario.phase][language],
      channel: scenario.channel,
      triggerType: TRIGGER_TYPE_LABELS[scenario.triggerType][language],
      trigger: scenario.trigger,
      sequence: formatSequence(scenario.steps, language),
      status: SCENARIO_STATUS_LABELS.idea[language],
    };
    // The sheets' heights are the last reads: in Apps Script a read flushes the writes queued before it.
    const scenarioRows = scenarios.sheet.getMaxRows();
    const dataNeedRowsAvailable = dataNeeds ? dataNeeds.sheet.getMaxRows() : 0;
    // Every write pushes how to take it back; if a later one fails, the earlier ones are undone in reverse.
    const undo: (() => void)[] = [];
    try {
      const firstRow = appendRows(scenarios, [scenarioCells], scenarioRows, undo);
      if (dataNeeds) appendRows(dataNeeds, dataNeedRows(scenario), dataNeedRowsAvailable, undo);
      return { id, row: firstRow };
    } catch (error) {
      for (const step of undo.reverse()) step();
      throw new UserFacingError(
        MESSAGES.scenarioNotSaved[language](error instanceof Error ? error.message : String(error)),
      );
    }
  });
}

function dataNeedRows(scenario: Scenario): Record<DataNeedColumn, string>[] {
  return scenario.dataNeeds.map((need) => ({
    scenario: scenario.name,
    description: '',
    variable: need.variable,
    source: need.source,
    available: '',
  }));
}

/**
 * Writes rows just below a table's last row, in one call, each value in its header's column and text kept as
 * text; the table's other columns get empty cells. Returns the first row written.
 */
function appendRows<K extends string>(
  table: SheetTable<K>,
  records: Record<K, string>[],
  maxRows: number,
  undo: (() => void)[],
): number {
  const { sheet, location } = table;
  const width = location.lastColumn - location.firstColumn + 1;
  const firstRow = location.lastRow + 2;
  const lastRow = firstRow + records.length - 1;
  if (lastRow > maxRows) {
    const added = lastRow - maxRows;
    sheet.insertRowsAfter(maxRows, added);
    undo.push(() => sheet.deleteRows(maxRows + 1, added));
  }
  const values = records.map((record) => {
    const line: string[] = new Array(width).fill('');
    for (const key of Object.keys(record) as K[])
      line[location.columns[key] - location.firstColumn] = asText(record[key]);
    return line;
  });
  const range = sheet.getRange(firstRow, location.firstColumn + 1, records.length, width);
  range.setValues(values);
  // The cells lay below the table's last row, so they were empty: emptying them again restores them.
  undo.push(() => range.setValues(values.map((line) => line.map(() => ''))));
  return firstRow;
}
