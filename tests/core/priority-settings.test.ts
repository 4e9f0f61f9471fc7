// The settings area beside the use-case table, decided in memory: where each part is, what the add-on may
// write, and where the chart-data block goes, with a team's cells around it.
import { locateSettings, planBlock, planWeights, readWeights } from '../../src/core/priority-settings';
import { TabContent, TableBounds } from '../../src/core/table';

const TABLE: TableBounds = { headerRow: 2, lastRow: 7, firstColumn: 0, lastColumn: 9 };
const TITLE = 'Priority weights';
const WB = 'Weight of business impact (wB)';
const WC = 'Weight of customer experience impact (wC)';
const DATA = 'Priority matrix data (written by Prioritise use cases)';
const HEADER = ['Use case', 'Difficulty (1 easy – 5 hard)', 'Value (1 low – 5 high)'];

/** A tab of `rows` rows with cells put at 0-based [row, column]. */
function tab(
  rows: number,
  cells: [number, number, unknown][],
  formulas: [number, number, string][] = [],
): TabContent & { values: unknown[][]; formulas: string[][] } {
  const values = Array.from({ length: rows }, () => new Array<unknown>(16).fill(''));
  for (const [r, c, v] of cells) values[r][c] = v;
  const f = Array.from({ length: rows }, () => new Array<string>(16).fill(''));
  for (const [r, c, v] of formulas) f[r][c] = v;
  return { values, formulas: f, notes: [] };
}

const template = (extra: [number, number, unknown][] = []): [number, number, unknown][] => [
  [2, 11, TITLE],
  [3, 11, WB],
  [3, 12, 1],
  [4, 11, WC],
  [4, 12, 2],
  ...extra,
];

describe('locateSettings and readWeights', () => {
  it('finds each part by its label and reads the team’s weights', () => {
    const content = tab(20, template());
    const layout = locateSettings(content, TABLE, 'en');
    expect(layout).toMatchObject({ title: { row: 2, column: 11 }, titleFound: true, block: null });
    expect(planWeights(content, TABLE, layout, planBlock(content, layout, [], 'en'), 'en')).toEqual({
      writes: [],
      displaced: [],
    });
    expect(readWeights(content, layout, 'en')).toEqual({ business: 1, customer: 2 });
  });

  it('ignores a label inside the use-case table', () => {
    const content = tab(20, [[5, 3, TITLE]]);
    const layout = locateSettings(content, TABLE, 'en');
    expect(layout.title).toEqual({ row: 2, column: 17 }); // right of everything, one blank column apart
    const weights = planWeights(content, TABLE, layout, planBlock(content, layout, [], 'en'), 'en');
    expect(weights.writes.map((w) => w.part)).toEqual(['title', 'business', 'customer']);
  });

  it('puts a lost label back in the first free line of the area, never over a cell that holds something', () => {
    const content = tab(20, [
      [2, 11, TITLE],
      [3, 11, WC],
      [3, 12, 2],
    ]);
    const layout = locateSettings(content, TABLE, 'en');
    const weights = planWeights(content, TABLE, layout, planBlock(content, layout, [], 'en'), 'en');
    expect(weights).toEqual({
      writes: [{ part: 'business', at: { row: 4, column: 11 }, values: [[WB, 1]] }],
      displaced: [],
    });
    expect(readWeights(content, layout, 'en')).toEqual({ business: 1, customer: 2 });
  });

  it('counts a cell the chart-data block empties this run as free, so a second run puts nothing new there', () => {
    const content = tab(20, [
      [2, 11, TITLE],
      [3, 11, DATA],
      ...HEADER.map((h, i) => [4, 11 + i, h] as [number, number, unknown]),
      [5, 11, 'UC-1'],
      [5, 12, 2],
      [5, 13, 3],
    ]);
    const layout = locateSettings(content, TABLE, 'en');
    const block = planBlock(content, layout, [], 'en'); // no point left: row 6 (0-based 5) is emptied
    expect(planWeights(content, TABLE, layout, block, 'en')).toEqual({
      writes: [{ part: 'business', at: { row: 5, column: 11 }, values: [[WB, 1]] }],
      displaced: ['customer'],
    });
  });

  it('refuses a weight that is not a number from 0 up, naming its cell, in French too', () => {
    const content = tab(20, template([[3, 12, 'lots']]));
    expect(() => readWeights(content, locateSettings(content, TABLE, 'fr'), 'fr')).toThrow(/en M4/);
  });
});

