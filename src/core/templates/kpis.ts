/**
 * The KPI tab as a TabSpec: one row per indicator (the method's five, then rows for the team's own), its definition,
 * unit, which way is better, target and owner, then twelve months from the month of set-up, a sparkline of them and
 * the last month with a figure compared with the target. The formulas parse in every locale: `;` between arguments,
 * no TRUE/FALSE literal, English function names.
 */
import { columnLetter } from '../a1';
import { Language } from '../language';
import { GridBuilder, TabSpec } from '../tab-spec';
import { DIRECTION_LABELS, KPI_HEADERS, KPI_STATUS_LABELS, KpiColumn, TAB_NAMES } from '../vocabulary';
import { KPI_TEXT } from './kpis-text';
import { HEADER, HELP, TABLE_HEADER_ROW, TITLE } from './layout';

/** The months a KPI tab starts with. */
export const KPI_MONTHS = 12;
/** Rows under the method's indicators, with their formulas, for the team's own. */
export const KPI_SPARE_ROWS = 10;

const BEFORE_MONTHS: readonly KpiColumn[] = ['indicator', 'definition', 'unit', 'betterWhen', 'target', 'owner'];
const FIRST_MONTH = BEFORE_MONTHS.length + 1;
const TREND = FIRST_MONTH + KPI_MONTHS;
const LATEST = TREND + 1;

/** `yyyy-mm` for the twelve months from `start`'s (its year and month as the runtime reads them). */
export function kpiMonths(start: Date): string[] {
  return Array.from({ length: KPI_MONTHS }, (_, i) => {
    const month = start.getMonth() + i;
    const year = start.getFullYear() + Math.floor(month / 12);
    return `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}

/** The KPI tab, its months starting at `start` (the date of set-up, given by the runtime). */
export function kpisSpec(language: Language, start: Date): TabSpec {
  const indicators = KPI_TEXT.indicators;
  const lastRow = TABLE_HEADER_ROW + indicators.length + KPI_SPARE_ROWS;
  const grid = new GridBuilder(lastRow, LATEST);
  grid.text(1, 1, TAB_NAMES.kpis[language], TITLE);
  grid.text(2, 1, KPI_TEXT.help[language], HELP);
  BEFORE_MONTHS.forEach((key, i) => grid.text(TABLE_HEADER_ROW, i + 1, KPI_HEADERS[key][language], HEADER));
  grid.style(TABLE_HEADER_ROW, 4, { note: KPI_TEXT.betterWhenNote[language] });
  grid.style(TABLE_HEADER_ROW, 5, { note: KPI_TEXT.targetNote[language] });
  kpiMonths(start).forEach((month, i) => grid.text(TABLE_HEADER_ROW, FIRST_MONTH + i, month, HEADER));
  grid.style(TABLE_HEADER_ROW, FIRST_MONTH, { note: KPI_TEXT.monthNote[language] });
  grid.text(TABLE_HEADER_ROW, TREND, KPI_HEADERS.trend[language], HEADER);
  grid.text(TABLE_HEADER_ROW, LATEST, KPI_HEADERS.latest[language], HEADER);
  indicators.forEach((indicator, i) => {
    const row = TABLE_HEADER_ROW + 1 + i;
    grid.text(row, 1, indicator.name[language], { bold: true, wrap: true });
    grid.text(row, 2, indicator.definition[language], { wrap: true });
    grid.text(row, 3, indicator.unit[language]);
    grid.text(row, 4, DIRECTION_LABELS[indicator.betterWhen][language]);
  });
  for (let row = TABLE_HEADER_ROW + 1; row <= lastRow; row++) {
    grid.formula(row, TREND, trendFormula(row));
    grid.formula(row, LATEST, latestFormula(row, language));
  }
  return {
    key: 'kpis',
    name: TAB_NAMES.kpis[language],
    grid: grid.grid,
    formulas: grid.formulas,
    validations: [
      {
        row: TABLE_HEADER_ROW + 1,
        column: 4,
        numRows: 'toEnd',
        rule: {
          kind: 'list',
          values: [DIRECTION_LABELS.higher[language], DIRECTION_LABELS.lower[language]],
          help: KPI_TEXT.betterWhenHelp[language],
        },
      },
    ],
    bands: [],
    frozenRows: TABLE_HEADER_ROW,
    frozenColumns: 1,
    verticalAlignment: 'top',
    widths: [
      { column: 1, numColumns: 1, width: 200 },
      { column: 2, numColumns: 1, width: 320 },
      { column: 3, numColumns: FIRST_MONTH - 3, width: 100 },
      { column: FIRST_MONTH, numColumns: KPI_MONTHS, width: 80 },
      { column: TREND, numColumns: 2, width: 130 },
    ],
    conditionalFormats: [
      { ...statusCells(), text: KPI_STATUS_LABELS.onTarget[language], background: '#d9ead3', color: '#274e13' },
      { ...statusCells(), text: KPI_STATUS_LABELS.belowTarget[language], background: '#f4cccc', color: '#990000' },
    ],
  };
}

function statusCells(): { row: number; column: number; numRows: 'toEnd' } {
  return { row: TABLE_HEADER_ROW + 1, column: LATEST, numRows: 'toEnd' };
}

/** The row's months, e.g. `$G4:$R4`. */
function months(row: number): string {
  return `$${columnLetter(FIRST_MONTH)}${row}:$${columnLetter(TREND - 1)}${row}`;
}

/** A sparkline of the months: blank months are skipped, and it draws nothing until there are figures. */
export function trendFormula(row: number): string {
  return `=SPARKLINE(${months(row)})`;
}

/**
 * The last month with a figure against the target, the way Better when says (either language's "lower"; anything
 * else counts as higher): nothing until there is a numeric target and a figure.
 */
export function latestFormula(row: number, language: Language): string {
  const m = months(row);
  const better = `$${columnLetter(4)}${row}`;
  const target = `$${columnLetter(5)}${row}`;
  const lower = Object.values(DIRECTION_LABELS.lower)
    .map((label) => `${better}="${label}"`)
    .join(';');
  const status = KPI_STATUS_LABELS;
  return (
    `=IF(OR(NOT(ISNUMBER(${target}));COUNT(${m})=0);"";` +
    `LET(v;FILTER(${m};ISNUMBER(${m}));x;INDEX(v;1;COLUMNS(v));` +
    `IF(IF(OR(${lower});x<=${target};x>=${target});"${status.onTarget[language]}";"${status.belowTarget[language]}")))`
  );
}
