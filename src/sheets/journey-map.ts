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
import { TabContent } from '../core/table';
import { findLabel } from '../core/labels';
import { cellText, labelKey } from '../core/text';
import { LEGEND_LABELS, PERSONA_LABELS, SUMMARY_TAB_NAME, TAB_NAMES } from '../core/vocabulary';
import { Journal } from './journal';
import { CellValue, Sheet } from './types';
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
}

/**
 * Every journey map of the workbook, the template's own first: each tab named as a journey map (any language, with
 * a persona's name after a dash), then any other tab that holds the anchor cell and a legend, read in two calls
 * (values and fills; a tab with no anchor costs its values only). When none is a map, the message says what is
 * missing on the first tab named as one, or that set-up creates it.
 */
export function readJourneyMaps(workbook: Workbook): JourneyMap[] {
  return allJourneyMaps(workbook, false);
}

/**
 * Every journey map with the formulas and notes of its tab too, read from the same block: what an action that writes
 * beside the maps needs to leave every cell it does not own alone and to take its writes back.
 */
export function readJourneyMapsToWrite(workbook: Workbook): (JourneyMap & { content: TabContent })[] {
  return allJourneyMaps(workbook, true) as (JourneyMap & { content: TabContent })[];
}

function allJourneyMaps(workbook: Workbook, withContent: boolean): JourneyMap[] {
  return journeyMapsAndRefusals(workbook, withContent).maps;
}

/** A tab named as a journey map that could not be read as one, and what the team should do about it. */
export interface UnreadMap {
  tab: string;
  error: UserFacingError;
}

/**
 * Every journey map as readJourneyMaps finds them, and the tabs named as one that are not (a legend deleted, an
 * anchor retyped), for an action that reports on all maps to name them rather than pass over them in silence.
 */
export function readJourneyMapsAndRefusals(workbook: Workbook): { maps: JourneyMap[]; unread: UnreadMap[] } {
  return journeyMapsAndRefusals(workbook, false);
}

function journeyMapsAndRefusals(workbook: Workbook, withContent: boolean): { maps: JourneyMap[]; unread: UnreadMap[] } {
  const maps: JourneyMap[] = [];
  const unread: UnreadMap[] = [];
  for (const candidate of candidates(workbook, withContent)) {
    const read = candidate.read();
    if (read instanceof UserFacingError) unread.push({ tab: candidate.tab, error: read });
    else if (read) maps.push(read);
  }
  if (maps.length === 0) throw unread[0]?.error ?? missingMap(workbook);
  return { maps, unread };
}

/** Whether any tab is named as a journey map (reads the names only). */
export function hasJourneyTab(workbook: Workbook): boolean {
  return journeyTabs(workbook).length > 0;
}

/** The names of the tabs (read once per run). */
export function tabNames(workbook: Workbook): string[] {
  return allTabs(workbook).map((tab) => tab.name);
}

/**
 * The first journey map: the template's own, or the first persona's when a team deleted it. Tabs are read in that
 * order only until one is a map, so a workbook with many persona maps costs one read when its first map is sound.
 */
export function readJourneyMap(workbook: Workbook): JourneyMap {
  return firstJourneyMap(workbook, false);
}

/**
 * The first journey map with the formulas and notes of its tab too, read from the same block: what an action that
 * writes a touchpoint needs to leave every cell it does not own alone and to take its write back.
 */
export function readJourneyMapToWrite(workbook: Workbook): JourneyMap & { content: TabContent } {
  return firstJourneyMap(workbook, true) as JourneyMap & { content: TabContent };
}

/** Who the first journey map is for, from the tab names alone (no cell read): null for the template's own map. */
export function firstJourneyMapPersona(workbook: Workbook): string | null {
  return journeyTabs(workbook)[0]?.persona ?? null;
}

function firstJourneyMap(workbook: Workbook, withContent: boolean): JourneyMap {
  let firstRefusal: UserFacingError | null = null;
  for (const candidate of candidates(workbook, withContent)) {
    const map = candidate.read();
    if (map && !(map instanceof UserFacingError)) return map;
    firstRefusal ??= map;
  }
  throw firstRefusal ?? missingMap(workbook);
}

/**
 * The tabs that may be journey maps, in the order they are used, each read only when asked: the tabs named as one
 * (a refusal when they are not), then the others (null when they are not).
 */
