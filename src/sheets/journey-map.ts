/**
 * Reads the journey maps, each in two calls (its values and its fills, as one block each), and finds the matrix and
 * the legend in them. A missing tab, anchor or legend is a message that says how to fix it.
 */
import { a1 } from '../core/a1';
import { ColourRules, rulesFromLegend } from '../core/colours';
import { FillChange, JourneyGrid, JourneyMatrix, locateJourneyMap, readLegend } from '../core/journey';
import { MESSAGES, UserFacingError } from '../core/messages';
import { Language, allSpellings } from '../core/language';
import { journeyTabPersona } from '../core/personas';
import { TabContent, findLabel } from '../core/table';
import { tidy } from '../core/text';
import { LEGEND_LABELS, PERSONA_LABELS, TAB_NAMES } from '../core/vocabulary';
import { Journal } from './journal';
import { Sheet } from './types';
import { Workbook, allTabs } from './workbook';

export interface JourneyMap {
  sheet: Sheet;
  /** The tab's name, as the team left it. */
  tab: string;
  /** The persona whose journey it is, or null for the template's own map. */
  persona: string | null;
  grid: JourneyGrid;
  matrix: JourneyMatrix;
  rules: ColourRules;
  /** Its values, formulas and notes, when asked for: what an action that writes beside the map must not overwrite. */
  content?: TabContent;
}

/** What to read of each map besides its values and fills. */
export interface MapReading {
  /** Formulas and notes too (from the same range): for an action that writes on the map's tab. */
  content?: boolean;
}

/**
 * Every journey map of the workbook, the template's own first: each tab named as a journey map (any language, with
 * a persona's name after a dash) that holds the anchor cell and a legend, read in two calls (values and fills).
 * When none does, the message says what is missing on the first one, or that set-up creates it.
 */
export function readJourneyMaps(workbook: Workbook, reading: MapReading = {}): JourneyMap[] {
  const candidates = journeyTabs(workbook);
  if (candidates.length === 0) {
    throw new UserFacingError(MESSAGES.missingTab[workbook.language](TAB_NAMES.journeyMap[workbook.language]));
  }
  const read = candidates.map(({ sheet, name, persona }) => readOne(sheet, name, persona, workbook.language, reading));
  const maps = read.filter((r): r is JourneyMap => !(r instanceof UserFacingError));
  if (maps.length === 0) throw read[0];
  return maps;
}

/** The first journey map: the template's own, or the first persona's when a team deleted it. */
export function readJourneyMap(workbook: Workbook): JourneyMap {
  return readJourneyMaps(workbook)[0];
}

/**
 * The first journey map alone, reading no other: the tabs named as maps are read in order until one holds a map.
 * `none` is the message when no tab is named as a journey map.
 */
export function readFirstJourneyMap(workbook: Workbook, none: string): JourneyMap {
  const candidates = journeyTabs(workbook);
  if (candidates.length === 0) throw new UserFacingError(none);
  let first: UserFacingError | null = null;
  for (const { sheet, name, persona } of candidates) {
    const map = readOne(sheet, name, persona, workbook.language, {});
    if (!(map instanceof UserFacingError)) return map;
    first ??= map;
  }
  throw first;
}

/** The names of the tabs (read once per run). */
export function tabNames(workbook: Workbook): string[] {
  return allTabs(workbook).map((tab) => tab.name);
}

/** The tabs named as journey maps, the template's own before the personas' (reads the names only). */
function journeyTabs(workbook: Workbook): { sheet: Sheet; name: string; persona: string | null }[] {
  const tabs = allTabs(workbook).flatMap((tab) => {
    const persona = journeyTabPersona(tab.name);
    return persona === undefined ? [] : [{ sheet: tab.sheet, name: tab.name, persona }];
  });
  return [...tabs.filter((t) => t.persona === null), ...tabs.filter((t) => t.persona !== null)];
}

function readOne(
  sheet: Sheet,
  tab: string,
  personaFromName: string | null,
  language: Language,
  reading: MapReading,
): JourneyMap | UserFacingError {
  const block = sheet.getDataRange();
  const grid: JourneyGrid = { values: block.getValues(), backgrounds: block.getBackgrounds() };
  const content = reading.content
    ? { values: grid.values, formulas: block.getFormulas(), notes: block.getNotes() }
    : undefined;
  const matrix = locateJourneyMap(grid.values, language);
  if (!matrix) return new UserFacingError(MESSAGES.missingJourneyAnchor[language](tab));
  const legend = readLegend(grid, matrix, language);
  if (!legend.ok) {
    if (legend.missing.length) {
      const labels = legend.missing.map((s) => LEGEND_LABELS[s][language]);
      return new UserFacingError(MESSAGES.missingLegend[language](tab, labels));
    }
    const first = legend.unfilled[0];
    return new UserFacingError(MESSAGES.unfilledLegend[language](LEGEND_LABELS[first.status][language], first.cell));
  }
  const persona = personaFromName === null ? null : (personaOf(grid, language) ?? personaFromName);
  return { sheet, tab, persona, grid, matrix, rules: rulesFromLegend(legend.legend), content };
}

/** The name in the persona block (right of its label), where the team may have changed it. */
function personaOf(grid: JourneyGrid, language: Language): string | null {
  const label = findLabel(grid.values, allSpellings(PERSONA_LABELS.persona, language));
  const name = label ? tidy(grid.values[label.row]?.[label.column + 1]) : '';
  return name || null;
}

/**
 * Writes fill changes with one RangeList call per colour (at most one per legend colour, whatever the map's size),
 * touching no other cell. Taking it back refills each cell with the colour it had, one call per colour.
 */
export function writeFillChanges(sheet: Sheet, changes: readonly FillChange[], journal: Journal): void {
  for (const [colour, cells] of cellsByColour(changes, (c) => c.to)) {
    sheet.getRangeList(cells).setBackground(colour);
    const written = changes.filter((c) => c.to === colour);
    journal.done(() => {
      for (const [previous, back] of cellsByColour(written, (c) => c.from))
        sheet.getRangeList(back).setBackground(previous);
    });
  }
}

/** The A1 addresses of the changes, grouped by a colour. */
function cellsByColour(
  changes: readonly FillChange[],
  colourOf: (change: FillChange) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const change of changes) {
    const cells = groups.get(colourOf(change)) ?? [];
    cells.push(a1(change.row + 1, change.column + 1));
    groups.set(colourOf(change), cells);
  }
  return groups;
}
