/**
 * The use-case tab as a TabSpec: the table (each use case with the touchpoint it answers, its three ratings and the
 * computed Score, Rank and Quadrant, shaded) and, one column apart, the weights of the priority rule.
 */
import { Language } from '../language';
import { GridBuilder, TabSpec, ValidationSpec } from '../tab-spec';
import { touchpointLabel } from '../touchpoints';
import {
  CHANNEL_LABELS,
  COMPUTED_COLUMNS,
  RATING_COLUMNS,
  STAGE_LABELS,
  TAB_NAMES,
  USE_CASE_HEADERS,
  UseCaseColumn,
  WEIGHTS_LABELS,
} from '../vocabulary';
import {
  COMPUTED_FILL,
  COMPUTED_HEADER,
  HEADER,
  HELP,
  INPUT_FILL,
  TABLE_HEADER_ROW,
  TITLE,
  USE_CASE_COLUMNS,
  columnOf,
} from './layout';
import { USE_CASE_TEXT } from './use-cases-text';

/** Where the weights sit in a fresh template: beside the table, one column apart. */
export const WEIGHTS_COLUMN = USE_CASE_COLUMNS.length + 2;

export function useCasesSpec(language: Language): TabSpec {
  const text = USE_CASE_TEXT;
  const grid = new GridBuilder(TABLE_HEADER_ROW + text.examples.length, WEIGHTS_COLUMN + 1);
  grid.text(1, 1, TAB_NAMES.useCases[language], TITLE);
  grid.text(2, 1, text.help[language], HELP);
  USE_CASE_COLUMNS.forEach((column, i) => {
    const computed = (COMPUTED_COLUMNS as readonly UseCaseColumn[]).includes(column);
    const notes: Partial<Record<UseCaseColumn, { en: string; fr: string }>> = text.headerNotes;
    grid.text(TABLE_HEADER_ROW, i + 1, USE_CASE_HEADERS[column][language], {
      ...(computed ? COMPUTED_HEADER : HEADER),
      note: notes[column]?.[language],
    });
  });
  text.examples.forEach((example, r) => {
    const cells: Partial<Record<UseCaseColumn, string | number>> = {
      id: example.id,
      useCase: example.useCase[language],
      touchpoint: example.touchpoint
        ? touchpointLabel({
            channel: CHANNEL_LABELS[example.touchpoint.channel][language],
            stage: STAGE_LABELS[example.touchpoint.stage][language],
            persona: null,
          })
        : '',
      category: example.category[language],
      objective: example.objective[language],
      businessImpact: example.b,
      customerImpact: example.c,
      difficulty: example.d,
    };
    USE_CASE_COLUMNS.forEach((column, c) =>
      grid.text(TABLE_HEADER_ROW + 1 + r, c + 1, cells[column] ?? '', { wrap: true }),
    );
  });
  weightsArea(grid, language);
  return {
    key: 'useCases',
    name: TAB_NAMES.useCases[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: dropdowns(language),
    bands: [
      {
        column: columnOf(USE_CASE_COLUMNS, 'score'),
        numColumns: COMPUTED_COLUMNS.length,
        fromRow: TABLE_HEADER_ROW + 1,
        style: { background: COMPUTED_FILL },
      },
    ],
    frozenRows: TABLE_HEADER_ROW,
    frozenColumns: 0,
    verticalAlignment: 'top',
    // Runs of equal widths, each set in one call: narrow ID, the text the team writes, the ratings and results.
    widths: [
      { column: 1, numColumns: 1, width: 70 },
      { column: 2, numColumns: 4, width: 210 },
      { column: 6, numColumns: 6, width: 105 },
      { column: WEIGHTS_COLUMN, numColumns: 1, width: 260 },
    ],
  };
}

/** The 1-to-5 dropdowns of the three ratings, down to the sheet's end, and the weights' range. */
function dropdowns(language: Language): ValidationSpec[] {
  const rating = (column: UseCaseColumn): ValidationSpec => ({
    row: TABLE_HEADER_ROW + 1,
    column: columnOf(USE_CASE_COLUMNS, column),
    numRows: 'toEnd',
    rule: { kind: 'list', values: ['1', '2', '3', '4', '5'], help: USE_CASE_TEXT.scaleHelp[language] },
  });
  return [
    ...RATING_COLUMNS.map(rating),
    {
      row: TABLE_HEADER_ROW + 1,
      column: WEIGHTS_COLUMN + 1,
      numRows: 2,
      rule: { kind: 'numberBetween', min: 0, max: 10, help: USE_CASE_TEXT.weightHelp[language] },
    },
  ];
}

/** The weights of the priority rule, visible and editable where the team works. */
function weightsArea(grid: GridBuilder, language: Language): void {
  grid.text(TABLE_HEADER_ROW, WEIGHTS_COLUMN, WEIGHTS_LABELS.title[language], {
    ...HEADER,
    note: USE_CASE_TEXT.weightsNote[language],
  });
  grid.style(TABLE_HEADER_ROW, WEIGHTS_COLUMN + 1, HEADER);
  grid.text(TABLE_HEADER_ROW + 1, WEIGHTS_COLUMN, WEIGHTS_LABELS.business[language], { wrap: true });
  grid.text(TABLE_HEADER_ROW + 1, WEIGHTS_COLUMN + 1, 1, { background: INPUT_FILL, bold: true });
  grid.text(TABLE_HEADER_ROW + 2, WEIGHTS_COLUMN, WEIGHTS_LABELS.customer[language], { wrap: true });
  grid.text(TABLE_HEADER_ROW + 2, WEIGHTS_COLUMN + 1, 1, { background: INPUT_FILL, bold: true });
}
