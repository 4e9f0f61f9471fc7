import { writeFileSync } from 'node:fs';
import { restartTheClock, stopTheClock } from './clock';
import { Chaos } from './context';
import { playChaos } from './runner';
import { saveBook } from '../../fake';
import { withGlobals } from '../support/env';
import * as main from '../../src/main';
beforeAll(stopTheClock);
afterAll(restartTheClock);
it('debug', () => {
  const ctx = new Chaos(Number(process.env.SEED), process.env.LOC ?? 'en_US');
  const run = playChaos(ctx, Number(process.env.STEPS));
  console.log(run.steps.slice(-3).join('\n'));
  writeFileSync('/tmp/scratch/book.json', JSON.stringify(saveBook(ctx.env.book)));
  const name = process.env.CALL;
  if (name) {
    withGlobals(ctx.env, () => {
      const features: Record<string, unknown> = {
        prioritiseUseCases: require('../../src/features/prioritise-use-cases').prioritiseUseCases,
        refreshSummary: require('../../src/features/refresh-summary').refreshSummary,
        drawExperienceCurves: require('../../src/features/draw-experience-curves').drawExperienceCurves,
        draftUseCases: require('../../src/features/draft-use-cases').draftUseCases,
      };
      void main;
      try {
        console.log(JSON.stringify((features[name] as (...a: unknown[]) => unknown)(...JSON.parse(process.env.ARGS ?? '[]'))).slice(0, 2000));
      } catch (e) {
        console.log('THREW', (e as Error).stack);
      }
    });
  }
});
