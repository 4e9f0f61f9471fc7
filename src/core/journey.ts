/**
 * The journey map as the team left it: found by its anchor cell ("Channel"/"Canal") with the stages to its
 * right and the channels below it, and its legend found by label anywhere outside the map. Pure: works on the
 * values and backgrounds of the tab, read in one block each.
 */
import { a1 } from './a1';
import { ColourRules, Legend, classifyColour, normaliseFill } from './colours';
import { Language, allSpellings } from './language';
import { isBlank } from './table';
import { findLabel } from './labels';
import { labelKey, tidy } from './text';
import { COLOUR_STATUSES, ColourStatus, JOURNEY_ANCHOR, LANE_LABELS, LEGEND_LABELS } from './vocabulary';

/** The values and fills of a tab from A1, the same shape. */
export interface JourneyGrid {
  values: readonly (readonly unknown[])[];
  backgrounds: readonly (readonly string[])[];
}

/** 0-based positions in the grid. Stages and channels run until the first blank header. */
export interface JourneyMatrix {
  anchor: { row: number; column: number };
  stages: { name: string; column: number }[];
  channels: { name: string; row: number }[];
}

export function locateJourneyMap(values: JourneyGrid['values'], language: Language): JourneyMatrix | null {
  const anchor = findLabel(values, allSpellings(JOURNEY_ANCHOR, language));
  if (!anchor) return null;
  const stages: JourneyMatrix['stages'] = [];
  const header = values[anchor.row];
  for (let c = anchor.column + 1; c < header.length && !isBlank(header[c]); c++) {
    stages.push({ name: tidy(header[c]), column: c });
  }
  // The channels run down to the first blank cell, or to a stage lane a team moved right under them.
  const lanes = new Set(
    Object.values(LANE_LABELS)
      .flatMap((label) => Object.values(label))
      .map(labelKey),
  );
  const channels: JourneyMatrix['channels'] = [];
  for (let r = anchor.row + 1; r < values.length; r++) {
    const cell = values[r][anchor.column];
    if (isBlank(cell) || lanes.has(labelKey(cell))) break;
    channels.push({ name: tidy(cell), row: r });
  }
  return { anchor, stages, channels };
}

function insideMatrix(matrix: JourneyMatrix, row: number, column: number): boolean {
  const lastRow = matrix.channels.length ? matrix.channels[matrix.channels.length - 1].row : matrix.anchor.row;
  const lastColumn = matrix.stages.length ? matrix.stages[matrix.stages.length - 1].column : matrix.anchor.column;
  return row >= matrix.anchor.row && row <= lastRow && column >= matrix.anchor.column && column <= lastColumn;
}

export type LegendResult =
  | { ok: true; legend: Legend }
  | { ok: false; missing: ColourStatus[]; unfilled: { status: ColourStatus; cell: string }[] };

/** The legend: three cells labelled Normal / Friction / Opportunity outside the map; their fills are the palette. */
export function readLegend(grid: JourneyGrid, matrix: JourneyMatrix, language: Language): LegendResult {
  const found: Partial<Record<ColourStatus, { row: number; column: number }>> = {};
  const keys = new Map<string, ColourStatus>();
  for (const status of COLOUR_STATUSES)
    for (const spelling of allSpellings(LEGEND_LABELS[status], language)) keys.set(labelKey(spelling), status);
  grid.values.forEach((line, r) =>
    line.forEach((value, c) => {
      const status = keys.get(labelKey(value));
      if (status && !found[status] && !insideMatrix(matrix, r, c)) found[status] = { row: r, column: c };
    }),
  );
  const missing = COLOUR_STATUSES.filter((s) => !found[s]);
  const unfilled: { status: ColourStatus; cell: string }[] = [];
  const legend = {} as Legend;
  for (const status of COLOUR_STATUSES) {
    const at = found[status];
    if (!at) continue;
    const fill = normaliseFill(grid.backgrounds[at.row]?.[at.column]);
    if (fill === null) unfilled.push({ status, cell: a1(at.row + 1, at.column + 1) });
    else legend[status] = fill;
  }
  return missing.length || unfilled.length ? { ok: false, missing, unfilled } : { ok: true, legend };
}

