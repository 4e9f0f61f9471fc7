/**
 * The use-case tab's settings area, beside the table: the weights of the priority rule (edited by the team) and,
 * below them, the data the priority-matrix chart plots (written by each run). Found by its labels, wherever the
 * team moved it; placed right of everything on the tab when it is missing.
 */
import { a1 } from './a1';
import { Language, allSpellings } from './language';
import { MESSAGES, UserFacingError } from './messages';
import { DEFAULT_WEIGHTS, Weights, parseWeight } from './priority';
import { Grid, indexLabels, isBlank, lookUpLabel } from './table';
import { asText } from './text';
import { PRIORITY_MATRIX_LABELS, WEIGHTS_LABELS } from './vocabulary';

export interface Cell0 {
  row: number;
  column: number;
}

export interface SettingsLayout {
  /** 0-based cell of the "Priority weights" title. */
  title: Cell0;
  /** 0-based cells holding the two weights (right of their labels). */
  business: Cell0;
  customer: Cell0;
  /** 0-based cell of the chart data's title; the headers are below it, then one row per scored use case. */
  data: Cell0;
  /** How many data rows the previous run left, to be cleared if the new run has fewer. */
  previousDataRows: number;
  /** False when the area was not on the tab and must be written. */
  present: boolean;
}

export const SETTINGS_WIDTH = 3;

/** Every label of the settings area, in all languages: they end the use-case table's span. */
export function settingsLabels(): string[] {
  return [WEIGHTS_LABELS.title, PRIORITY_MATRIX_LABELS.dataTitle].flatMap((l) => Object.values(l));
}

export function locateSettings(grid: Grid, language: Language, headerRow: number): SettingsLayout {
  const labels = indexLabels(grid);
  const find = (label: Record<Language, string>) => lookUpLabel(labels, allSpellings(label, language));
  const title = find(WEIGHTS_LABELS.title);
  const business = find(WEIGHTS_LABELS.business);
  const customer = find(WEIGHTS_LABELS.customer);
  const width = Math.max(0, ...grid.map((r) => r.length));
  const origin = title ?? { row: headerRow, column: width + 1 };
  const present = title !== null && business !== null && customer !== null;
  const found = find(PRIORITY_MATRIX_LABELS.dataTitle);
  const data = found ?? { row: firstFreeRow(grid, origin.row + 4, origin.column), column: origin.column };
  // Only a block the add-on wrote before (under its own title) is ever cleared.
  let previousDataRows = 0;
  for (let r = data.row + 2; found && r < grid.length; r++) {
    const cells = grid[r].slice(data.column, data.column + SETTINGS_WIDTH);
    if (cells.every(isBlank)) break;
    previousDataRows++;
  }
  return {
    title: origin,
    business:
      business && present
        ? { row: business.row, column: business.column + 1 }
        : { row: origin.row + 1, column: origin.column + 1 },
    customer:
      customer && present
        ? { row: customer.row, column: customer.column + 1 }
        : { row: origin.row + 2, column: origin.column + 1 },
    data,
    previousDataRows,
    present,
  };
}

/**
 * Where a new chart-data block may go: from `fromRow` down, below anything already typed in its columns, so a
 * team's notes there (after the block's title was deleted, say) are never written over.
 */
function firstFreeRow(grid: Grid, fromRow: number, column: number): number {
  let free = fromRow;
  for (let r = fromRow; r < grid.length; r++) {
    if (!grid[r].slice(column, column + SETTINGS_WIDTH).every(isBlank)) free = r + 2;
  }
  return free;
}

/** The weights as the team set them; a bad one is a message that names its cell. */
export function readWeights(grid: Grid, layout: SettingsLayout, language: Language): Weights {
  if (!layout.present) return DEFAULT_WEIGHTS;
  const read = (cell: Cell0, label: string, fallback: number): number => {
    const raw = grid[cell.row]?.[cell.column];
    const weight = parseWeight(raw, fallback);
    if (weight === null)
      throw new UserFacingError(MESSAGES.badWeight[language](label, String(raw), a1(cell.row + 1, cell.column + 1)));
    return weight;
  };
  const weights = {
    business: read(layout.business, WEIGHTS_LABELS.business[language], DEFAULT_WEIGHTS.business),
    customer: read(layout.customer, WEIGHTS_LABELS.customer[language], DEFAULT_WEIGHTS.customer),
  };
  if (weights.business + weights.customer === 0) {
    const cells = [layout.business, layout.customer].map((c) => a1(c.row + 1, c.column + 1)).join(', ');
    throw new UserFacingError(MESSAGES.zeroWeights[language](cells));
  }
  return weights;
}

/** The weights block as written when it is missing: title, then each label with its default. */
export function weightsBlock(language: Language): (string | number)[][] {
  return [
    [WEIGHTS_LABELS.title[language], ''],
    [WEIGHTS_LABELS.business[language], DEFAULT_WEIGHTS.business],
    [WEIGHTS_LABELS.customer[language], DEFAULT_WEIGHTS.customer],
  ];
}

export interface MatrixPoint {
  label: string;
  difficulty: number;
  value: number;
}

/**
 * The chart data block: title, headers, one row per point, then blanks over what the previous run left.
 * The chart plots the second and third columns (difficulty across, value up).
 */
export function matrixDataBlock(
  points: readonly MatrixPoint[],
  previousRows: number,
  language: Language,
): (string | number)[][] {
  const labels = PRIORITY_MATRIX_LABELS;
  const rows: (string | number)[][] = [
    [labels.dataTitle[language], '', ''],
    [labels.point[language], labels.difficulty[language], labels.value[language]],
    ...points.map((p) => [asText(p.label), p.difficulty, Math.round(p.value * 100) / 100]),
  ];
  while (rows.length < previousRows + 2) rows.push(['', '', '']);
  return rows;
}
