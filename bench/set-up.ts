import { templateTabs } from '../src/core/templates';
import { makeEnv } from '../tests/support/env';
import { BenchAction } from './harness';

/** Set-up writes a fixed template: its size is the template's, measured once. */
export const setUpBench: BenchAction = {
  name: 'Set up the template tabs',
  sizes: [1],
  unit: 'template',
  arrange: () => makeEnv(),
  run: (bundle) => {
    bundle.setUpTemplate();
  },
  naive: (env) => {
    const book = env.book;
    for (const spec of templateTabs('en')) {
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
