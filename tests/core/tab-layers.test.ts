// A TabSpec made into the layers of one block: the template's cells, then its dropdowns and bands to the end.
import { composeLayers } from '../../src/core/tab-layers';
import { GridBuilder, TabSpec } from '../../src/core/tab-spec';

function spec(extra: Partial<TabSpec>): TabSpec {
  const grid = new GridBuilder(2, 2);
  grid.text(1, 1, 'Title', { bold: true, size: 14 }).text(2, 2, 'x', { background: '#cfe2f3', note: 'n' });
  return {
    key: 'useCases',
    name: 'T',
    grid: grid.grid,
    formulas: [],
    validations: [],
    bands: [],
    frozenRows: 0,
    frozenColumns: 0,
    widths: [],
    ...extra,
  };
}

describe('composeLayers', () => {
  it('keeps a tab without dropdowns or bands to its template’s rows, and skips empty note and dropdown layers', () => {
    const plain = spec({
      grid: {
        ...spec({}).grid,
        notes: [
          ['', ''],
          ['', ''],
        ],
      },
    });
    const layers = composeLayers(plain, 1000);
    expect([layers.rows, layers.columns]).toEqual([2, 2]);
    expect(layers.notes).toBeNull();
    expect(layers.validations).toBeNull();
    expect(layers.looks[0][0]).toEqual({ bold: true, color: '#000000', size: 14 });
  });

  it('runs a dropdown or a band to the sheet’s end, widening the block to reach them', () => {
    const rule = { kind: 'list' as const, values: ['1', '2'], help: 'h' };
    const layers = composeLayers(
      spec({
        validations: [{ row: 2, column: 3, numRows: 'toEnd', rule }],
        bands: [{ column: 2, numColumns: 1, fromRow: 2, style: { background: '#efefef', wrap: true } }],
      }),
      10,
    );
    expect([layers.rows, layers.columns]).toEqual([10, 3]);
    expect(layers.validations?.map((row) => row[2])).toEqual([null, ...new Array(9).fill(rule)]);
    expect(layers.backgrounds.map((row) => row[1])).toEqual([null, ...new Array(9).fill('#efefef')]);
    expect(layers.wraps[9]).toEqual([false, true, false]);
    expect(layers.values[9]).toEqual(['', '', '']);
    expect(layers.notes?.[1][1]).toBe('n');
  });
});
