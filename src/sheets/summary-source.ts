/**
 * Reading the method's tabs for the summary: every journey map (values and fills, as Validate colour codes reads
 * them) and each table's tab (its values, in one read). A tab that is missing, or a map that cannot be read, is a
 * line for the summary, not an error. Set-up gives the tabs it is creating from their templates instead of reading
 * them back, so it still reads everything before its first write.
 */
import { Language } from '../core/language';
import { UserFacingError } from '../core/messages';
import { journeyTabPersona } from '../core/personas';
import { ChainInputs, MapInput, Part, TabInput, journeyMapOf, missingPart, presentPart } from '../core/summary/inputs';
import { JourneyGrid } from '../core/journey';
import { Grid } from '../core/table';
import { TabSpec } from '../core/tab-spec';
import { SUMMARY_TEXT } from '../core/templates/summary-text';
import { TabKey } from '../core/vocabulary';
import { JourneyMap, readJourneyMaps } from './journey-map';
import { Sheet } from './types';
import { Workbook, allTabs, findTab, readValues } from './workbook';

/** The chain's tables: the KPI tab is read by no part of the summary. */
type TableKey = Extract<TabKey, 'useCases' | 'scenarioMap' | 'dataNeeds'>;
const PARTS: Record<TableKey, Exclude<keyof ChainInputs, 'maps'>> = {
  useCases: 'useCases',
  scenarioMap: 'scenarios',
  dataNeeds: 'dataNeeds',
};

interface TabRead {
  sheet: Sheet;
  tab: string;
  values: Grid;
}

/** A journey map as read, its matrix and legend already found; null for one set-up takes from its template. */
interface MapRead {
  sheet: Sheet;
  tab: string;
  persona: string | null;
  grid: JourneyGrid;
  located: Pick<JourneyMap, 'matrix' | 'rules'> | null;
}

/** The chain's tabs as read: sheets still attached (their ids are asked for once the reading is done). */
export interface ChainReads {
  maps: MapRead[];
  /** Why there is no map to read, when there is none. */
  mapsProblem: string | null;
  tables: Record<TableKey, TabRead | null>;
}

/** Reads every journey map and each table's tab; the tabs named in `skip` are being created and are not read. */
export function readChain(workbook: Workbook, skip: ReadonlySet<TabKey> = new Set()): ChainReads {
  const { language } = workbook;
  let maps: MapRead[] = [];
  let mapsProblem: string | null = null;
  try {
    maps = readJourneyMaps(workbook).map(({ sheet, tab, persona, grid, matrix, rules }) => ({
      sheet,
      tab,
      persona,
      grid,
      located: { matrix, rules },
    }));
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    const anyMap = allTabs(workbook).some((t) => journeyTabPersona(t.name) !== undefined);
    mapsProblem = anyMap ? error.message : SUMMARY_TEXT.noTab.maps[language];
  }
  const table = (key: TableKey): TabRead | null => {
    const sheet = skip.has(key) ? null : findTab(workbook, key);
    if (!sheet) return null;
    const tab = allTabs(workbook).find((t) => t.sheet === sheet)?.name ?? '';
    return { sheet, tab, values: readValues(sheet) };
  };
  return {
    maps,
    mapsProblem,
    tables: { useCases: table('useCases'), scenarioMap: table('scenarioMap'), dataNeeds: table('dataNeeds') },
  };
}

/**
 * The reads with the tabs set-up has just created, from their templates: a map as its grid holds it, a table as
 * its values. The template's journey map comes before the personas' maps that were kept.
 */
export function withCreatedTabs(reads: ChainReads, created: readonly { spec: TabSpec; sheet: Sheet }[]): ChainReads {
  const tables = { ...reads.tables };
  let maps = reads.maps;
  for (const { spec, sheet } of created) {
    if (spec.key === 'journeyMap') {
      const grid = { values: spec.grid.values, backgrounds: spec.grid.backgrounds.map((r) => r.map((b) => b ?? '')) };
      maps = [{ sheet, tab: spec.name, persona: null, grid, located: null }, ...maps];
    } else if (spec.key in PARTS) tables[spec.key as TableKey] = { sheet, tab: spec.name, values: spec.grid.values };
  }
  const fromTemplate = maps.length > reads.maps.length;
  return { maps, mapsProblem: fromTemplate ? null : reads.mapsProblem, tables };
}

/** The summary's inputs: each tab with its id (asked once per tab), each missing one as its line. */
export function chainInputs(reads: ChainReads, language: Language): ChainInputs {
  const inputs = reads.maps.map((m): MapInput | string => {
    const where = { tab: m.tab, gid: m.sheet.getSheetId(), persona: m.persona };
    return m.located ? { ...where, grid: m.grid, ...m.located } : journeyMapOf(m.grid, where, language);
  });
  const maps = inputs.filter((m): m is MapInput => typeof m !== 'string');
  const mapsPart: Part<MapInput[]> = maps.length
    ? presentPart(maps)
    : missingPart(reads.mapsProblem ?? inputs.find((m): m is string => typeof m === 'string') ?? '');
  const tablePart = (key: TableKey): Part<TabInput> => {
    const read = reads.tables[key];
    if (!read) return missingPart(SUMMARY_TEXT.noTab[PARTS[key]][language]);
    return presentPart({ tab: read.tab, gid: read.sheet.getSheetId(), values: read.values });
  };
  return {
    maps: mapsPart,
    useCases: tablePart('useCases'),
    scenarios: tablePart('scenarioMap'),
    dataNeeds: tablePart('dataNeeds'),
  };
}
