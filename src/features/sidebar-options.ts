/**
 * The lists the scenario sidebar offers, read from the spreadsheet so a team's own targets, programmes and
 * channels appear. Everything returned is plain JSON (dates as text), as google.script.run requires.
 */
import { allSpellings } from '../core/language';
import { locateJourneyMap } from '../core/journey';
import { SidebarOptions } from '../core/scenario';
import { tableBody } from '../core/table';
import { SCENARIO_TABLE } from '../core/table-specs';
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
} from '../core/vocabulary';
import { readTable } from '../sheets/tables';
import { findTab, openWorkbook, readValues } from '../sheets/workbook';

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

  return {
    language,
    programmes: distinct([...PROGRAMMES.map((p) => p[language]), ...column('programme')]),
    // "All contacts" in the other language is the same target: offer it once, in the sheet's language.
    targets: distinct([
      ALL_CONTACTS[language],
      ...column('target').filter((t) => !allSpellings(ALL_CONTACTS, language).includes(t)),
    ]),
    phases: PHASES.map((value) => ({ value, label: PHASE_LABELS[value][language] })),
    channels: distinct([...mapChannels, ...column('channel')]),
    triggerTypes: TRIGGER_TYPES.map((value) => ({ value, label: TRIGGER_TYPE_LABELS[value][language] })),
    existingNames: column('name'),
  };
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