describe('planBlock', () => {
  const points = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ label: `UC-${i + 1}`, difficulty: 2, value: 3.5 }));
  const block = (rows: number, extra: [number, number, unknown][] = []) =>
    tab(
      30,
      template([
        [6, 11, DATA],
        ...HEADER.map((h, i) => [7, 11 + i, h] as [number, number, unknown]),
        ...Array.from(
          { length: rows },
          (_, r) =>
            [
              [8 + r, 11, `UC-${r + 1}`],
              [8 + r, 12, 2],
              [8 + r, 13, 3.5],
            ] as [number, number, unknown][],
        ).flat(),
        ...extra,
      ]),
    );

  it('writes a new block under the weights, title first', () => {
    const content = tab(30, template());
    const plan = planBlock(content, locateSettings(content, TABLE, 'en'), points(2), 'en');
    expect(plan.write.at).toEqual({ row: 6, column: 11 });
    expect(plan.write.values).toEqual([[DATA, '', ''], HEADER, ['UC-1', 2, 3.5], ['UC-2', 2, 3.5]]);
    expect(plan.plotted).toEqual({ row: 7, column: 12, numRows: 3 });
  });

  it('rewrites the block in place, blanking the points the last run left beyond the new ones', () => {
    const content = block(4);
    const plan = planBlock(content, locateSettings(content, TABLE, 'en'), points(2), 'en');
    expect(plan.write.at).toEqual({ row: 7, column: 11 });
    expect(plan.write.values).toHaveLength(5);
    expect(plan.write.values.slice(3)).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(plan.clear).toEqual([]);
  });

  it('measures the block through blank rows inserted in it, and stops at the team’s note', () => {
    const content = block(3, [[20, 11, 'note']]);
    content.values.splice(9, 0, new Array(16).fill('')); // a row inserted between two points
    const layout = locateSettings(content, TABLE, 'en');
    expect(layout.block).toEqual({ title: { row: 6, column: 11 }, lastRow: 11 });
  });

  it('moves below a note typed right under it when it grows, and empties its old place', () => {
    const content = block(2, [[10, 11, 'our note']]);
    const plan = planBlock(content, locateSettings(content, TABLE, 'en'), points(3), 'en');
    expect(plan.write.at).toEqual({ row: 12, column: 11 });
    expect(plan.clear).toEqual([
      { at: { row: 6, column: 11 }, values: [['']] },
      {
        at: { row: 7, column: 11 },
        values: [
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
      },
    ]);
  });

  it('moves a block left with its title alone (its rows deleted) below a note under it, emptying only the title', () => {
    // Found by the chaos test: a column of the block deleted, then a note under its title; the plan held an empty
    // write, which failed the whole run with a TypeError.
    const content = tab(
      30,
      template([
        [6, 11, DATA],
        [7, 11, 'our note'],
      ]),
    );
    const layout = locateSettings(content, TABLE, 'en');
    expect(layout.block).toEqual({ title: { row: 6, column: 11 }, lastRow: 6 });
    const plan = planBlock(content, layout, points(1), 'en');
    expect(plan.write.at).toEqual({ row: 9, column: 11 });
    expect(plan.clear).toEqual([{ at: { row: 6, column: 11 }, values: [['']] }]);
  });

  it('takes a row holding a formula for the team’s, not a point', () => {
    const content = block(2);
    content.formulas[10][11] = '=A1';
    content.values[10][11] = 'UC-9';
    content.values[10][12] = 1;
    content.values[10][13] = 1;
    expect(locateSettings(content, TABLE, 'en').block?.lastRow).toBe(9);
  });
});
