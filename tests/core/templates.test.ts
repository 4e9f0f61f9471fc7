import { LANGUAGES } from '../../src/core/language';
import { SCENARIO_TABLE_STOPS, scenarioMapSpec, templateTabs } from '../../src/core/templates';
import { locateTable, headerSpellings, valuesOnly } from '../../src/core/table';
import { findLabel } from '../../src/core/labels';
import {
  DATA_NEED_HEADERS,
  JOURNEY_ANCHOR,
  LANE_LABELS,
  LEGEND_DEFAULT_COLOURS,
  LEGEND_LABELS,
  SCENARIO_HEADERS,
  TAB_NAMES,
  USE_CASE_HEADERS,
} from '../../src/core/vocabulary';

describe.each(LANGUAGES)('template tabs in %s', (language) => {
  const tabs = templateTabs(language);
  const byKey = Object.fromEntries(tabs.map((t) => [t.key, t]));

  it('names the four tabs in the method order', () => {
    expect(tabs.map((t) => t.name)).toEqual(
      (['journeyMap', 'useCases', 'scenarioMap', 'dataNeeds'] as const).map((k) => TAB_NAMES[k][language]),
    );
  });

  it('keeps every grid rectangular across all its layers', () => {
    for (const tab of tabs) {
      const { values, ...layers } = tab.grid;
      const width = values[0].length;
      for (const layer of [values, ...Object.values(layers)]) {
        expect(layer).toHaveLength(values.length);
        for (const row of layer) expect(row).toHaveLength(width);
      }
    }
  });

  it('lays out the journey map around its anchor: stages to the right, channels below, legend above', () => {
    const { values, backgrounds } = byKey.journeyMap.grid;
    const anchor = findLabel(values, [JOURNEY_ANCHOR[language]])!;
    const stages = values[anchor.row].slice(anchor.column + 1).filter(Boolean);
    // The channels run to the first blank row; the stage lanes come after it.
    const below = values.slice(anchor.row + 1).map((r) => r[anchor.column]);
    const channels = below.slice(0, below.indexOf(''));
    expect(below.slice(below.indexOf('') + 1)).toEqual([LANE_LABELS.goal[language], LANE_LABELS.experience[language]]);
    expect(stages.length).toBeGreaterThanOrEqual(6);
    const firstPerson = language === 'fr' ? /^(Je |J')/ : /^I /;
    for (const stage of stages) expect(stage).toMatch(firstPerson);
    expect(channels).toHaveLength(8);
    for (const status of ['normal', 'friction', 'opportunity'] as const) {
      const legend = findLabel(values, [LEGEND_LABELS[status][language]])!;
      expect(legend.row).toBeLessThan(anchor.row);
      expect(backgrounds[legend.row][legend.column]).toBe(LEGEND_DEFAULT_COLOURS[status]);
      const touchpoints = backgrounds.slice(anchor.row + 1).flatMap((r) => r.slice(anchor.column + 1));
      expect(touchpoints).toContain(LEGEND_DEFAULT_COLOURS[status]);
    }
  });

  it('gives each table its headers in one row', () => {
    const checks = [
      [byKey.useCases, USE_CASE_HEADERS],
      [byKey.scenarioMap, SCENARIO_HEADERS],
      [byKey.dataNeeds, DATA_NEED_HEADERS],
    ] as const;
    for (const [tab, headers] of checks) {
      const keys = Object.keys(headers) as (keyof typeof headers)[];
      const table = locateTable(
        valuesOnly(tab.grid.values),
        headerSpellings(headers as Record<string, Record<string, string>>, language),
        keys,
      );
      expect(table).not.toBeNull();
      expect(tab.grid.values[table!.headerRow].slice(0, keys.length)).toEqual(
        keys.map((k) => (headers as Record<string, Record<string, string>>)[k][language]),
      );
      expect(tab.frozenRows).toBe(table!.headerRow + 1);
    }
  });

  it('writes the worked scenario with its D+1 and D+5 messages', () => {
    const sequence = byKey.scenarioMap.grid.values.flat().find((v) => typeof v === 'string' && v.includes('·'));
    const prefix = language === 'fr' ? 'J+' : 'D+';
    expect(
      String(sequence)
        .split('\n')
        .map((line) => line.split(' · ')[0]),
    ).toEqual([`${prefix}1`, `${prefix}5`]);
  });

  it('offers 1-to-5 dropdowns on the three qualification columns, with notes saying what 1 and 5 mean', () => {
    const tab = byKey.useCases;
    const lists = tab.validations.filter((v) => v.rule.kind === 'list');
    expect(lists).toHaveLength(3);
    for (const v of lists) {
      expect(v.rule).toMatchObject({ values: ['1', '2', '3', '4', '5'] });
      const note = tab.grid.notes[2][v.column - 1];
      expect(note).toMatch(/1 =/);
      expect(note).toMatch(/5 =/);
    }
  });
});

describe('the scenario table beside its overview', () => {
  it('ends before the overview even when a team column closes the gap between them', () => {
    const values = scenarioMapSpec('en').grid.values.map((row) => [...row]);
    values[2][11] = 'Owner'; // a team column in L, right against the overview's corner label in M
    const spellings = headerSpellings(SCENARIO_HEADERS as Record<string, Record<string, string>>, 'en');
    expect(locateTable(valuesOnly(values), spellings, ['name'])?.lastColumn).toBeGreaterThan(11); // without the stop: overview swallowed
    expect(locateTable(valuesOnly(values), spellings, ['name'], SCENARIO_TABLE_STOPS)?.lastColumn).toBe(11);
  });
});
