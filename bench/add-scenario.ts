import { formatSequence } from '../src/core/scenario';
import { makeEnv } from '../tests/support/env';
import { BenchAction } from './harness';
import { SCENARIO_HEADERS } from './scenario-table';

const input = {
  name: 'Bench scenario',
  programme: 'Conversion',
  target: 'All contacts',
  phase: 'activation',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Leaves a cart',
  steps: [
    { day: 1, channel: 'Email', message: 'Reminder' },
    { day: 5, channel: 'Email', message: 'Promo code' },
  ],
  dataNeeds: [
    { variable: 'Cart', source: 'E-commerce' },
    { variable: 'Opt-in', source: 'CRM' },
  ],
};

/** A scenario table already holding `size` scenarios. */
function arrange(size: number) {
  const env = makeEnv();
  env.book.log.uncounted(() => {
    const scenarios = env.book.insertSheet('Scenario map');
    scenarios.insertRowsAfter(1000, size + 10);
    scenarios.getRange(1, 1, 1, 10).setValues([SCENARIO_HEADERS]);
    const rows = Array.from({ length: size }, (_, i) => [
      `SC-${i + 1}`,
      `Scenario ${i + 1}`,
      'Conversion',
      'All contacts',
      'Welcome',
      'Email',
      'Behaviour',
      'Signs up',
      'D+1 · Email · Hello',
      'Idea',
    ]);
    if (size) scenarios.getRange(2, 1, size, 10).setValues(rows);
    const needs = env.book.insertSheet('Data needs');
    needs.getRange(1, 1, 1, 5).setValues([['Scenario', 'Description', 'Variable', 'Source', 'Available']]);
  });
  return env;
}

export const addScenarioBench: BenchAction = {
  name: 'Add a scenario',
  sizes: [10, 100, 1000, 5000],
  unit: 'scenarios in the table',
  arrange,
  run: (bundle) => {
    bundle.addScenario(input);
  },
  // Cell by cell: scan the names one by one for duplicates and the IDs for the next one, write each cell alone.
  naive: (env, size) => {
    const scenarios = env.book.getSheetByName('Scenario map')!;
    let highest = 0;
    for (let r = 2; r <= size + 1; r++) {
      scenarios.getRange(r, 2).getValue();
      highest = Math.max(highest, Number(String(scenarios.getRange(r, 1).getValue()).slice(3)));
    }
    const row = scenarios.getLastRow() + 1;
    const cells = [
      `SC-${highest + 1}`,
      input.name,
      input.programme,
      input.target,
      'Activation',
      input.channel,
      'Behaviour',
      input.trigger,
      formatSequence(input.steps, 'en'),
      'Idea',
    ];
    cells.forEach((value, c) => scenarios.getRange(row, c + 1).setValue(value));
    const needs = env.book.getSheetByName('Data needs')!;
    input.dataNeeds.forEach((need, i) => {
      needs.getRange(2 + i, 1).setValue(input.name);
      needs.getRange(2 + i, 3).setValue(need.variable);
      needs.getRange(2 + i, 4).setValue(need.source);
    });
  },
};
