/**
 * The lists the scenario sidebar offers, read from the spreadsheet so a team's own targets, programmes and
 * channels appear. Everything returned is plain JSON (dates as text), as google.script.run requires.
 */
import { allSpellings } from '../core/language';
import { locateJourneyMap } from '../core/journey';
import { SidebarOptions } from '../core/scenario';
import { tableBody } from '../core/table';
import { scenarioPresets, useCaseLabel } from '../core/presets';
import { SCENARIO_TABLE, USE_CASE_TABLE } from '../core/table-specs';
import { cellText, labelKey } from '../core/text';
import {
  ALL_CONTACTS,
  CHANNEL_KEYS,
  CHANNEL_LABELS,
  PHASES,
  PHASE_LABELS,
  PROGRAMMES,
  TRIGGER_TYPES,
  TRIGGER_TYPE_LABELS,
  UseCaseColumn,
} from '../core/vocabulary';
import { readTable } from '../sheets/tables';
import { Workbook, findTab, openWorkbook, readValues } from '../sheets/workbook';

export function getSidebarOptions(): SidebarOptions {
  const workbook = openWorkbook();
  const { language } = workbook;
  const scenarioTab = findTab(workbook, 'scenarioMap');
  // The lists only need the columns they offer: a table missing its ID or Status still has targets to offer.
  const spec = { ...SCENARIO_TABLE, required: SCENARIO_TABLE.required.filter((c) => c !== 'id' && c !== 'status') };
  const table = scenarioTab ? readTable(scenarioTab, spec, language) : null;
  const rows = table ? tableBody(table.content.values, table.location) : [];
  const column = (key: 'name' | 'target' | 'programme' | 'channel'): string[] =>
    table ? rows.map((r) => cellText(r[table.location.columns[key] - table.location.firstColumn])).filter(Boolean) : [];

  const journeyTab = findTab(workbook, 'journeyMap');
  const journey = journeyTab ? locateJourneyMap(readValues(journeyTab), language) : null;
  const mapChannels =
    journey && journey.channels.length
      ? journey.channels.map((c) => c.name)
      : CHANNEL_KEYS.map((key) => CHANNEL_LABELS[key][language]);

  const lists = {
    // "All contacts" in the other language is the same target: offer it once, in the sheet's language.
    targets: distinct([
      ALL_CONTACTS[language],
      ...column('target').filter((t) => !allSpellings(ALL_CONTACTS, language).includes(t)),
    ]),
    channels: distinct([...mapChannels, ...column('channel')]),
    existingNames: column('name'),
  };
  return {
    language,
    programmes: distinct([...PROGRAMMES.map((p) => p[language]), ...column('programme')]),
    phases: PHASES.map((value) => ({ value, label: PHASE_LABELS[value][language] })),
    triggerTypes: TRIGGER_TYPES.map((value) => ({ value, label: TRIGGER_TYPE_LABELS[value][language] })),
    ...lists,
    useCases: useCasesOf(workbook),
    presets: scenarioPresets(language, lists),
  };
}

/** The use cases a scenario may serve: every row of the use-case table with an ID, in table order. */
function useCasesOf(workbook: Workbook): SidebarOptions['useCases'] {
  const tab = findTab(workbook, 'useCases');
  const spec = { ...USE_CASE_TABLE, required: ['id', 'useCase'] as UseCaseColumn[] };
  const table = tab ? readTable(tab, spec, workbook.language) : null;
  if (!table) return [];
  const { columns, firstColumn } = table.location;
  return tableBody(table.content.values, table.location).flatMap((row) => {
    const id = cellText(row[columns.id - firstColumn]);
    return id ? [{ id, label: useCaseLabel(id, cellText(row[columns.useCase - firstColumn])) }] : [];
  });
}

/** First spelling wins; "email" and "Email " are one channel. */
function distinct(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = labelKey(item);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
