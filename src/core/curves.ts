/**
 * The experience curves' data: each map's curve (its stages in map order, its ratings, blanks for gaps) and, with
 * several maps, the personas' curves side by side over their stages merged in journey order. Written in chart-data
 * blocks the add-on owns (core/data-block.ts), because a chart cannot plot the lane itself: a rating that is not
 * plotted must not reach the chart. Pure.
 */
import { Cell0, OwnedBlock, OwnedBlockPlan, blockLastRow, planOwnedBlock } from './data-block';
import { JourneyMatrix } from './journey';
import { ExperiencePoint } from './lanes';
import { Bilingual, Language, allSpellings } from './language';
import { TabContent, isBlank } from './table';
import { indexLabels, lookUpLabel } from './labels';
import { labelKey } from './text';
import { CURVE_LABELS } from './vocabulary';

export interface CurveSeries {
  /** The line's name: the persona, or the tab's name for the template's own map. */
  label: string;
  points: readonly ExperiencePoint[];
}

type Row = (string | number)[];

/** The block of one map's curve: a header (Stage, the series' name), then one row per stage, blank for a gap. */
export function curveRows(series: CurveSeries, language: Language): Row[] {
  return [[CURVE_LABELS.stage[language], series.label], ...series.points.map((p) => [p.stage, p.experience ?? ''])];
}

/** The comparison block: every series over the stages merged, each line blank where its map has no such stage. */
export function comparisonRows(series: readonly CurveSeries[], language: Language): Row[] {
  const stages = mergeStages(series.map((s) => s.points.map((p) => p.stage)));
  const ratings = series.map((s) => new Map(s.points.map((p) => [labelKey(p.stage), p.experience])));
  return [
    [CURVE_LABELS.stage[language], ...series.map((s) => s.label)],
    ...stages.map((stage) => [stage, ...ratings.map((r) => r.get(labelKey(stage)) ?? '')]),
  ];
}

/**
 * Stages of several maps in one journey order: the first map's, then each other map's own stages slipped in after
 * the stage they follow on that map, or before the first stage they share (names compared whatever their case or
 * spacing).
 */
export function mergeStages(lists: readonly (readonly string[])[]): string[] {
  const merged: string[] = [];
  const indexOf = (stage: string): number => merged.findIndex((m) => labelKey(m) === labelKey(stage));
  for (const list of lists) {
    // Stages before the first shared one go before it; a map sharing none comes after the others.
    const shared = list.map(indexOf).find((i) => i >= 0);
    let after = shared === undefined ? merged.length - 1 : shared - 1;
    for (const stage of list) {
      const at = indexOf(stage);
      if (at >= 0) after = at;
      else merged.splice(++after, 0, stage);
    }
  }
  return merged;
}

const isRating = (value: unknown): boolean =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/**
 * A curve block as the last run left it, found by its title in any language. Its columns: the stage column, then
 * each header naming one of today's series or standing over ratings only. Its rows: the header, then rows of a stage
 * (a stage of today, or one with a rating) and ratings or blanks; anything else ends it.
 */
export function locateCurveBlock(
  tab: TabContent,
  title: Bilingual<string>,
  series: readonly CurveSeries[],
  language: Language,
): OwnedBlock | null {
  const at = lookUpLabel(indexLabels(tab.values), allSpellings(title, language));
  if (!at) return null;
  const headers = new Set(Object.values(CURVE_LABELS.stage).map(labelKey));
  const stages = new Set(series.flatMap((s) => s.points.map((p) => labelKey(p.stage))));
  const width = blockWidth(tab, at, headers, new Set(series.map((s) => labelKey(s.label))));
  const ownRow = (line: readonly unknown[]): boolean => {
    if (headers.has(labelKey(line[0]))) return true;
    const cells = line.slice(1, width);
    return (
      !isBlank(line[0]) &&
      cells.every((v) => isBlank(v) || isRating(v)) &&
      (cells.some(isRating) || stages.has(labelKey(line[0])))
    );
  };
  return { title: at, lastRow: blockLastRow(tab, at, width, ownRow), width };
}

/** How many columns the block's header row spans: the stage column and each series column the add-on wrote. */
function blockWidth(tab: TabContent, title: Cell0, headers: Set<string>, labels: Set<string>): number {
  const header = tab.values[title.row + 1] ?? [];
  if (!headers.has(labelKey(header[title.column]))) return 2;
  let width = 1;
  for (let c = title.column + 1; c < header.length; c++) {
    if (isBlank(header[c]) || tab.formulas[title.row + 1]?.[c]) break;
    if (!labels.has(labelKey(header[c])) && !ratingsBelow(tab, title.row + 2, title.column, c)) break;
    width += 1;
  }
  return Math.max(width, 2);
}

/** Whether a column holds ratings and blanks only, with at least one rating, along the rows that name a stage. */
function ratingsBelow(tab: TabContent, fromRow: number, stageColumn: number, column: number): boolean {
  let rated = false;
  for (let r = fromRow; r < tab.values.length && !isBlank(tab.values[r][stageColumn]); r++) {
    const value = tab.values[r][column];
    if (!isBlank(value) && !isRating(value)) return false;
    rated ||= isRating(value);
  }
  return rated;
}

export interface CurveBlocks {
  /** The map's own curve, below everything in the map's first two columns; null for a map without an Experience lane. */
  own: OwnedBlockPlan | null;
  /** The personas' curves side by side (on the first map, when several maps are drawn), beside the own block. */
  comparison: OwnedBlockPlan | null;
}

/**
 * Where a map's curve blocks go and what they write: each found again by its title, or placed the first time below
 * everything in its columns; the comparison never on the own block's cells.
 */
export function planCurveBlocks(
  tab: TabContent,
  matrix: JourneyMatrix,
  own: CurveSeries | null,
  all: readonly CurveSeries[] | null,
  language: Language,
): CurveBlocks {
  const column = matrix.anchor.column;
  const ownPlan =
    own &&
    planOwnedBlock(
      tab,
      locateCurveBlock(tab, CURVE_LABELS.dataTitle, [own], language),
      { row: 0, column },
      CURVE_LABELS.dataTitle[language],
      curveRows(own, language),
    );
  const comparison =
    all &&
    planOwnedBlock(
      tab,
      locateCurveBlock(tab, CURVE_LABELS.comparisonDataTitle, all, language),
      { row: 0, column: column + 3 },
      CURVE_LABELS.comparisonDataTitle[language],
      comparisonRows(all, language),
      ownPlan,
    );
  return { own: ownPlan, comparison };
}
