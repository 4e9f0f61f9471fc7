/**
 * A journey map's stage lanes: rows labelled "Customer goal" and "Experience (1–5)" with one cell per stage, in the
 * stages' own columns. Found by their labels wherever the team moved them (under the map, above the stage headers),
 * as long as the label sits left of the stages, where a stage cell can never be taken for it. Pure: works on the
 * values of the tab, read in one block.
 */
import { a1 } from './a1';
import { JourneyMatrix } from './journey';
import { Language, allSpellings } from './language';
import { MESSAGES } from './messages';
import { Grid } from './table';
import { indexLabels, lookUpLabel } from './labels';
import { cellText } from './text';
import { LANE_LABELS, LaneKey } from './vocabulary';

export interface Lane {
  /** 0-based cell of the lane's label. */
  label: { row: number; column: number };
  /** 0-based row of the lane's cells, one per stage in the stages' columns. */
  row: number;
}

export type Lanes = Record<LaneKey, Lane | null>;

/** The lanes of a map, each null when its label is nowhere left of the stages. */
export function locateLanes(values: Grid, matrix: JourneyMatrix, language: Language): Lanes {
  const index = indexLabels(values);
  const firstStage = matrix.stages.length ? matrix.stages[0].column : matrix.anchor.column + 1;
  const lastChannel = matrix.channels.length ? matrix.channels[matrix.channels.length - 1].row : matrix.anchor.row;
  const outsideMatrix = (cell: { row: number; column: number }): boolean =>
    cell.column < firstStage && (cell.row < matrix.anchor.row || cell.row > lastChannel);
  const find = (key: LaneKey): Lane | null => {
    const label = lookUpLabel(index, allSpellings(LANE_LABELS[key], language), outsideMatrix);
    return label && { label, row: label.row };
  };
  return { goal: find('goal'), experience: find('experience') };
}

export type ExperienceProblem = 'outOfRange' | 'notWhole' | 'notANumber';

export type ExperienceReading =
  | { kind: 'rating'; rating: number }
  | { kind: 'blank' }
  | { kind: 'invalid'; problem: ExperienceProblem; text: string };

/**
 * A stage's experience as typed: a whole number from 1 to 5 (a number, or text such as "4" or " 4 "), a blank (a gap
 * in the curve, never a zero), or anything else (0, 6, 3.5, a word, TRUE, a date), which is not plotted.
 */
export function parseExperience(value: unknown): ExperienceReading {
  if (value === '' || value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'string' && value.trim() === '') return { kind: 'blank' };
  const text = typeof value === 'boolean' ? String(value).toUpperCase() : cellText(value);
  let number: number;
  if (typeof value === 'number') number = value;
  else if (typeof value === 'string' && /^[+-]?\d+(?:[.,]\d+)?$/.test(value.trim()))
    number = Number(value.trim().replace(',', '.'));
  else return { kind: 'invalid', problem: 'notANumber', text };
  if (!Number.isFinite(number)) return { kind: 'invalid', problem: 'notANumber', text };
  if (!Number.isInteger(number)) return { kind: 'invalid', problem: 'notWhole', text };
  if (number < 1 || number > 5) return { kind: 'invalid', problem: 'outOfRange', text };
  return { kind: 'rating', rating: number };
}

export interface ExperiencePoint {
  stage: string;
  /** The stage's rating, or null for a gap (blank, or not a valid rating). */
  experience: number | null;
}

export interface LaneProblem {
  /** A1 address on the map's tab. */
  cell: string;
  reason: string;
}

/** The experience curve of a map: one point per stage in map order, and each rating that could not be plotted. */
export function experienceCurve(
  values: Grid,
  matrix: JourneyMatrix,
  lane: Lane,
  language: Language,
): { points: ExperiencePoint[]; problems: LaneProblem[] } {
  const problems: LaneProblem[] = [];
  const points = matrix.stages.map((stage) => {
    const reading = parseExperience(values[lane.row]?.[stage.column]);
    if (reading.kind === 'rating') return { stage: stage.name, experience: reading.rating };
    if (reading.kind === 'invalid') {
      problems.push({
        cell: a1(lane.row + 1, stage.column + 1),
        reason: MESSAGES.badExperience[language](stage.name, reading.text, reading.problem),
      });
    }
    return { stage: stage.name, experience: null };
  });
  return { points, problems };
}
