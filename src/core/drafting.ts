/**
 * Drafting use cases from the journey maps, decided in memory: one new use case per friction or opportunity that
 * has text and that no use case names in its Touchpoint column yet, in the maps' order (stage by stage, then
 * channel by channel); every other cell counted under the reason it was skipped.
 */
import {
  MapCell,
  MapCells,
  SkipReason,
  isActionable,
  isNamed,
  labelOf,
  mapCells,
  namedTouchpoints,
  personasOf,
} from './coverage';
import { Language } from './language';
import { touchpointKey } from './touchpoints';
import { nextUseCaseIds } from './ids';
import { USE_CASE_CATEGORY_LABELS } from './vocabulary';

/** The use-case table's body, cut to its columns, and where its ID and Touchpoint columns sit in those rows. */
export interface UseCaseRows {
  rows: readonly (readonly unknown[])[];
  columns: { id: number; touchpoint: number };
}

export interface DraftedUseCase {
  id: string;
  useCase: string;
  touchpoint: string;
  category: string;
  /** Where it comes from, for the report. */
  tab: string;
  cell: string;
}

export interface SkippedCell {
  tab: string;
  cell: string;
  reason: SkipReason;
  /** The fill, for an unknown colour. */
  colour: string | null;
}

export interface DraftPlan {
  drafts: DraftedUseCase[];
  /** Frictions and opportunities a use case already names. */
  alreadyCovered: number;
  skipped: SkippedCell[];
}

export function planDrafts(maps: readonly MapCells[], table: UseCaseRows, language: Language): DraftPlan {
  const named = namedTouchpoints(
    table.rows.map((row) => row[table.columns.touchpoint]),
    personasOf(maps),
  );
  const fresh: (Extract<MapCell, { kind: 'touchpoint' }> & { status: 'friction' | 'opportunity' })[] = [];
  const skipped: SkippedCell[] = [];
  let alreadyCovered = 0;
  for (const map of maps) {
    for (const cell of mapCells(map)) {
      if (cell.kind === 'skipped') {
        skipped.push({ tab: cell.tab, cell: cell.cell, reason: cell.reason, colour: cell.colour });
      } else if (!isActionable(cell)) {
        skipped.push({ tab: cell.tab, cell: cell.cell, reason: 'normal', colour: null });
      } else if (isNamed(cell, named)) {
        alreadyCovered += 1;
      } else {
        // A stage typed twice on one map gives two cells one name: the second is covered by the first's draft.
        named.add(touchpointKey(cell.ref));
        fresh.push(cell);
      }
    }
  }
  const ids = nextUseCaseIds(
    table.rows.map((row) => row[table.columns.id]),
    fresh.length,
  );
  const drafts = fresh.map((cell, i) => ({
    id: ids[i],
    useCase: cell.text,
    touchpoint: labelOf(cell),
    category: USE_CASE_CATEGORY_LABELS[cell.status][language],
    tab: cell.tab,
    cell: cell.cell,
  }));
  return { drafts, alreadyCovered, skipped };
}

/** How many cells were skipped for each reason, in a fixed order for the report. */
export function skippedCounts(skipped: readonly SkippedCell[]): Record<SkipReason, number> {
  const counts: Record<SkipReason, number> = { normal: 0, empty: 0, uncoloured: 0, 'unknown-colour': 0 };
  for (const s of skipped) counts[s.reason] += 1;
  return counts;
}