function candidates(
  workbook: Workbook,
  withContent: boolean,
): { tab: string; read: () => (JourneyMap & { content?: TabContent }) | UserFacingError | null }[] {
  const { language } = workbook;
  return [
    ...journeyTabs(workbook).map((t) => ({
      tab: t.name,
      read: () => readOne(t.sheet, t.name, t.persona, language, withContent),
    })),
    ...otherTabs(workbook).map((t) => ({
      tab: t.name,
      read: () => readOne(t.sheet, t.name, t.name, language, withContent, false),
    })),
  ];
}

/** No journey map at all: set-up creates it. */
function missingMap(workbook: Workbook): UserFacingError {
  return new UserFacingError(MESSAGES.missingTab[workbook.language](TAB_NAMES.journeyMap[workbook.language]));
}

/** Tabs the add-on names for its other steps: never journey maps, never read as one. */
const OTHER_STEPS = new Set(
  [TAB_NAMES.useCases, TAB_NAMES.scenarioMap, TAB_NAMES.dataNeeds, TAB_NAMES.kpis, SUMMARY_TAB_NAME]
    .flatMap((name) => Object.values(name))
    .map(labelKey),
);

/**
 * The tabs that may be a journey map under another name (a persona's map the team renamed "Young parents", a map
 * they built by hand): any tab not named as a journey map or as another step. Each is a map when it holds the
 * anchor and a legend, as set-up's map does.
 */
function otherTabs(workbook: Workbook): { sheet: Sheet; name: string }[] {
  return allTabs(workbook).filter((tab) => journeyTabPersona(tab.name) === undefined && !OTHER_STEPS.has(tab.key));
}

/** The tabs named as journey maps, the template's own before the personas' (reads the names only). */
function journeyTabs(workbook: Workbook): { sheet: Sheet; name: string; persona: string | null }[] {
  const tabs = allTabs(workbook).flatMap((tab) => {
    const persona = journeyTabPersona(tab.name);
    return persona === undefined ? [] : [{ sheet: tab.sheet, name: tab.name, persona }];
  });
  return [...tabs.filter((t) => t.persona === null), ...tabs.filter((t) => t.persona !== null)];
}

/**
 * One tab read as a journey map: the matrix, the legend and the persona. A tab named as a map that is not one is a
 * message saying what is missing; another tab (`named` false) is a map only when it holds the anchor and the
 * legend's labels, and is otherwise null (without the anchor, its fills are never read).
 */
function readOne(
  sheet: Sheet,
  tab: string,
  personaFromName: string | null,
  language: Language,
  withContent: boolean,
  named = true,
): (JourneyMap & { content?: TabContent }) | UserFacingError | null {
  const block = sheet.getDataRange();
  const values = block.getValues() as CellValue[][];
  const matrix = locateJourneyMap(values, language);
  if (!matrix) return named ? new UserFacingError(MESSAGES.missingJourneyAnchor[language](tab)) : null;
  const grid: JourneyGrid = { values, backgrounds: block.getBackgrounds() };
  const content: TabContent | undefined = withContent
    ? { values, formulas: block.getFormulas(), notes: block.getNotes() }
    : undefined;
  const legend = readLegend(grid, matrix, language);
  if (!legend.ok) {
    if (legend.missing.length) {
      if (!named) return null;
      const labels = legend.missing.map((s) => LEGEND_LABELS[s][language]);
      return new UserFacingError(MESSAGES.missingLegend[language](tab, labels));
    }
    const first = legend.unfilled[0];
    return new UserFacingError(MESSAGES.unfilledLegend[language](LEGEND_LABELS[first.status][language], first.cell));
  }
  const persona = personaFromName === null ? null : (personaOf(grid, language) ?? personaFromName);
  const map: JourneyMap = { sheet, tab, persona, grid, matrix, rules: rulesFromLegend(legend.legend) };
  return content ? { ...map, content } : map;
}

/** The name in the persona block (right of its label), where the team may have changed it. */
function personaOf(grid: JourneyGrid, language: Language): string | null {
  const label = findLabel(grid.values, allSpellings(PERSONA_LABELS.persona, language));
  // A name Sheets read as a date (a team typed 2024-01-05) is named as typed, not as a JavaScript date.
  const name = label ? cellText(grid.values[label.row]?.[label.column + 1]) : '';
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
