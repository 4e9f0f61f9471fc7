import { Env, loadBundle, makeEnv } from '../tests/support/env';
import { buildJourneyMap } from '../tests/support/journey-builder';
import { EN_HEADERS, buildUseCases } from '../tests/support/use-case-builder';
import { BenchAction } from './harness';

const SIZES = [10, 100, 1000, 5000] as const;
const FRICTION = '#f6b26b';

const sheetOf = (env: Env, name: string) => env.book.getSheetByName(name)!;

/** A map of `size` frictions (10 stages wide) and an empty use-case table with its Touchpoint column. */
function arrangeDraft(size: number): Env {
  const env = makeEnv();
  buildJourneyMap(env.book, {
    stages: 10,
    channels: Math.max(1, Math.round(size / 10)),
    touchpoint: (c, s) => ({ text: `Friction ${c}.${s}`, fill: FRICTION }),
  });
  buildUseCases(env.book, { headers: ['ID', 'Use case', 'Touchpoint', ...EN_HEADERS.slice(2)], rows: [] });
  return env;
}

export const draftBench: BenchAction = {
  name: 'Draft use cases from the journey map',
  sizes: SIZES,
  unit: 'frictions (each becomes a use case)',
  arrange: arrangeDraft,
  run: (bundle) => {
    bundle.draftUseCases();
  },
  // Cell by cell: each touchpoint's text and fill read alone, each new use case written cell by cell.
  naive: (env, size) => {
    const map = sheetOf(env, 'Journey map');
    const useCases = sheetOf(env, 'Use cases');
    const channels = Math.max(1, Math.round(size / 10));
    let row = 4;
    for (let s = 0; s < 10; s++) {
      for (let c = 0; c < channels; c++) {
        const cell = map.getRange(6 + c, 2 + s);
        const text = cell.getValue();
        if (cell.getBackground() !== FRICTION) continue;
        if (row > useCases.getMaxRows()) useCases.insertRowsAfter(useCases.getMaxRows(), 1);
        [`UC-${row - 3}`, text, `Channel ${c + 1} × Stage ${s + 1}`, 'Friction to fix'].forEach((value, i) =>
          useCases.getRange(row, i + 1).setValue(value),
        );
        row += 1;
      }
    }
  },
};

/** The template, plus `size` use cases (quick wins), `size` scenarios and `size` data needs marked No. */
function arrangeSummary(size: number): Env {
  const env = makeEnv();
  loadBundle(env).setUpTemplate();
  env.book.log.uncounted(() => {
    const useCases = sheetOf(env, 'Use cases');
    const scenarios = sheetOf(env, 'Scenario map');
    const needs = sheetOf(env, 'Data needs');
    for (const sheet of [useCases, scenarios, needs]) sheet.insertRowsAfter(1000, size);
    useCases
      .getRange(9, 1, size, 11)
      .setValues(
        Array.from({ length: size }, (_, i) => [
          `UC-${i + 10}`,
          `Use case ${i}`,
          '',
          '',
          '',
          4,
          4,
          2,
          64,
          i + 1,
          'Quick win',
        ]),
      );
    scenarios
      .getRange(5, 1, size, 11)
      .setValues(
        Array.from({ length: size }, (_, i) => [
          `SC-${i + 10}`,
          `Scenario ${i}`,
          `UC-${i + 10}`,
          '',
          'All',
          'Welcome',
          '',
          '',
          '',
          '',
          'Idea',
        ]),
      );
    needs
      .getRange(8, 1, size, 5)
      .setValues(Array.from({ length: size }, (_, i) => [`Scenario ${i}`, '', `Variable ${i % 50}`, 'CRM', 'No']));
  });
  return env;
}

export const summaryBench: BenchAction = {
  name: 'Refresh the summary',
  sizes: SIZES,
  unit: 'use cases, scenarios and data needs each',
  arrange: arrangeSummary,
  run: (bundle) => {
    bundle.refreshSummary();
  },
  // Cell by cell: every table cell read alone, then each listed gap entry written alone (as many as the summary
  // lists: 100 per gap).
  naive: (env, size) => {
    const summary = sheetOf(env, 'Summary');
    const read = (name: string, firstRow: number, columns: number) => {
      const sheet = sheetOf(env, name);
      for (let r = firstRow; r < firstRow + size; r++)
        for (let c = 1; c <= columns; c++) sheet.getRange(r, c).getValue();
    };
    read('Use cases', 9, 11);
    read('Scenario map', 5, 11);
    read('Data needs', 8, 5);
    for (let r = 0; r < Math.min(size, 100); r++) {
      summary.getRange(60 + r, 1).setFormula(`=HYPERLINK("#gid=0&range=A${r + 9}";"SC-${r + 10}")`);
      summary.getRange(60 + r, 2).setValue(`Scenario ${r}: missing Variable ${r % 50}`);
    }
  },
};
