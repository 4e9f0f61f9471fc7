/**
 * The four template tabs of the method, per language, as TabSpecs. Content only: where and how they are
 * written is `features/set-up-template.ts` and `sheets/write-tab.ts`.
 */
import { Bilingual, Language } from './language';
import { CellStyle, GridBuilder, TabSpec } from './tab-spec';
import {
  ALL_CONTACTS,
  COMPUTED_COLUMNS,
  RATING_COLUMNS,
  CHANNEL_KEYS,
  STAGE_KEYS,
  AVAILABILITY_LABELS,
  COLOUR_STATUSES,
  DATA_NEED_HEADERS,
  DataNeedColumn,
  JOURNEY_ANCHOR,
  LEGEND_DEFAULT_COLOURS,
  LEGEND_LABELS,
  PHASES,
  PHASE_LABELS,
  PROGRAMMES,
  SCENARIO_HEADERS,
  SCENARIO_STATUS_LABELS,
  ScenarioColumn,
  TAB_NAMES,
  TAB_ORDER,
  TRIGGER_TYPE_LABELS,
  TabKey,
  USE_CASE_HEADERS,
  UseCaseColumn,
  WEIGHTS_LABELS,
} from './vocabulary';
import { TEMPLATE_TEXT } from './template-text';
import { columnLetter } from './a1';
import { formatSequence } from './scenario';

const HEADER: CellStyle = { bold: true, background: '#1c4587', color: '#ffffff', wrap: true };
const COMPUTED_HEADER: CellStyle = { bold: true, background: '#666666', color: '#ffffff', wrap: true };
export const COMPUTED_FILL = '#efefef';
const TITLE: CellStyle = { bold: true, size: 14 };
const HELP: CellStyle = { color: '#595959' };
const INPUT_FILL = '#cfe2f3';

/** Rows shared by the three table tabs: title, a line of help, then the header row. */
const TABLE_HEADER_ROW = 3;

