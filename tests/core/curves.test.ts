// The experience curves' chart data, decided in memory: the rows each curve plots, the personas' stages merged, and
// the block the add-on owns beside a map (found again by its title, moved rather than written over a team's cell).
import { comparisonRows, curveRows, locateCurveBlock, mergeStages, planCurveBlocks } from '../../src/core/curves';
import { planOwnedBlock } from '../../src/core/data-block';
import { locateJourneyMap } from '../../src/core/journey';
import { TabContent } from '../../src/core/table';
import { CURVE_LABELS } from '../../src/core/vocabulary';

const DATA = CURVE_LABELS.dataTitle.en;
const COMPARISON = CURVE_LABELS.comparisonDataTitle.en;
const young = {
  label: 'Young parents',
  points: [
    { stage: 'Discover', experience: 3 },
    { stage: 'Buy', experience: null },
    { stage: 'Come back', experience: 5 },
  ],
};
const seniors = {
  label: 'Seniors',
  points: [
    { stage: 'Discover', experience: 2 },
    { stage: 'Call us', experience: 1 },
    { stage: 'buy', experience: 4 },
  ],
};

/** A tab of 30 rows × 10 columns with cells at 0-based [row, column], and formulas and notes where asked. */
function tab(cells: [number, number, unknown][], formulas: [number, number, string][] = []): TabContent {
  const values = Array.from({ length: 30 }, () => new Array<unknown>(10).fill(''));
  for (const [r, c, v] of cells) values[r][c] = v;
  const f = Array.from({ length: 30 }, () => new Array<string>(10).fill(''));
  for (const [r, c, v] of formulas) f[r][c] = v;
  return { values, formulas: f, notes: [] };
}

/** A map at A1: Channel + three stages, one channel, then the Experience lane at row 4 (0-based 3). */
const MAP: [number, number, unknown][] = [
  [0, 0, 'Channel'],
  [0, 1, 'Discover'],
  [0, 2, 'Buy'],
  [0, 3, 'Come back'],
  [1, 0, 'Website'],
  [3, 0, 'Experience (1–5)'],
  [3, 1, 3],
  [3, 3, 5],
];

/** The block as a run leaves it, from a 0-based row in column A. */
function block(row: number): [number, number, unknown][] {
  return [
    [row, 0, DATA],
    [row + 1, 0, 'Stage'],
    [row + 1, 1, 'Young parents'],
    [row + 2, 0, 'Discover'],
    [row + 2, 1, 3],
    [row + 3, 0, 'Buy'],
    [row + 4, 0, 'Come back'],
    [row + 4, 1, 5],
  ];
}

describe('curve rows', () => {
  it('are a header, then one row per stage in map order, blank for a gap', () => {
    expect(curveRows(young, 'fr')).toEqual([
      ['Étape', 'Young parents'],
      ['Discover', 3],
      ['Buy', ''],
      ['Come back', 5],
    ]);
  });

  it('merge the personas’ stages in journey order, each line blank where its map has no such stage', () => {
    expect(mergeStages([['A', 'B', 'C'], ['A', 'X', 'b', 'Y'], ['Z']])).toEqual(['A', 'X', 'B', 'Y', 'C', 'Z']);
    expect(
      mergeStages([
        ['A', 'B'],
        ['W', 'b', 'C'],
      ]),
    ).toEqual(['A', 'W', 'B', 'C']);
    expect(comparisonRows([young, seniors], 'en')).toEqual([
      ['Stage', 'Young parents', 'Seniors'],
      ['Discover', 3, 2],
      ['Call us', '', 1],
      ['Buy', '', 4],
      ['Come back', 5, ''],
    ]);
  });
});

