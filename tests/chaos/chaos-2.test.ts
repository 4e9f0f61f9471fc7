// The second half of the chaos test's runs (see chaos.test.ts and plan.ts), played beside the first.
import { restartTheClock, stopTheClock } from './clock';
import { STEPS, chaosRuns } from './plan';
import { formatReport, runChaos } from './runner';

describe('chaos: a team edits the workbook while using every action (second half)', () => {
  beforeAll(stopTheClock);
  afterAll(restartTheClock);

  it.each(chaosRuns(1))('seed %i in %s (aims at: %s) keeps every invariant', (seed, locale) => {
    const run = runChaos(seed, locale, STEPS);
    if (run.broke) throw new Error(formatReport(run));
    expect(run.steps.length).toBeGreaterThanOrEqual(STEPS);
  });
});
