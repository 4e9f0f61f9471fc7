/** RangeList: several ranges of one sheet, changed in one call. */
import { CallLog } from './calls';
import { countCalls } from './counting';
import type { FakeRange } from './range';

export interface RangeListView {
  readonly log: CallLog;
  readonly ranges: readonly FakeRange[];
}

export class FakeRangeList {
  readonly view: RangeListView;

  constructor(log: CallLog, ranges: FakeRange[]) {
    this.view = { log, ranges };
  }

  getRanges(): FakeRange[] {
    return [...this.view.ranges];
  }
  // Each range's own call runs inside this one, so it is not counted again.
  setBackground(colour: string | null): this {
    this.view.ranges.forEach((range) => range.setBackground(colour));
    return this;
  }
  setValue(value: unknown): this {
    this.view.ranges.forEach((range) => range.setValue(value));
    return this;
  }
}

const RANGE_LIST_API = [
  'getRanges',
  'setBackground',
  'setValue',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.RangeList)[];
countCalls(FakeRangeList, 'RangeList', RANGE_LIST_API);
