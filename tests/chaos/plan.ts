// Which runs the chaos test plays: by default the aimed runs and a few wandering seeds in both languages; with
// CHAOS_SEED or CHAOS_RUNS set, consecutive seeds to replay or explore.

/**
 * Runs picked because, on the code this test was written against, each one's first break is the weak spot named
 * (the defects listed in issue 9, plus the Sheets faults). Once a defect is fixed its run goes on and may find the
 * next one. Any change to the edit catalogue or the profiles reshuffles every run: pick again with CHAOS_RUNS.
 */
const AIMED: { seed: number; locale: string; aim: string }[] = [
  { seed: 96, locale: 'fr_FR', aim: 'a team weight after a row of the weights area is deleted' },
  { seed: 118, locale: 'en_US', aim: 'a team weight after the first example row is deleted' },
  { seed: 62, locale: 'en_US', aim: 'a note right under the chart data' },
  { seed: 138, locale: 'fr_FR', aim: 'a note right under the chart data' },
  { seed: 42, locale: 'fr_FR', aim: 'team formulas beside the scenario table when a scenario is added' },
  { seed: 107, locale: 'en_US', aim: 'team formulas inside the scenario table when a scenario is added' },
  { seed: 60, locale: 'fr_FR', aim: 'a copy of the header row in row 1 (the French title in A1 is a header label)' },
  { seed: 132, locale: 'en_US', aim: 'a copy of the header row in row 1' },
  { seed: 22, locale: 'en_US', aim: 'a computed column dragged past the weights' },
  { seed: 16, locale: 'en_US', aim: 'set-up when the scenario header is the last row of its tab' },
  { seed: 41, locale: 'fr_FR', aim: 'set-up when the scenario header is the last row of its tab' },
  { seed: 13, locale: 'fr_FR', aim: 'prioritising twice after rows are inserted between use cases' },
  { seed: 25, locale: 'en_US', aim: 'prioritising twice after rows are inserted between use cases' },
  { seed: 32, locale: 'en_US', aim: 'sidebar text Sheets converts ("May 2025")' },
  { seed: 24, locale: 'fr_FR', aim: 'sidebar text Sheets converts ("9:00")' },
  { seed: 6, locale: 'en_US', aim: 'a Sheets fault while prioritising' },
  { seed: 30, locale: 'fr_FR', aim: 'a Sheets fault while prioritising' },
  { seed: 75, locale: 'fr_FR', aim: 'a Sheets fault while adding a scenario' },
  { seed: 316, locale: 'en_US', aim: 'a Sheets fault after the Summary is restyled' },
  { seed: 431, locale: 'fr_FR', aim: 'a Sheets fault at the Summary’s charts' },
];
/** Plain seeds in both languages, aimed at nothing in particular. */
const WANDERING = [1, 2, 3, 4, 5, 7];
const LOCALES = ['en_US', 'fr_FR'];

export function chaosRuns(): [number, string, string][] {
  const env = process.env;
  if (env.CHAOS_SEED || env.CHAOS_RUNS) {
    const first = Number(env.CHAOS_SEED ?? 1);
    const seeds = Array.from({ length: Number(env.CHAOS_RUNS ?? 1) }, (_, i) => first + i);
    const locales = env.CHAOS_LOCALE ? [env.CHAOS_LOCALE] : LOCALES;
    return seeds.flatMap((seed) => locales.map((locale): [number, string, string] => [seed, locale, 'replay']));
  }
  return [
    ...AIMED.map((r): [number, string, string] => [r.seed, r.locale, r.aim]),
    ...WANDERING.flatMap((seed) => LOCALES.map((locale): [number, string, string] => [seed, locale, 'anything'])),
  ];
}

export const STEPS = Number(process.env.CHAOS_STEPS ?? 30);
