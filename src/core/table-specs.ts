/** The method's three tables as the features find them: their headers, the ones they need, what ends them. */
import { settingsLabels } from './priority-settings';
import { TableSpec } from './table';
import { DATA_NEED_COLUMNS, SCENARIO_COLUMNS, SCENARIO_TABLE_STOPS } from './templates';
import {
  COMPUTED_COLUMNS,
  DATA_NEED_HEADERS,
  DataNeedColumn,
  RATING_COLUMNS,
  SCENARIO_HEADERS,
  ScenarioColumn,
  USE_CASE_HEADERS,
  UseCaseColumn,
} from './vocabulary';

/** The use-case table, ended by the settings area beside it. */
export const USE_CASE_TABLE: TableSpec<UseCaseColumn> = {
  headers: USE_CASE_HEADERS,
  required: ['useCase', ...RATING_COLUMNS, ...COMPUTED_COLUMNS],
  stopLabels: settingsLabels(),
  // A row is a use case by what the team typed, never by the add-on's own Score, Rank and Quadrant.
  dataColumns: ['useCase', ...RATING_COLUMNS],
};

/** The scenario table, ended by the overview beside it. */
export const SCENARIO_TABLE: TableSpec<ScenarioColumn> = {
  headers: SCENARIO_HEADERS,
  // The Use case column came later: a scenario map set up before it is still a scenario map.
  required: SCENARIO_COLUMNS.filter((column) => column !== 'useCase'),
  stopLabels: SCENARIO_TABLE_STOPS,
};

export const DATA_NEEDS_TABLE: TableSpec<DataNeedColumn> = {
  headers: DATA_NEED_HEADERS,
  required: DATA_NEED_COLUMNS,
};
