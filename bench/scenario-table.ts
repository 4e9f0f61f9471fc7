/** A scenario map's header row as a team's older workbook has it (no Use case column), for the benches that keep one. */
export const SCENARIO_HEADERS = [
  'ID',
  'Scenario',
  'Programme',
  'Target',
  'Phase',
  'Channel',
  'Trigger type',
  'Trigger',
  'Message sequence',
  'Status',
];
