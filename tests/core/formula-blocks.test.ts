// Formulas go in with setFormulas, one call per rectangle of adjacent cells, however many rows it has.
import { formulaBlocks } from '../../src/core/tab-spec';

describe('formulaBlocks', () => {
  it('makes one block of two formula columns side by side, row by row', () => {
    const formulas = [4, 5, 6].flatMap((row) => [
      { row, column: 19, formula: `=T${row}` },
      { row, column: 20, formula: `=L${row}` },
    ]);
    expect(formulaBlocks(formulas)).toEqual([
      {
        row: 4,
        column: 19,
        formulas: [
          ['=T4', '=L4'],
          ['=T5', '=L5'],
          ['=T6', '=L6'],
        ],
      },
    ]);
  });

  it('keeps apart cells that are not adjacent, and runs of different lengths', () => {
    const blocks = formulaBlocks([
      { row: 3, column: 12, formula: '=A' },
      { row: 10, column: 12, formula: '=B' },
      { row: 10, column: 13, formula: '=C' },
      { row: 11, column: 13, formula: '=D' },
    ]);
    expect(blocks).toEqual([
      { row: 3, column: 12, formulas: [['=A']] },
      { row: 10, column: 12, formulas: [['=B']] },
      { row: 10, column: 13, formulas: [['=C'], ['=D']] },
    ]);
  });
});