export const USE_CASE_COLUMNS: readonly UseCaseColumn[] = [
  'id',
  'useCase',
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

export function tabName(key: TabKey, language: Language): string {
  return TAB_NAMES[key][language];
}

export function journeyMapSpec(language: Language): TabSpec {
  const text = TEMPLATE_TEXT.journeyMap;
  const stages = text.stages.map((s) => s[language]);
  const channels = text.channels.map((c) => c[language]);
  const anchorRow = 5;
  const width = 1 + stages.length;
  const grid = new GridBuilder(anchorRow + channels.length, Math.max(width, 5));

  grid.text(1, 1, TAB_NAMES.journeyMap[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  grid.text(3, 1, text.legend[language], { bold: true });
  COLOUR_STATUSES.forEach((status, i) => {
    grid.text(3, 2 + i, LEGEND_LABELS[status][language], {
      bold: true,
      background: LEGEND_DEFAULT_COLOURS[status],
      note: text.legendNotes[status][language],
    });
  });
  grid.text(anchorRow, 1, JOURNEY_ANCHOR[language], HEADER);
  stages.forEach((stage, i) => grid.text(anchorRow, 2 + i, stage, HEADER));
  channels.forEach((channel, i) =>
    grid.text(anchorRow + 1 + i, 1, channel, { bold: true, background: '#d9d9d9', wrap: true }),
  );
  grid.area(anchorRow + 1, 2, channels.length, stages.length, { wrap: true });
  for (const example of text.examples) {
    grid.text(
      anchorRow + 1 + CHANNEL_KEYS.indexOf(example.channel),
      2 + STAGE_KEYS.indexOf(example.stage),
      example.text[language],
      {
        background: LEGEND_DEFAULT_COLOURS[example.status],
      },
    );
  }
  return {
    key: 'journeyMap',
    name: TAB_NAMES.journeyMap[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: [],
    bands: [],
    frozenRows: anchorRow,
    frozenColumns: 1,
    widths: [
      { column: 1, numColumns: 1, width: 170 },
      { column: 2, numColumns: stages.length, width: 190 },
    ],
    tabColor: '#f1c232',
  };
}

/** Where the settings area with the priority weights sits in a fresh template (beside the table, one column apart). */
export const WEIGHTS_COLUMN = USE_CASE_COLUMNS.length + 2;

export function useCasesSpec(language: Language): TabSpec {
  const text = TEMPLATE_TEXT.useCases;
  const examples = text.examples;
  const grid = new GridBuilder(TABLE_HEADER_ROW + examples.length, WEIGHTS_COLUMN + 1);
  grid.text(1, 1, TAB_NAMES.useCases[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  USE_CASE_COLUMNS.forEach((column, i) => {
    const computed = (COMPUTED_COLUMNS as readonly UseCaseColumn[]).includes(column);
    const note =
      column in text.headerNotes ? text.headerNotes[column as keyof typeof text.headerNotes][language] : undefined;
    grid.text(TABLE_HEADER_ROW, i + 1, USE_CASE_HEADERS[column][language], {
      ...(computed ? COMPUTED_HEADER : HEADER),
      note,
    });
  });
  examples.forEach((example, r) => {
    const row = TABLE_HEADER_ROW + 1 + r;
    const cells: Partial<Record<UseCaseColumn, string | number>> = {
      id: example.id,
      useCase: example.useCase[language],
      category: example.category[language],
      objective: example.objective[language],
      businessImpact: example.b,
      customerImpact: example.c,
      difficulty: example.d,
    };
    USE_CASE_COLUMNS.forEach((column, c) => {
      const value = cells[column];
      if (value !== undefined) grid.text(row, c + 1, value, { wrap: true });
    });
  });

  // The weights of the priority rule, visible and editable where the team works.
  grid.text(TABLE_HEADER_ROW, WEIGHTS_COLUMN, WEIGHTS_LABELS.title[language], {
    ...HEADER,
    note: text.weightsNote[language],
  });
  grid.style(TABLE_HEADER_ROW, WEIGHTS_COLUMN + 1, HEADER);
  grid.text(TABLE_HEADER_ROW + 1, WEIGHTS_COLUMN, WEIGHTS_LABELS.business[language], { wrap: true });
  grid.text(TABLE_HEADER_ROW + 1, WEIGHTS_COLUMN + 1, 1, { background: INPUT_FILL, bold: true });
  grid.text(TABLE_HEADER_ROW + 2, WEIGHTS_COLUMN, WEIGHTS_LABELS.customer[language], { wrap: true });
  grid.text(TABLE_HEADER_ROW + 2, WEIGHTS_COLUMN + 1, 1, { background: INPUT_FILL, bold: true });

  const firstComputed = USE_CASE_COLUMNS.indexOf('score') + 1;
  const firstQualification = USE_CASE_COLUMNS.indexOf('businessImpact') + 1;
  return {
    key: 'useCases',
    name: TAB_NAMES.useCases[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: [
      ...RATING_COLUMNS.map((column) => ({
        row: TABLE_HEADER_ROW + 1,
        column: USE_CASE_COLUMNS.indexOf(column) + 1,
        numRows: 'toEnd' as const,
        rule: { kind: 'list' as const, values: ['1', '2', '3', '4', '5'], help: text.scaleHelp[language] },
      })),
      {
        row: TABLE_HEADER_ROW + 1,
        column: WEIGHTS_COLUMN + 1,
        numRows: 2,
        rule: { kind: 'numberBetween', min: 0, max: 10, help: text.weightHelp[language] },
      },
    ],
    bands: [
      {
        column: firstComputed,
        numColumns: COMPUTED_COLUMNS.length,
        fromRow: TABLE_HEADER_ROW + 1,
        style: { background: COMPUTED_FILL },
      },
    ],
    frozenRows: TABLE_HEADER_ROW,
    frozenColumns: 0,
    widths: [
      { column: 1, numColumns: 1, width: 70 },
      { column: 2, numColumns: 1, width: 280 },
      { column: 3, numColumns: 1, width: 150 },
      { column: 4, numColumns: 1, width: 240 },
      { column: firstQualification, numColumns: 3, width: 120 },
      { column: firstComputed, numColumns: 3, width: 100 },
      { column: WEIGHTS_COLUMN - 1, numColumns: 1, width: 30 },
      { column: WEIGHTS_COLUMN, numColumns: 1, width: 260 },
    ],
    tabColor: '#e69138',
  };
}

/** The overview matrix beside the scenario table: targets as rows, phases as columns. */
export const OVERVIEW_COLUMN = SCENARIO_COLUMNS.length + 2;

/** The overview's corner label, in every language: it ends the scenario table's span when a team column touches it. */
export const SCENARIO_TABLE_STOPS: readonly string[] = Object.values(TEMPLATE_TEXT.scenarioMap.overviewCorner);

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
  const headers = `$${columnLetter(overviewColumn + 1)}$${firstDataRow - 1}:$${columnLetter(overviewColumn + PHASES.length)}$${firstDataRow - 1}`;
  return (
    `=IFERROR(LET(n;${col(columns.name)};t;${col(columns.target)};p;${col(columns.phase)};h;${headers};` +
    'k;FILTER(t;t<>"");u;SORT(FILTER(k;MATCH(k;k;0)=SEQUENCE(ROWS(k))));' +
    'HSTACK(u;MAKEARRAY(ROWS(u);COLUMNS(h);LAMBDA(r;c;' +
    'IFERROR(TEXTJOIN(CHAR(10);1;FILTER(n;t=INDEX(u;r);p=INDEX(h;1;c);n<>""));"")))));"")'
  );
}

export function scenarioMapSpec(language: Language): TabSpec {
  const text = TEMPLATE_TEXT.scenarioMap;
  const example = text.example;
  const row = TABLE_HEADER_ROW + 1;
  const grid = new GridBuilder(row, OVERVIEW_COLUMN + PHASES.length);
  grid.text(1, 1, TAB_NAMES.scenarioMap[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  SCENARIO_COLUMNS.forEach((column, i) =>
    grid.text(TABLE_HEADER_ROW, i + 1, SCENARIO_HEADERS[column][language], HEADER),
  );
  const sequence = formatSequence(
    example.steps.map((step) => ({ day: step.day, channel: step.channel[language], message: step.message[language] })),
    language,
  );
  const cells: Record<ScenarioColumn, string> = {
    id: 'SC-001',
    name: example.name[language],
    programme: PROGRAMMES[0][language],
    target: ALL_CONTACTS[language],
    phase: PHASE_LABELS.activation[language],
    channel: example.channel[language],
    triggerType: TRIGGER_TYPE_LABELS.behaviour[language],
    trigger: example.trigger[language],
    sequence,
    status: SCENARIO_STATUS_LABELS.specified[language],
  };
  SCENARIO_COLUMNS.forEach((column, c) => grid.text(row, c + 1, cells[column], { wrap: true }));

  const col = (c: ScenarioColumn): number => SCENARIO_COLUMNS.indexOf(c) + 1;
  const formula = overviewFormula(
    row,
    { name: col('name'), target: col('target'), phase: col('phase') },
    OVERVIEW_COLUMN,
  );
  grid.text(2, OVERVIEW_COLUMN, text.overviewTitle[language], { bold: true });
  grid.text(TABLE_HEADER_ROW, OVERVIEW_COLUMN, text.overviewCorner[language], HEADER);
  PHASES.forEach((phase, i) =>
    grid.text(TABLE_HEADER_ROW, OVERVIEW_COLUMN + 1 + i, PHASE_LABELS[phase][language], HEADER),
  );
  grid.formula(row, OVERVIEW_COLUMN, formula);

  const list = (values: readonly Bilingual<string>[], help: Bilingual<string>) => ({
    kind: 'list' as const,
    values: values.map((v) => v[language]),
    help: help[language],
  });
  const dropdown = (column: ScenarioColumn, rule: ReturnType<typeof list>) => ({
    row,
    column: col(column),
    numRows: 'toEnd' as const,
    rule,
  });
  return {
    key: 'scenarioMap',
    name: TAB_NAMES.scenarioMap[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: [
      dropdown('programme', list(PROGRAMMES, text.programmeHelp)),
      dropdown(
        'phase',
        list(
          PHASES.map((p) => PHASE_LABELS[p]),
          text.phaseHelp,
        ),
      ),
      dropdown('triggerType', list(Object.values(TRIGGER_TYPE_LABELS), text.triggerTypeHelp)),
      dropdown('status', list(Object.values(SCENARIO_STATUS_LABELS), text.statusHelp)),
    ],
    // The overview spills down from its formula: the whole area below wraps its multi-line cells.
    bands: [
      { column: OVERVIEW_COLUMN, numColumns: 1, fromRow: row, style: { bold: true, wrap: true } },
      {
        column: OVERVIEW_COLUMN + 1,
        numColumns: PHASES.length,
        fromRow: row,
        style: { background: '#f3f3f3', wrap: true },
      },
    ],
    frozenRows: TABLE_HEADER_ROW,
    frozenColumns: 0,
    widths: [
      { column: 1, numColumns: 1, width: 70 },
      { column: col('name'), numColumns: 1, width: 200 },
      { column: col('programme'), numColumns: 1, width: 140 },
      { column: col('target'), numColumns: 1, width: 140 },
      { column: col('phase'), numColumns: 2, width: 110 },
      { column: col('triggerType'), numColumns: 1, width: 130 },
      { column: col('trigger'), numColumns: 1, width: 220 },
      { column: col('sequence'), numColumns: 1, width: 340 },
      { column: col('status'), numColumns: 1, width: 100 },
      { column: OVERVIEW_COLUMN - 1, numColumns: 1, width: 30 },
      { column: OVERVIEW_COLUMN, numColumns: 1, width: 160 },
      { column: OVERVIEW_COLUMN + 1, numColumns: PHASES.length, width: 180 },
    ],
    tabColor: '#3c78d8',
  };
}

export function dataNeedsSpec(language: Language): TabSpec {
  const text = TEMPLATE_TEXT.dataNeeds;
  const grid = new GridBuilder(TABLE_HEADER_ROW + text.examples.length, DATA_NEED_COLUMNS.length);
  grid.text(1, 1, TAB_NAMES.dataNeeds[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  DATA_NEED_COLUMNS.forEach((column, i) =>
    grid.text(TABLE_HEADER_ROW, i + 1, DATA_NEED_HEADERS[column][language], HEADER),
  );
  const scenarioName = TEMPLATE_TEXT.scenarioMap.example.name[language];
  text.examples.forEach((example, r) => {
    const cells: Record<DataNeedColumn, string> = {
      scenario: scenarioName,
      description: example.description[language],
      variable: example.variable[language],
      source: example.source[language],
      available: AVAILABILITY_LABELS[example.available][language],
    };
    DATA_NEED_COLUMNS.forEach((column, c) => grid.text(TABLE_HEADER_ROW + 1 + r, c + 1, cells[column], { wrap: true }));
  });
  const col = (c: DataNeedColumn): number => DATA_NEED_COLUMNS.indexOf(c) + 1;
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
        rule: { kind: 'scenarioNames', help: text.scenarioHelp[language] },
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
    widths: [
      { column: col('scenario'), numColumns: 1, width: 200 },
      { column: col('description'), numColumns: 1, width: 280 },
      { column: col('variable'), numColumns: 1, width: 240 },
      { column: col('source'), numColumns: 1, width: 200 },
      { column: col('available'), numColumns: 1, width: 110 },
    ],
    tabColor: '#6aa84f',
  };
}

const SPEC_BUILDERS: Record<TabKey, (language: Language) => TabSpec> = {
  journeyMap: journeyMapSpec,
  useCases: useCasesSpec,
  scenarioMap: scenarioMapSpec,
  dataNeeds: dataNeedsSpec,
};

/** The four tabs in the method's order. */
export function templateTabs(language: Language): TabSpec[] {
  return TAB_ORDER.map((key) => SPEC_BUILDERS[key](language));
}
