// A tab described as data: the grid builder keeps every layer the same shape, and keeps formulas apart from values.
import { GridBuilder } from '../../src/core/tab-spec';

describe('GridBuilder', () => {
  it('puts text, numbers and styles at 1-based cells, every layer the same shape', () => {
    const grid = new GridBuilder(3, 2);
    grid.text(1, 1, 'Title', { bold: true, size: 14 }).text(2, 2, 4, { background: '#cfe2f3', note: 'a weight' });
    expect(grid.grid.values).toEqual([
      ['Title', ''],
      ['', 4],
      ['', ''],
    ]);
    expect(grid.grid.fontWeights[0][0]).toBe('bold');
    expect(grid.grid.fontSizes[0]).toEqual([14, 10]);
    expect(grid.grid.backgrounds).toEqual([
      [null, null],
      [null, '#cfe2f3'],
      [null, null],
    ]);
    expect(grid.grid.notes[1][1]).toBe('a weight');
    for (const layer of Object.values(grid.grid) as unknown[][][])
      expect(layer.map((row) => row.length)).toEqual([2, 2, 2]);
  });

  it('keeps a formula out of the values, to be written with setFormula', () => {
    const grid = new GridBuilder(2, 2);
    grid.formula(2, 1, '=LET(a;1;a)', { wrap: true });
    expect(grid.grid.values[1][0]).toBe('');
    expect(grid.formulas).toEqual([{ row: 2, column: 1, formula: '=LET(a;1;a)' }]);
    expect(grid.grid.wraps[1][0]).toBe(true);
    expect(() => grid.formula(1, 1, 'LET(a;1;a)')).toThrow(/Not a formula/);
  });

  it('styles a block, and refuses a cell outside the grid', () => {
    const grid = new GridBuilder(2, 3);
    grid.area(1, 2, 2, 2, { wrap: true });
    expect(grid.grid.wraps).toEqual([
      [false, true, true],
      [false, true, true],
    ]);
    expect(() => grid.text(3, 1, 'x')).toThrow(/outside the 2×3 grid/);
    expect(() => grid.style(1, 0, {})).toThrow(/outside/);
  });
});
