/**
 * The journey maps' touchpoints as the chain sees them: each cell of each map sorted by the colour rules of
 * Validate colour codes (legend, palette shades, ΔE), named as the use-case table's Touchpoint column names them,
 * and matched against that column, so drafting use cases and the summary agree on which frictions and
 * opportunities a use case already answers.
 */
import { a1 } from './a1';
import { ColourRules, normaliseFill } from './colours';
import { JourneyGrid, JourneyMatrix, makeClassifier } from './journey';
import { cellText } from './text';
import { TouchpointRef, parseTouchpoint, touchpointKey, touchpointLabel } from './touchpoints';
import { ColourStatus } from './vocabulary';

/** A journey map as read: its tab, its persona (null for the template's map), its cells and colour rules. */
export interface MapCells {
  tab: string;
  persona: string | null;
  grid: JourneyGrid;
  matrix: JourneyMatrix;
  rules: ColourRules;
}

/** Why a cell of the matrix is no friction or opportunity to act on. */
export type SkipReason = 'normal' | 'empty' | 'uncoloured' | 'unknown-colour';

interface CellPlace {
  tab: string;
  /** A1 address on its tab. */
  cell: string;
  /** 0-based position in the tab's grid. */
  row: number;
  column: number;
  ref: TouchpointRef;
}

/** A cell of a map, sorted: a touchpoint with its status, or one skipped for a reason (with its fill). */
export type MapCell =
  | (CellPlace & { kind: 'touchpoint'; status: ColourStatus; text: string })
  | (CellPlace & { kind: 'skipped'; reason: Exclude<SkipReason, 'normal'>; text: string; colour: string | null });

/**
 * Every cell of a map that holds text or a fill, stage by stage and channel by channel within a stage (the order
 * a team reads its map in). A cell with neither is no touchpoint and is left out.
 */
export function mapCells(map: MapCells): MapCell[] {
  const classify = makeClassifier(map.rules);
  const cells: MapCell[] = [];
  for (const stage of map.matrix.stages) {
    for (const channel of map.matrix.channels) {
      const text = cellText(map.grid.values[channel.row]?.[stage.column]);
      const fill = normaliseFill(map.grid.backgrounds[channel.row]?.[stage.column]);
      if (text === '' && fill === null) continue;
      const place: CellPlace = {
        tab: map.tab,
        cell: a1(channel.row + 1, stage.column + 1),
        row: channel.row,
        column: stage.column,
        ref: { channel: channel.name, stage: stage.name, persona: map.persona },
      };
      const status = fill === null ? null : classify(fill);
      if (text === '') cells.push({ ...place, kind: 'skipped', reason: 'empty', text, colour: fill });
      else if (fill === null) cells.push({ ...place, kind: 'skipped', reason: 'uncoloured', text, colour: null });
      else if (status === null) cells.push({ ...place, kind: 'skipped', reason: 'unknown-colour', text, colour: fill });
      else cells.push({ ...place, kind: 'touchpoint', status, text });
    }
  }
  return cells;
}

/** The label a use case's Touchpoint cell holds for this cell: `Store × I buy`, `Store × I buy (Young parents)`. */
export function labelOf(cell: Pick<MapCell, 'ref'>): string {
  return touchpointLabel(cell.ref);
}

/**
 * The touchpoints the use-case table already names, as keys: each Touchpoint cell read with the personas of the
 * maps (so `Store × I buy (Young parents)` is that persona's touchpoint, not a stage with brackets).
 */
export function namedTouchpoints(touchpointCells: readonly unknown[], personas: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const value of touchpointCells) {
    const ref = parseTouchpoint(value, personas);
    if (ref) keys.add(touchpointKey(ref));
  }
  return keys;
}

export function isNamed(cell: Pick<MapCell, 'ref'>, named: ReadonlySet<string>): boolean {
  return named.has(touchpointKey(cell.ref));
}

/** A friction or opportunity with text: what a use case should answer. */
export function isActionable(
  cell: MapCell,
): cell is Extract<MapCell, { kind: 'touchpoint' }> & { status: 'friction' | 'opportunity' } {
  return cell.kind === 'touchpoint' && cell.status !== 'normal';
}

/** The personas of the maps, for reading Touchpoint cells. */
export function personasOf(maps: readonly Pick<MapCells, 'persona'>[]): string[] {
  return maps.flatMap((m) => (m.persona === null ? [] : [m.persona]));
}
