/** `npm run bench`: every user action at growing sizes, shipped version beside a naive one. */
import { addScenarioBench } from './add-scenario';
import { draftBench, summaryBench } from './chain';
import { normaliseBench, validateBench } from './colour-codes';
import { formatTable, runAction } from './harness';
import { addPersonaBench, drawCurvesBench } from './personas';
import { getIdeasBench, ideaAsUseCaseBench, placeIdeaBench } from './ideas';
import { prioritiseBench, scoreManyRows } from './prioritise';
import { setUpBench } from './set-up';

const actions = [
  setUpBench,
  addPersonaBench,
  validateBench,
  normaliseBench,
  draftBench,
  drawCurvesBench,
  prioritiseBench,
  addScenarioBench,
  summaryBench,
  getIdeasBench,
  placeIdeaBench,
  ideaAsUseCaseBench,
];
const rows = actions.flatMap(runAction);
console.log(formatTable(rows));
const pure = scoreManyRows();
console.log(
  `\nPure scoring and ranking of ${pure.rows.toLocaleString('en')} use cases (no Sheets): ${pure.ms.toFixed(0)} ms`,
);
