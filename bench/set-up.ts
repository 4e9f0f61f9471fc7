import { templateTabs } from '../src/core/templates';
import { makeEnv } from '../tests/support/env';
import { BenchAction } from './harness';
import { SCENARIO_HEADERS } from './scenario-table';

/**
 * Set-up writes a fixed template; what grows is the scenario map a team already has, which set-up keeps and
 * reads to point the data-needs dropdown at its names.
 */
export const setUpBench: BenchAction = {
  name: 'Set up the template tabs',
  sizes: [10, 100, 1000, 5000],
  unit: 'scenarios in a kept scenario map',
  arrange: (size) => {
    const env = makeEnv({ sheets: ['Scenario map'] });
    env.book.log.uncounted(() => {
      const sheet = env.book.view.sheet('Scenario map');
      sheet.insertRowsAfter(1000, size);
      sheet.getRange(1, 1, 1, 10).setValues([SCENARIO_HEADERS]);
      sheet
        .getRange(2, 1, size, 2)
        .setValues(Array.from({ length: size }, (_, i) => [`SC-${i + 1}`, `Scenario ${i + 1}`]));
    });
    return env;
  },
  run: (bundle) => {
    bundle.setUpTemplate();
  },
  // Cell by cell: each template cell written with its own calls, the kept scenario names read one by one.
  naive: (env, size) => {
    const book = env.book;
    const scenarios = book.getSheetByName('Scenario map')!;
    for (let r = 2; r <= size + 1; r++) scenarios.getRange(r, 2).getValue();
    for (const spec of templateTabs('en').filter((s) => s.key !== 'scenarioMap')) {
      const sheet = book.insertSheet(spec.name);
      spec.grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = sheet.getRange(r + 1, c + 1);
          cell.setValue(value);
          if (spec.grid.backgrounds[r][c]) cell.setBackground(spec.grid.backgrounds[r][c]);
          cell.setFontWeight(spec.grid.fontWeights[r][c]);
          cell.setFontColor(spec.grid.fontColors[r][c]);
          cell.setFontSize(spec.grid.fontSizes[r][c]);
          if (spec.grid.notes[r][c]) cell.setNote(spec.grid.notes[r][c]);
          cell.setWrap(spec.grid.wraps[r][c]);
        }),
      );
    }
  },
};
