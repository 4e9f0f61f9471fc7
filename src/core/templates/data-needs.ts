/** The data-needs tab as a TabSpec: per scenario, the variables it needs, where they come from, whether we have them. */
import { Language } from '../language';
import { GridBuilder, TabSpec } from '../tab-spec';
import { AVAILABILITY_LABELS, DATA_NEED_HEADERS, DataNeedColumn, TAB_NAMES } from '../vocabulary';
import { DATA_NEEDS_TEXT } from './data-needs-text';
import { DATA_NEED_COLUMNS, HEADER, HELP, TABLE_HEADER_ROW, TITLE, columnOf } from './layout';
import { SCENARIO_MAP_TEXT } from './scenario-map-text';

export function dataNeedsSpec(language: Language): TabSpec {
  const text = DATA_NEEDS_TEXT;
  const grid = new GridBuilder(TABLE_HEADER_ROW + text.examples.length, DATA_NEED_COLUMNS.length);
  grid.text(1, 1, TAB_NAMES.dataNeeds[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  DATA_NEED_COLUMNS.forEach((column, i) =>
    grid.text(TABLE_HEADER_ROW, i + 1, DATA_NEED_HEADERS[column][language], HEADER),
  );
  text.examples.forEach((example, r) => {
    const cells: Record<DataNeedColumn, string> = {
      scenario: SCENARIO_MAP_TEXT.example.name[language],
      description: example.description[language],
      variable: example.variable[language],
      source: example.source[language],
      available: AVAILABILITY_LABELS[example.available][language],
    };
    DATA_NEED_COLUMNS.forEach((column, c) => grid.text(TABLE_HEADER_ROW + 1 + r, c + 1, cells[column], { wrap: true }));
  });
  const col = (c: DataNeedColumn): number => columnOf(DATA_NEED_COLUMNS, c);
  return {
    key: 'dataNeeds',
    name: TAB_NAMES.dataNeeds[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: [
      {
        row: TABLE_HEADER_ROW + 1,
        column: col('scenario'),
        numRows: 'toEnd',
        rule: { kind: 'tableColumn', table: 'scenarioMap', column: 'name', help: text.scenarioHelp[language] },
      },
      {
        row: TABLE_HEADER_ROW + 1,
        column: col('available'),
        numRows: 'toEnd',
        rule: {
          kind: 'list',
          values: Object.values(AVAILABILITY_LABELS).map((a) => a[language]),
          help: text.availableHelp[language],
        },
      },
    ],
    bands: [],
    frozenRows: TABLE_HEADER_ROW,
    frozenColumns: 0,
    widths: [{ column: 1, numColumns: DATA_NEED_COLUMNS.length, width: 210 }],
  };
}
