/** The three tables as the summary reads them (values from A1, with a tab id), built from short rows, for unit tests. */
import { Language } from '../../src/core/language';
import { TabInput, locate, presentPart } from '../../src/core/summary/inputs';
import { dataNeedRecords, scenarioRecords, useCaseRecords } from '../../src/core/summary/records';
import { DATA_NEEDS_TABLE, SCENARIO_TABLE, USE_CASE_TABLE } from '../../src/core/table-specs';

const UC_HEADERS = ['ID', 'Use case', 'Touchpoint', 'Business impact', 'Customer experience impact', 'Difficulty'];
const UC_COMPUTED = ['Score', 'Rank', 'Quadrant'];
const SC_HEADERS = ['ID', 'Scenario', 'Use case', 'Programme', 'Target', 'Phase', 'Channel', 'Trigger type'];
const SC_MORE = ['Trigger', 'Message sequence', 'Status'];

const tabOf = (tab: string, gid: number, header: string[], rows: unknown[][]): TabInput => ({
  tab,
  gid,
  values: [['Title'], header, ...rows],
});

/** Use cases: [id, use case, touchpoint, B, C, D, score, quadrant]. */
export function useCaseTab(rows: unknown[][]): TabInput {
  return tabOf(
    'Use cases',
    11,
    [...UC_HEADERS, ...UC_COMPUTED],
    rows.map(([id, text, tp, b, c, d, score, quadrant]) => [id, text, tp, b, c, d, score ?? '', '', quadrant ?? '']),
  );
}

/** Scenarios: [id, name, use case, phase, status]. */
export function scenarioTab(rows: unknown[][]): TabInput {
  return tabOf(
    'Scenario map',
    22,
    [...SC_HEADERS, ...SC_MORE],
    rows.map(([id, name, uc, phase, status]) => [
      id,
      name,
      uc,
      'Conversion',
      'All',
      phase,
      'Email',
      'Event',
      'x',
      'D+0',
      status,
    ]),
  );
}

/** Data needs: [scenario, variable, source, available]. */
export function needTab(rows: unknown[][]): TabInput {
  return tabOf(
    'Data needs',
    33,
    ['Scenario', 'Description', 'Variable', 'Source', 'Available'],
    rows.map(([scenario, variable, source, available]) => [scenario, '', variable, source, available]),
  );
}

export const useCases = (rows: unknown[][], language: Language = 'en') => {
  const located = locate(presentPart(useCaseTab(rows)), USE_CASE_TABLE, language);
  if (!located.ok) throw new Error(located.line);
  return useCaseRecords(located.value, language);
};
export const scenarios = (rows: unknown[][]) => {
  const located = locate(presentPart(scenarioTab(rows)), SCENARIO_TABLE, 'en');
  if (!located.ok) throw new Error(located.line);
  return scenarioRecords(located.value);
};
export const needs = (rows: unknown[][]) => {
  const located = locate(presentPart(needTab(rows)), DATA_NEEDS_TABLE, 'en');
  if (!located.ok) throw new Error(located.line);
  return dataNeedRecords(located.value);
};