describe('the curve block', () => {
  const matrix = (content: TabContent) => locateJourneyMap(content.values, 'en')!;

  it('goes below everything in the map’s first two columns the first time, after one blank row', () => {
    const content = tab(MAP);
    const { own, comparison } = planCurveBlocks(content, matrix(content), young, null, 'en');
    expect(comparison).toBeNull();
    expect(own!.write).toEqual({
      at: { row: 5, column: 0 },
      values: [
        [DATA, ''],
        ['Stage', 'Young parents'],
        ['Discover', 3],
        ['Buy', ''],
        ['Come back', 5],
      ],
    });
    expect(own!.clear).toEqual([]);
    expect(own!.data).toEqual({ row: 6, column: 0, numRows: 4, numColumns: 2 });
  });

  it('is found again by its title and rewritten in place: a second run writes the same cells', () => {
    const content = tab([...MAP, ...block(5)]);
    expect(locateCurveBlock(content, CURVE_LABELS.dataTitle, [young], 'en')).toEqual({
      title: { row: 5, column: 0 },
      lastRow: 9,
      width: 2,
    });
    const { own } = planCurveBlocks(content, matrix(content), young, null, 'en');
    expect(own!.write.at).toEqual({ row: 6, column: 0 });
    expect(own!.write.values).toEqual([
      ['Stage', 'Young parents'],
      ['Discover', 3],
      ['Buy', ''],
      ['Come back', 5],
    ]);
  });

  it('moves below a note a team typed under it instead of writing over it, and empties its old cells', () => {
    const content = tab([...MAP, ...block(5), [10, 0, 'Our note']]);
    const longer = { ...young, points: [...young.points, { stage: 'Recommend', experience: 4 }] };
    const { own } = planCurveBlocks(content, matrix(content), longer, null, 'en');
    expect(own!.write.at).toEqual({ row: 12, column: 0 });
    expect(own!.clear).toEqual([
      { at: { row: 5, column: 0 }, values: [['']] },
      {
        at: { row: 6, column: 0 },
        values: [
          ['', ''],
          ['', ''],
          ['', ''],
          ['', ''],
        ],
      },
    ]);
    expect(own!.keeps({ row: 10, column: 0 })).toBe(false);
  });

  it('ends at a team row that is not its own (a note, a formula, a number outside 1–5)', () => {
    for (const extra of [
      [
        [10, 0, 'Total'],
        [10, 1, 12],
      ],
      [
        [10, 0, 'Discover'],
        [10, 1, 'see notes'],
      ],
    ] as [number, number, unknown][][]) {
      expect(
        locateCurveBlock(tab([...MAP, ...block(5), ...extra]), CURVE_LABELS.dataTitle, [young], 'en')?.lastRow,
      ).toBe(9);
    }
    const withFormula = tab([...MAP, ...block(5), [10, 0, 'Discover']], [[10, 1, '=1+1']]);
    expect(locateCurveBlock(withFormula, CURVE_LABELS.dataTitle, [young], 'en')?.lastRow).toBe(9);
  });

  it('keeps a stage row of a renamed stage when it holds a rating, and a gap row only of a stage of today', () => {
    const content = tab([...MAP, ...block(5), [10, 0, 'Old stage'], [10, 1, 2], [11, 0, 'Gone stage']]);
    expect(locateCurveBlock(content, CURVE_LABELS.dataTitle, [young], 'en')?.lastRow).toBe(10);
  });

  it('empties the rows and columns it no longer needs when it shrinks', () => {
    const old = tab([
      [0, 0, COMPARISON],
      [1, 0, 'Stage'],
      [1, 1, 'Young parents'],
      [1, 2, 'Seniors'],
      [2, 0, 'Discover'],
      [2, 1, 3],
      [2, 2, 2],
      [3, 0, 'Buy'],
      [3, 2, 4],
      [1, 3, 'Team note beside the header'],
    ]);
    const found = locateCurveBlock(old, CURVE_LABELS.comparisonDataTitle, [young], 'en');
    expect(found).toEqual({ title: { row: 0, column: 0 }, lastRow: 3, width: 3 });
    const plan = planOwnedBlock(old, found, { row: 0, column: 0 }, COMPARISON, [
      ['Stage', 'Young parents'],
      ['Discover', 3],
    ]);
    expect(plan.write).toEqual({
      at: { row: 1, column: 0 },
      values: [
        ['Stage', 'Young parents', ''],
        ['Discover', 3, ''],
        ['', '', ''],
      ],
    });
  });

  it('puts the comparison beside the own block, never on its cells', () => {
    const content = tab(MAP);
    const { own, comparison } = planCurveBlocks(content, matrix(content), young, [young, seniors], 'en');
    expect(comparison!.write.at).toEqual({ row: 5, column: 3 });
    expect(comparison!.data).toEqual({ row: 6, column: 3, numRows: 5, numColumns: 3 });
    for (let r = 0; r < 12; r++)
      for (let c = 0; c < 10; c++)
        expect(own!.keeps({ row: r, column: c }) && comparison!.keeps({ row: r, column: c })).toBe(false);
  });
});
