/**
 * The journey maps, the experience-curve blocks and the Summary's notes line as the chaos test sees them: found by
 * what the tabs are named and what the cells say, as a person finds them, never through src/.
 */
import type { FakeSheet, FakeSpreadsheet } from '../../fake';
import { Pos, findLabel, isBlank, valueAt } from './sheet-model';
import { CURVE_LABELS, JOURNEY_ANCHOR, SUMMARY_MARKER, TAB_NAMES, isLabel, labelKey } from './vocabulary';

/**
 * Whether a tab is a journey map by its name: the template's own (null), a persona's (the name after a dash or a
 * colon), or not one (undefined). The README's rule, written again here.
 */
export function journeyTabPersona(tabName: string): string | null | undefined {
  const name = tabName.replace(/\s+/g, ' ').trim();
  for (const base of Object.values(TAB_NAMES.journeyMap)) {
    if (labelKey(name) === labelKey(base)) return null;
    const persona = /^\s*[—–\-:]\s*(.+)$/.exec(name.slice(base.length));
    if (labelKey(name.slice(0, base.length)) === labelKey(base) && persona) return persona[1].trim();
  }
  return undefined;
}

export interface JourneyTab {
  sheet: FakeSheet;
  name: string;
  persona: string | null;
}

/** The tabs named as journey maps, the template's own before the personas'. */
export function journeyTabs(book: FakeSpreadsheet): JourneyTab[] {
  const tabs = book.view.sheetNames().flatMap((name) => {
    const persona = journeyTabPersona(name);
    return persona === undefined ? [] : [{ sheet: book.view.sheet(name), name, persona }];
  });
  return [...tabs.filter((t) => t.persona === null), ...tabs.filter((t) => t.persona !== null)];
}

export interface MapModel {
  anchor: Pos;
  stages: { name: string; column: number }[];
  channels: { name: string; row: number }[];
}

/** The map's stages (right of the anchor up to a blank) and channels (below it up to a blank). */
export function mapModel(sheet: FakeSheet): MapModel | null {
  const anchor = findLabel(sheet, JOURNEY_ANCHOR);
  if (!anchor) return null;
  const stages = [];
  for (let c = anchor.column + 1; !isBlank(valueAt(sheet, anchor.row, c)); c++)
    stages.push({ name: String(valueAt(sheet, anchor.row, c)), column: c });
  const channels = [];
  for (let r = anchor.row + 1; !isBlank(valueAt(sheet, r, anchor.column)); r++)
    channels.push({ name: String(valueAt(sheet, r, anchor.column)), row: r });
  return { anchor, stages, channels };
}

/** The first journey map that has an anchor: the one the ideas sidebar places ideas on. */
export function firstMap(book: FakeSpreadsheet): (JourneyTab & { map: MapModel }) | null {
  for (const tab of journeyTabs(book)) {
    const map = mapModel(tab.sheet);
    if (map && map.stages.length && map.channels.length) return { ...tab, map };
  }
  return null;
}

export interface CurveBlock {
  title: Pos;
  width: number;
  lastRow: number;
}

const isRating = (v: unknown): boolean => v === '' || typeof v === 'number';

/** A curve-data block: its title, the header under it (Stage, then one column per line), its rows of ratings. */
export function curveBlocks(sheet: FakeSheet): CurveBlock[] {
  const blocks: CurveBlock[] = [];
  for (const title of [CURVE_LABELS.dataTitle, CURVE_LABELS.comparisonDataTitle]) {
    const at = findLabel(sheet, title);
    if (!at) continue;
    let width = 1;
    if (isLabel(valueAt(sheet, at.row + 1, at.column), CURVE_LABELS.stage))
      while (!isBlank(valueAt(sheet, at.row + 1, at.column + width))) width++;
    width = Math.max(width, 2);
    let lastRow = at.row + 1;
    for (let r = at.row + 2; r <= sheet.view.size().rows; r++) {
      const stage = valueAt(sheet, r, at.column);
      const ratings = Array.from({ length: width - 1 }, (_, i) => valueAt(sheet, r, at.column + 1 + i));
      if (isBlank(stage) || String(stage).includes('~t') || !ratings.every(isRating)) break;
      lastRow = r;
    }
    blocks.push({ title: at, width, lastRow });
  }
  return blocks;
}

/** The Summary's notes line: everything above it (and the line itself) is the add-on's. */
export function summaryMarker(sheet: FakeSheet): Pos | null {
  return findLabel(sheet, SUMMARY_MARKER);
}
