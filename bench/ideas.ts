import { ideasPayload } from '../src/core/ideas/matching';
import { locateJourneyMap } from '../src/core/journey';
import { makeEnv } from '../tests/support/env';
import { buildJourneyMap } from '../tests/support/journey-builder';
import { buildUseCases, generatedUseCases } from '../tests/support/use-case-builder';
import { BenchAction } from './harness';

const SIZES = [10, 100, 1000, 5000] as const;
const IDEA = 'store-stock-mismatch';
const TITLE = 'Stock shown online that is not on the shelf in store';

/** A map of about `size` touchpoints, 10 stages wide, every touchpoint filled but the first (Channel 1 × Stage 1). */
function arrangeMap(size: number) {
  const env = makeEnv();
  buildJourneyMap(env.book, {
    stages: 10,
    channels: Math.max(1, Math.round(size / 10)),
    touchpoint: (c, s) => (c === 0 && s === 0 ? null : { text: `Touchpoint ${c}.${s}`, fill: '#ffe599' }),
  });
  return env;
}

/** Cell by cell, as the Apps Script guide says not to: every value of the map read with its own call. */
function readMapCellByCell(env: ReturnType<typeof makeEnv>): unknown[][] {
  const sheet = env.book.getSheetByName('Journey map')!;
  const values: unknown[][] = [];
  for (let r = 1; r <= sheet.getLastRow(); r++) {
    values.push([]);
    for (let c = 1; c <= sheet.getLastColumn(); c++) values[r - 1].push(sheet.getRange(r, c).getValue());
  }
  return values;
}

export const getIdeasBench: BenchAction = {
  name: 'Browse opportunity ideas (getIdeas)',
  sizes: SIZES,
  unit: 'touchpoints',
  arrange: arrangeMap,
  run: (bundle) => {
    bundle.getIdeas();
  },
  naive: (env) => {
    const matrix = locateJourneyMap(readMapCellByCell(env), 'en')!;
    ideasPayload(
      'en',
      matrix.channels.map((c) => c.name),
      matrix.stages.map((s) => s.name),
    );
  },
};

export const placeIdeaBench: BenchAction = {
  name: 'Place an idea on the journey map',
  sizes: SIZES,
  unit: 'touchpoints',
  arrange: arrangeMap,
  run: (bundle) => {
    bundle.addIdeaToJourneyMap({ ideaId: IDEA, channel: 'Channel 1', stage: 'Stage 1' });
  },
  // Cell by cell: find the map and the legend by reading each cell and its fill, then write value and fill.
  naive: (env) => {
    const sheet = env.book.getSheetByName('Journey map')!;
    readMapCellByCell(env);
    for (let c = 2; c <= 4; c++) sheet.getRange(2, c).getBackground();
    const cell = sheet.getRange(6, 2);
    cell.setValue(TITLE);
    cell.setBackground('#f6b26b');
  },
};

export const ideaAsUseCaseBench: BenchAction = {
  name: 'Add an idea as a use case',
  sizes: SIZES,
  unit: 'use cases in the table',
  arrange: (size) => {
    const env = makeEnv();
    buildUseCases(env.book, { rows: generatedUseCases(size) });
    return env;
  },
  run: (bundle) => {
    bundle.addIdeaAsUseCase({ ideaId: IDEA, channel: 'Store', stage: 'I buy' });
  },
  // Row by row: read each ID with its own call for the next one, then write each cell of the new row alone.
  naive: (env, size) => {
    const sheet = env.book.getSheetByName('Use cases')!;
    let highest = 0;
    for (let r = 4; r < 4 + size; r++) {
      highest = Math.max(highest, Number(String(sheet.getRange(r, 1).getValue()).slice(3)));
    }
    const cells = [`UC-${highest + 1}`, TITLE, 'Friction to fix', 'Stock shown online…'];
    cells.forEach((value, c) => sheet.getRange(4 + size, c + 1).setValue(value));
  },
};
