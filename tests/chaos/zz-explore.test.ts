import { writeFileSync } from 'node:fs';
import { restartTheClock, stopTheClock } from './clock';
import { formatReport, runChaos } from './runner';
beforeAll(stopTheClock);
afterAll(restartTheClock);
it('explores', () => {
  const first = Number(process.env.X_FROM ?? 1);
  const n = Number(process.env.X_RUNS ?? 10);
  const locales = (process.env.X_LOCALES ?? 'en_US,fr_FR').split(',');
  const steps = Number(process.env.X_STEPS ?? 30);
  const out: unknown[] = [];
  const t0 = Date.now();
  for (let seed = first; seed < first + n; seed++)
    for (const locale of locales) {
      const start = performance.now();
      let run;
      try {
        run = runChaos(seed, locale, steps);
      } catch (e) {
        out.push({ seed, locale, crash: String((e as Error).stack).slice(0, 1500) });
        continue;
      }
      out.push({
        seed,
        locale,
        profile: run.profile,
        ms: Math.round(performance.now() - start),
        invariant: run.broke?.invariant,
        detail: run.broke?.detail,
        report: run.broke ? formatReport(run) : undefined,
        steps: run.steps.filter((l) => !l.startsWith('team:')).map((l) => {
          const m = /^(\w+)(?: again)?.*→ (ok|refused|THREW)( \(the planned fault fired\))?/.exec(l);
          return m ? `${m[1]}${l.includes(' again,') ? '#again' : ''} ${m[2]}${m[3] ? ' fault' : ''}` : l.slice(0, 40);
        }),
      });
    }
  void t0;
  writeFileSync(process.env.X_OUT ?? '/tmp/scratch/explore.json', JSON.stringify(out, null, 1));
});
