/** `npm run bench`: every user action at growing sizes, shipped version beside a naive one. */
import { formatTable, runAction } from './harness';
import { normaliseBench, validateBench } from './colour-codes';
import { setUpBench } from './set-up';

const actions = [setUpBench, validateBench, normaliseBench];
const rows = actions.flatMap(runAction);
console.log(formatTable(rows));
