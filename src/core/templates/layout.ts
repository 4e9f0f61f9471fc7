/** What the template tabs share: their styles, the rows of the three table tabs, and each table's columns. */
import { CellStyle } from '../tab-spec';
import { DataNeedColumn, ScenarioColumn, UseCaseColumn } from '../vocabulary';

export const HEADER: CellStyle = { bold: true, background: '#1c4587', color: '#ffffff', wrap: true };
export const COMPUTED_HEADER: CellStyle = { bold: true, background: '#666666', color: '#ffffff', wrap: true };
export const TITLE: CellStyle = { bold: true, size: 14 };
export const HELP: CellStyle = { color: '#595959' };
/** Cells the team is invited to fill (the weights, a persona's description). */
export const INPUT_FILL = '#cfe2f3';
export const COMPUTED_FILL = '#efefef';

/** Rows shared by the table tabs: title, a line of help, then the header row. */
export const TABLE_HEADER_ROW = 3;

export const USE_CASE_COLUMNS: readonly UseCaseColumn[] = [
  'id',
  'useCase',
  'touchpoint',
  'category',
  'objective',
  'businessImpact',
  'customerImpact',
  'difficulty',
  'score',
  'rank',
  'quadrant',
];

export const SCENARIO_COLUMNS: readonly ScenarioColumn[] = [
  'id',
  'name',
  'useCase',
  'programme',
  'target',
  'phase',
  'channel',
  'triggerType',
  'trigger',
  'sequence',
  'status',
];

export const DATA_NEED_COLUMNS: readonly DataNeedColumn[] = [
  'scenario',
  'description',
  'variable',
  'source',
  'available',
];

/** A column's 1-based position in a template table. */
export function columnOf<K extends string>(columns: readonly K[], key: K): number {
  return columns.indexOf(key) + 1;
}