export type ProblemKind = 'touchpoint-without-colour' | 'unknown-colour' | 'colour-without-touchpoint';

export interface ColourProblem {
  /** A1 address on the journey-map tab. */
  cell: string;
  channel: string;
  stage: string;
  problem: ProblemKind;
  /** The fill as `#rrggbb`, or null when there is none. */
  colour: string | null;
}

export type StatusCounts = Record<ColourStatus, number>;

export interface ColourReport {
  /** How many touchpoint cells (stages × channels) were checked. */
  checked: number;
  counts: StatusCounts;
  byStage: ({ stage: string } & StatusCounts)[];
  byChannel: ({ channel: string } & StatusCounts)[];
  problems: ColourProblem[];
}

const zero = (): StatusCounts => ({ normal: 0, friction: 0, opportunity: 0 });

/** A classifier that remembers: a map holds few distinct colours, and ΔE is the costly part. */
export function makeClassifier(rules: ColourRules): (fill: string) => ColourStatus | null {
  const cache = new Map<string, ColourStatus | null>();
  return (fill) => {
    if (!cache.has(fill)) cache.set(fill, classifyColour(fill, rules));
    return cache.get(fill) ?? null;
  };
}

/** Checks every touchpoint cell. Changes nothing: it only reads the grid it is given. */
export function checkTouchpoints(grid: JourneyGrid, matrix: JourneyMatrix, rules: ColourRules): ColourReport {
  const classify = makeClassifier(rules);
  const counts = zero();
  const byStage = matrix.stages.map((s) => ({ stage: s.name, ...zero() }));
  const byChannel = matrix.channels.map((c) => ({ channel: c.name, ...zero() }));
  const problems: ColourProblem[] = [];
  matrix.channels.forEach((channel, ci) => {
    matrix.stages.forEach((stage, si) => {
      const hasText = tidy(grid.values[channel.row]?.[stage.column]) !== '';
      const fill = normaliseFill(grid.backgrounds[channel.row]?.[stage.column]);
      const where = { cell: a1(channel.row + 1, stage.column + 1), channel: channel.name, stage: stage.name };
      if (!hasText && fill === null) return;
      if (!hasText) {
        problems.push({ ...where, problem: 'colour-without-touchpoint', colour: fill });
        return;
      }
      if (fill === null) {
        problems.push({ ...where, problem: 'touchpoint-without-colour', colour: null });
        return;
      }
      const status = classify(fill);
      if (status === null) {
        problems.push({ ...where, problem: 'unknown-colour', colour: fill });
        return;
      }
      counts[status] += 1;
      byStage[si][status] += 1;
      byChannel[ci][status] += 1;
    });
  });
  return { checked: matrix.stages.length * matrix.channels.length, counts, byStage, byChannel, problems };
}

/** A touchpoint whose fill is snapped to its legend colour: 0-based cell, the fill it had and the one it gets. */
export interface FillChange {
  row: number;
  column: number;
  from: string;
  to: string;
}

/**
 * Every touchpoint filled with a recognised shade that is not its legend colour, and the legend colour it gets.
 * Unknown colours, unfilled cells and fills without text are not changes: they are problems for a person to look at.
 */
export function normalisedFills(
  grid: JourneyGrid,
  matrix: JourneyMatrix,
  rules: ColourRules,
): { changes: FillChange[] } {
  const classify = makeClassifier(rules);
  const changes: FillChange[] = [];
  for (const channel of matrix.channels) {
    for (const stage of matrix.stages) {
      if (tidy(grid.values[channel.row]?.[stage.column]) === '') continue;
      const fill = normaliseFill(grid.backgrounds[channel.row]?.[stage.column]);
      const status = fill === null ? null : classify(fill);
      if (fill === null || status === null || rules.legend[status] === fill) continue;
      changes.push({ row: channel.row, column: stage.column, from: fill, to: rules.legend[status] });
    }
  }
  return { changes };
}
