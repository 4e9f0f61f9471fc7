import { journeyMapTab } from '../src/core/templates';
import { makeEnv } from '../tests/support/env';
import { buildJourneyMap } from '../tests/support/journey-builder';
import { addExperienceLane, someRatings } from '../tests/support/lane-builder';
import { BenchAction } from './harness';

const SIZES = [8, 20, 40] as const;
const CHANNELS = 8;

/** A first journey map of `stages` stages and eight channels, its legend above it (from A5, as the builder puts it). */
function arrangeMap(stages: number) {
  const env = makeEnv();
  buildJourneyMap(env.book, { stages, channels: CHANNELS });
  return env;
}

export const addPersonaBench: BenchAction = {
  name: 'Add a persona journey map',
  sizes: SIZES,
  unit: 'stages',
  arrange: arrangeMap,
  run: (bundle) => {
    bundle.addPersonaJourneyMap('Young parents');
  },
  // Cell by cell: read the first map's cells one by one, write the new tab's cells one by one.
  naive: (env, stages) => {
    const first = env.book.getSheetByName('Journey map')!;
    const read = (r: number, c: number) => String(first.getRange(r, c).getValue());
    const names = Array.from({ length: stages }, (_, s) => read(5, 2 + s));
    const channels = Array.from({ length: CHANNELS }, (_, c) => read(6 + c, 1));
    const legend = { normal: '', friction: '', opportunity: '' };
    (['normal', 'friction', 'opportunity'] as const).forEach((k, i) => {
      legend[k] = first.getRange(2, 2 + i).getBackground();
    });
    const spec = journeyMapTab('en', {
      name: 'Journey map — Young parents',
      stages: names,
      channels,
      legend,
      persona: 'Young parents',
      examples: false,
    });
    const sheet = env.book.insertSheet(spec.name);
    if (spec.grid.values[0].length > 26) sheet.insertColumnsAfter(26, spec.grid.values[0].length - 26);
    spec.grid.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = sheet.getRange(r + 1, c + 1);
        cell.setValue(value);
        if (spec.grid.backgrounds[r][c]) cell.setBackground(spec.grid.backgrounds[r][c]);
        if (spec.grid.notes[r][c]) cell.setNote(spec.grid.notes[r][c]);
      }),
    );
  },
};

/** Three maps of `stages` stages, each with an Experience lane under it: the template's and two personas'. */
function arrangeCurves(stages: number) {
  const env = makeEnv();
  for (const tab of ['Journey map', 'Journey map — Young parents', 'Journey map — Seniors']) {
    const sheet = buildJourneyMap(env.book, { stages, channels: CHANNELS, tab });
    addExperienceLane(sheet, { row: 5 + CHANNELS + 2, column: 1 }, someRatings(stages));
  }
  return env;
}

export const drawCurvesBench: BenchAction = {
  name: 'Draw the experience curves',
  sizes: SIZES,
  unit: 'stages × 3 maps',
  arrange: arrangeCurves,
  run: (bundle) => {
    bundle.drawExperienceCurves();
  },
  // Cell by cell: read each stage and rating, write each chart-data cell with its own call, then the charts.
  naive: (env, stages) => {
    for (const name of ['Journey map', 'Journey map — Young parents', 'Journey map — Seniors']) {
      const sheet = env.book.getSheetByName(name)!;
      const lane = 5 + CHANNELS + 2;
      const top = lane + 2;
      const rows = sheet.getMaxRows();
      if (rows < top + stages) sheet.insertRowsAfter(rows, top + stages - rows);
      for (let s = 0; s < stages; s++) {
        const stage = sheet.getRange(5, 2 + s).getValue();
        const rating = sheet.getRange(lane, 2 + s).getValue();
        sheet.getRange(top + 1 + s, 1).setValue(stage);
        sheet.getRange(top + 1 + s, 2).setValue(rating);
      }
      const chart = sheet
        .newChart()
        .setChartType('LINE')
        .addRange(sheet.getRange(top, 1, stages + 1, 2))
        .setPosition(5, stages + 3, 0, 0)
        .build();
      sheet.insertChart(chart);
    }
  },
};
