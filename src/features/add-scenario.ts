/**
 * "Add a scenario" (called by the sidebar through google.script.run): validates on the server, then appends one
 * row to the scenario table and one row per data need, under the document lock. A refusal throws an Error whose
 * message names each field and its fix, and writes nothing; a write that fails halfway is taken back.
 */
import { MESSAGES, UserFacingError } from '../core/messages';
import { AddedScenario, Scenario, formatSequence, nextScenarioId, validateScenario } from '../core/scenario';
import { tableBody } from '../core/table';
import { DATA_NEEDS_TABLE, SCENARIO_TABLE } from '../core/table-specs';
import { cellText } from '../core/text';
import {
  DataNeedColumn,
  PHASE_LABELS,
  SCENARIO_STATUS_LABELS,
  ScenarioColumn,
  TRIGGER_TYPE_LABELS,
} from '../core/vocabulary';
import { appendRows } from '../sheets/append';
import { writeAll } from '../sheets/journal';
import { withDocumentLock } from '../sheets/lock';
import { requireTable } from '../sheets/tables';
import { openWorkbook, requireTab } from '../sheets/workbook';

export function addScenario(input: unknown): AddedScenario {
  const workbook = openWorkbook();
  const { language } = workbook;
  return withDocumentLock(language, () => {
    const scenarios = requireTable(requireTab(workbook, 'scenarioMap'), SCENARIO_TABLE, language);
    const rows = tableBody(scenarios.content.values, scenarios.location);
    const column = (key: ScenarioColumn): number => scenarios.location.columns[key] - scenarios.location.firstColumn;
    const names = rows.map((r) => cellText(r[column('name')])).filter(Boolean);
    const validation = validateScenario(input, { existingNames: names }, language);
    // One line per field to fix: the sidebar shows each beside its field.
    if (!validation.ok) throw new UserFacingError(validation.errors.map((e) => e.message).join('\n'));
    const scenario = validation.scenario;
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
