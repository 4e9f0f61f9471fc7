/**
 * The scenario map as a TabSpec: the table of marketing-automation scenarios (who, when, where, how, and the use
 * case each serves) and, one column apart, the overview of scenarios by target and phase, kept by one formula.
 */
import { columnLetter } from '../a1';
import { Bilingual, Language } from '../language';
import { formatSequence } from '../scenario';
import { GridBuilder, TabSpec, ValidationSpec } from '../tab-spec';
import {
  ALL_CONTACTS,
  PHASES,
  PHASE_LABELS,
  PROGRAMMES,
  SCENARIO_HEADERS,
  SCENARIO_STATUS_LABELS,
  ScenarioColumn,
  TAB_NAMES,
  TRIGGER_TYPE_LABELS,
} from '../vocabulary';
import { HEADER, HELP, SCENARIO_COLUMNS, TABLE_HEADER_ROW, TITLE, columnOf } from './layout';
import { SCENARIO_MAP_TEXT } from './scenario-map-text';

/** The overview matrix beside the scenario table: targets as rows, phases as columns. */
export const OVERVIEW_COLUMN = SCENARIO_COLUMNS.length + 2;

/** The overview's corner label, in every language: it ends the scenario table's span when a team column touches it. */
export const SCENARIO_TABLE_STOPS: readonly string[] = Object.values(SCENARIO_MAP_TEXT.overviewCorner);

/**
 * A formula, not values, so the overview stays right when people edit the table by hand: the distinct targets of
 * the table (one row per target whatever its case, in its first spelling, sorted), and for each target and phase
 * the names of its scenarios. The targets are computed once, inside the formula, so nothing typed under the
 * overview can add rows to it. Written to parse in every locale: `;` between arguments (comma locales accept it,
 * semicolon locales refuse `,`), `1` for TRUE, English function names.
 */
export function overviewFormula(
  firstDataRow: number,
  columns: { name: number; target: number; phase: number },
  overviewColumn: number,
): string {
  const col = (c: number): string => `$${columnLetter(c)}$${firstDataRow}:$${columnLetter(c)}`;
  const headerRow = firstDataRow - 1;
  const headers = `$${columnLetter(overviewColumn + 1)}$${headerRow}:$${columnLetter(overviewColumn + PHASES.length)}$${headerRow}`;
  return (
    `=IFERROR(LET(n;${col(columns.name)};t;${col(columns.target)};p;${col(columns.phase)};h;${headers};` +
    'k;FILTER(t;t<>"");u;SORT(FILTER(k;MATCH(k;k;0)=SEQUENCE(ROWS(k))));' +
    'HSTACK(u;MAKEARRAY(ROWS(u);COLUMNS(h);LAMBDA(r;c;' +
    'IFERROR(TEXTJOIN(CHAR(10);1;FILTER(n;t=INDEX(u;r);p=INDEX(h;1;c);n<>""));"")))));"")'
  );
}

export function scenarioMapSpec(language: Language): TabSpec {
  const text = SCENARIO_MAP_TEXT;
  const row = TABLE_HEADER_ROW + 1;
  const grid = new GridBuilder(row, OVERVIEW_COLUMN + PHASES.length);
  grid.text(1, 1, TAB_NAMES.scenarioMap[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  SCENARIO_COLUMNS.forEach((column, i) =>
    grid.text(TABLE_HEADER_ROW, i + 1, SCENARIO_HEADERS[column][language], HEADER),
  );
  const example = exampleScenario(language);
  SCENARIO_COLUMNS.forEach((column, c) => grid.text(row, c + 1, example[column], { wrap: true }));
  const col = (c: ScenarioColumn): number => columnOf(SCENARIO_COLUMNS, c);
  grid.text(2, OVERVIEW_COLUMN, text.overviewTitle[language], { bold: true });
  grid.text(TABLE_HEADER_ROW, OVERVIEW_COLUMN, text.overviewCorner[language], HEADER);
  PHASES.forEach((phase, i) =>
    grid.text(TABLE_HEADER_ROW, OVERVIEW_COLUMN + 1 + i, PHASE_LABELS[phase][language], HEADER),
  );
  grid.formula(
    row,
    OVERVIEW_COLUMN,
    overviewFormula(row, { name: col('name'), target: col('target'), phase: col('phase') }, OVERVIEW_COLUMN),
    {
      bold: true,
    },
  );
  return {
    key: 'scenarioMap',
    name: TAB_NAMES.scenarioMap[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: dropdowns(language),
    // The overview spills down from its formula: the whole area wraps its multi-line cells, its phases shaded.
    bands: [
      { column: OVERVIEW_COLUMN, numColumns: 1, fromRow: row, style: { wrap: true } },
      {
        column: OVERVIEW_COLUMN + 1,
        numColumns: PHASES.length,
        fromRow: row,
        style: { background: '#f3f3f3', wrap: true },
      },
    ],
    frozenRows: TABLE_HEADER_ROW,
    frozenColumns: 0,
    verticalAlignment: 'top',
    widths: [
      { column: col('id'), numColumns: 1, width: 100 }, // a new tab's width already: no call
      { column: col('name'), numColumns: col('trigger') - col('name') + 1, width: 140 },
      { column: col('sequence'), numColumns: 1, width: 320 },
      { column: OVERVIEW_COLUMN, numColumns: 1 + PHASES.length, width: 170 },
    ],
  };
}

/** The worked scenario: an abandoned cart, D+1 and D+5, serving the template's abandoned-cart use case. */
function exampleScenario(language: Language): Record<ScenarioColumn, string> {
  const example = SCENARIO_MAP_TEXT.example;
  return {
    id: 'SC-001',
    name: example.name[language],
    useCase: 'UC-02',
    programme: PROGRAMMES[0][language],
    target: ALL_CONTACTS[language],
    phase: PHASE_LABELS.activation[language],
    channel: example.channel[language],
    triggerType: TRIGGER_TYPE_LABELS.behaviour[language],
    trigger: example.trigger[language],
    sequence: formatSequence(
      example.steps.map((step) => ({
        day: step.day,
        channel: step.channel[language],
        message: step.message[language],
      })),
      language,
    ),
    status: SCENARIO_STATUS_LABELS.specified[language],
  };
}

/** The table's dropdowns, down to the sheet's end so rows added later have them too. */
function dropdowns(language: Language): ValidationSpec[] {
  const text = SCENARIO_MAP_TEXT;
  const list = (values: readonly Bilingual<string>[], help: Bilingual<string>) => ({
    kind: 'list' as const,
    values: values.map((v) => v[language]),
    help: help[language],
  });
  const at = (column: ScenarioColumn) => ({
    row: TABLE_HEADER_ROW + 1,
    column: columnOf(SCENARIO_COLUMNS, column),
    numRows: 'toEnd' as const,
  });
  return [
    {
      ...at('useCase'),
      rule: { kind: 'tableColumn', table: 'useCases', column: 'id', help: text.useCaseHelp[language] },
    },
    { ...at('programme'), rule: list(PROGRAMMES, text.programmeHelp) },
    {
      ...at('phase'),
      rule: list(
        PHASES.map((p) => PHASE_LABELS[p]),
        text.phaseHelp,
      ),
    },
    { ...at('triggerType'), rule: list(Object.values(TRIGGER_TYPE_LABELS), text.triggerTypeHelp) },
    { ...at('status'), rule: list(Object.values(SCENARIO_STATUS_LABELS), text.statusHelp) },
  ];
}
