import { checkTouchpoints, locateJourneyMap, makeClassifier, readLegend } from '../src/core/journey';
import { rulesFromLegend } from '../src/core/colours';
import { makeEnv } from '../tests/support/env';
import { buildJourneyMap } from '../tests/support/journey-builder';
import { BenchAction } from './harness';

const SIZES = [10, 100, 1000, 5000] as const;

/** A map of about `size` touchpoints: 10 stages wide, as many channels as it takes. */
function arrange(size: number) {
  const env = makeEnv();
  const palette = ['#ffe599', '#f6b26b', '#93c47d', '#fff2cc', '#b45f06', '#ff0000'];
  buildJourneyMap(env.book, {
    stages: 10,
    channels: Math.max(1, Math.round(size / 10)),
    touchpoint: (c, s) => ({ text: `Touchpoint ${c}.${s}`, fill: palette[(c + s) % palette.length] }),
  });
  return env;
}

export const validateBench: BenchAction = {
  name: 'Validate colour codes',
  sizes: SIZES,
  unit: 'touchpoints',
  arrange,
  run: (bundle) => {
    bundle.validateColourCodes();
  },
  // Cell by cell: read each touchpoint's value and fill with its own calls.
  naive: (env) => {
    const sheet = env.book.getSheetByName('Journey map')!;
    const lastRow = sheet.getLastRow();
    const lastColumn = sheet.getLastColumn();
    const values: unknown[][] = [];
    const fills: string[][] = [];
    for (let r = 1; r <= lastRow; r++) {
      values.push([]);
      fills.push([]);
      for (let c = 1; c <= lastColumn; c++) {
        const cell = sheet.getRange(r, c);
        values[r - 1].push(cell.getValue());
        fills[r - 1].push(cell.getBackground());
      }
    }
    const matrix = locateJourneyMap(values, 'en')!;
    const legend = readLegend({ values, backgrounds: fills }, matrix, 'en');
    if (legend.ok) checkTouchpoints({ values, backgrounds: fills }, matrix, rulesFromLegend(legend.legend));
  },
};

export const normaliseBench: BenchAction = {
  name: 'Normalise colours',
  sizes: SIZES,
  unit: 'touchpoints',
  arrange,
  run: (bundle) => {
    bundle.normaliseColours();
  },
  // Cell by cell: read each fill, snap it, write it back with its own call.
  naive: (env) => {
    const sheet = env.book.getSheetByName('Journey map')!;
    const classify = makeClassifier(
      rulesFromLegend({ normal: '#ffe599', friction: '#f6b26b', opportunity: '#93c47d' }),
    );
    const legend = { normal: '#ffe599', friction: '#f6b26b', opportunity: '#93c47d' } as const;
    const lastRow = sheet.getLastRow();
    for (let r = 6; r <= lastRow; r++) {
      for (let c = 2; c <= 11; c++) {
        const cell = sheet.getRange(r, c);
        const status = classify(cell.getBackground());
        if (status) cell.setBackground(legend[status]);
      }
    }
  },
};
