/** `npm run bench`: every user action at growing sizes, shipped version beside a naive one. */
import { formatTable, runAction } from './harness';
import { setUpBench } from './set-up';

const actions = [setUpBench];
const rows = actions.flatMap(runAction);
console.log(formatTable(rows));
