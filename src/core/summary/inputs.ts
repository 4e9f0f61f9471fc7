/**
 * What the summary is computed from: each tab of the method as its values (and, for journey maps, fills), with the
 * tab's id for links. A tab or table that is missing is a line to show, never an error: the summary is where a team
 * lead finds out what is missing.
 */
import { MapCells } from '../coverage';
import { rulesFromLegend } from '../colours';
import { JourneyGrid, locateJourneyMap, readLegend } from '../journey';
import { Language } from '../language';
import { MESSAGES } from '../messages';
import { Grid, TableLocation, TableSpec, headerSpellings, searchTable, valuesOnly } from '../table';
import { LEGEND_LABELS } from '../vocabulary';

/** Where a link lands: a tab by its id (`#gid=`) and a cell on it. */
export interface CellRef {
  gid: number;
  cell: string;
}

export interface MapInput extends MapCells {
  gid: number;
}

/** A tab of the method as read: its name, its id, its values from A1. */
export interface TabInput {
  tab: string;
  gid: number;
  values: Grid;
}

/** A part of the chain that is there, or the line that says why it is not. */
export type Part<T> = { ok: true; value: T } | { ok: false; line: string };

export interface ChainInputs {
  maps: Part<MapInput[]>;
  useCases: Part<TabInput>;
  scenarios: Part<TabInput>;
  dataNeeds: Part<TabInput>;
}

export const missingPart = <T>(line: string): Part<T> => ({ ok: false, line });
export const presentPart = <T>(value: T): Part<T> => ({ ok: true, value });

/** A table found on a tab: its location, or the line that says which headers to restore. */
export interface LocatedTable<K extends string> extends TabInput {
  location: TableLocation<K>;
}

export function locate<K extends string>(
  input: Part<TabInput>,
  spec: TableSpec<K>,
  language: Language,
): Part<LocatedTable<K>> {
  if (!input.ok) return input;
  const tab = input.value;
  const search = searchTable(
    valuesOnly(tab.values),
    headerSpellings(spec.headers, language),
    spec.required,
    spec.stopLabels,
    spec.dataColumns,
  );
  if (search.found) return presentPart({ ...tab, location: search.location });
  const headers = spec.required.map((k) => spec.headers[k][language]);
  return missingPart(MESSAGES.missingTable[language](tab.tab, headers));
}

/**
 * A journey map from its grid, as Validate colour codes reads it: its anchor and its legend, or the message that
 * says what is missing (so a map being set up now can be summarised from its template, without reading it back).
 */
export function journeyMapOf(
  grid: JourneyGrid,
  where: { tab: string; gid: number; persona: string | null },
  language: Language,
): MapInput | string {
  const matrix = locateJourneyMap(grid.values, language);
  if (!matrix) return MESSAGES.missingJourneyAnchor[language](where.tab);
  const legend = readLegend(grid, matrix, language);
  if (!legend.ok) {
    if (legend.missing.length) {
      return MESSAGES.missingLegend[language](
        where.tab,
        legend.missing.map((s) => LEGEND_LABELS[s][language]),
      );
    }
    const first = legend.unfilled[0];
    return MESSAGES.unfilledLegend[language](LEGEND_LABELS[first.status][language], first.cell);
  }
  return { ...where, grid, matrix, rules: rulesFromLegend(legend.legend) };
}
