/**
 * "Add a scenario" (called by the sidebar through google.script.run): validates on the server, then appends one
 * row to the scenario table and one row per data need, under the document lock. A refusal throws an Error whose
 * message names each field and its fix, and writes nothing; a write that fails halfway is taken back.
 */
import { MESSAGES, UserFacingError } from '../core/messages';
import { nextScenarioId } from '../core/ids';
import { AddedScenario, Scenario, formatSequence, validateScenario } from '../core/scenario';
import { tableBody } from '../core/table';
import { DATA_NEEDS_TABLE, SCENARIO_TABLE, USE_CASE_TABLE } from '../core/table-specs';
import { fieldError } from '../core/scenario-fields';
import { cellText, labelKey, tidy } from '../core/text';
import {
  DataNeedColumn,
  PHASE_LABELS,
  SCENARIO_HEADERS,
  SCENARIO_STATUS_LABELS,
  ScenarioColumn,
  TRIGGER_TYPE_LABELS,
  UseCaseColumn,
} from '../core/vocabulary';
import { appendRows } from '../sheets/append';
import { writeAll } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { readTable, requireTable } from '../sheets/tables';
import { Workbook, findTab, openWorkbook, requireTab } from '../sheets/workbook';

export function addScenario(input: unknown): AddedScenario {
  const workbook = openWorkbook();
  const { language } = workbook;
  return withDocumentLock(language, () => {
    const scenarios = requireTable(requireTab(workbook, 'scenarioMap'), SCENARIO_TABLE, language);
    const rows = tableBody(scenarios.content.values, scenarios.location);
    const column = (key: ScenarioColumn): number => scenarios.location.columns[key] - scenarios.location.firstColumn;
    const names = rows.map((r) => cellText(r[column('name')])).filter(Boolean);
    const useCaseIds = namesUseCase(input) ? servableUseCases(workbook, scenarios.location.columns.useCase) : undefined;
    const validation = validateScenario(input, { existingNames: names, useCaseIds }, language);
    // One line per field to fix: the sidebar shows each beside its field.
    if (!validation.ok) throw new UserFacingError(validation.errors.map((e) => e.message).join('\n'));
    const scenario = { ...validation.scenario, useCase: spelt(validation.scenario.useCase, useCaseIds) };
    const dataNeeds = scenario.dataNeeds.length
      ? requireTable(requireTab(workbook, 'dataNeeds'), DATA_NEEDS_TABLE, language)
      : null;
    const id = nextScenarioId(rows.map((r) => r[column('id')]));
    // The sheets' heights are the last reads: in Apps Script a read flushes the writes queued before it.
    const heights = {
      scenarios: scenarios.sheet.getMaxRows(),
      dataNeeds: dataNeeds ? dataNeeds.sheet.getMaxRows() : 0,
    };
    return writeAll(
      language,
      MESSAGES.menuAddScenario[language],
      (journal) => {
        const row = appendRows(scenarios, [scenarioCells(scenario, id, language)], heights.scenarios, journal);
        if (dataNeeds) appendRows(dataNeeds, dataNeedRows(scenario), heights.dataNeeds, journal);
        return { id, row };
      },
      (reason) => MESSAGES.scenarioNotSaved[language](reason),
    );
  });
}

/** Whether the input names a use case: only then is the use-case table read. */
function namesUseCase(input: unknown): boolean {
  const useCase = (input as { useCase?: unknown } | null)?.useCase;
  return typeof useCase === 'string' && tidy(useCase) !== '';
}

/**
 * The IDs a scenario may serve: the use-case table's, in one read (none when there is no table). A scenario map set
 * up before the Use case column has nowhere to write the ID: the refusal says how to add the column.
 */
function servableUseCases(workbook: Workbook, useCaseColumn: number | undefined): string[] {
  const { language } = workbook;
  if (useCaseColumn === undefined) {
    const header = SCENARIO_HEADERS.useCase[language];
    throw new UserFacingError(fieldError('useCase', MESSAGES.noUseCaseColumn[language](header), language).message);
  }
  const tab = findTab(workbook, 'useCases');
  const spec = { ...USE_CASE_TABLE, required: ['id'] as UseCaseColumn[], dataColumns: ['id'] as UseCaseColumn[] };
  const table = tab ? readTable(tab, spec, language) : null;
  if (!table) return [];
  const id = table.location.columns.id - table.location.firstColumn;
  return tableBody(table.content.values, table.location)
    .map((row) => cellText(row[id]))
    .filter(Boolean);
}

/** The ID as the use-case table spells it (`uc-3 ` typed in a script becomes the table's `UC-03`… if it is there). */
function spelt(useCase: string, ids: readonly string[] | undefined): string {
  return ids?.find((id) => labelKey(id) === labelKey(useCase)) ?? useCase;
}

function scenarioCells(scenario: Scenario, id: string, language: 'en' | 'fr'): Record<ScenarioColumn, string> {
  return {
    id,
    name: scenario.name,
    useCase: scenario.useCase,
    programme: scenario.programme,
    target: scenario.target,
    phase: PHASE_LABELS[scenario.phase][language],
    channel: scenario.channel,
    triggerType: TRIGGER_TYPE_LABELS[scenario.triggerType][language],
    trigger: scenario.trigger,
    sequence: formatSequence(scenario.steps, language),
    status: SCENARIO_STATUS_LABELS.idea[language],
  };
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
