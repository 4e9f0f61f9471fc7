import {
  TabContent,
  headerSpellings,
  locateTable,
  searchTable,
  sideBySide,
  tableBody,
  valuesOnly,
} from '../../src/core/table';
import { USE_CASE_HEADERS } from '../../src/core/vocabulary';

const labels = headerSpellings(USE_CASE_HEADERS, 'en');
const required = ['useCase', 'difficulty'] as const;

describe('locateTable', () => {
  it('finds the header row wherever it is, with columns in any order and team columns kept in the span', () => {
    const grid = [
      ['Our notes', '', '', '', ''],
      ['', '', '', '', ''],
      ['', 'Owner', 'Difficulty', 'Use case', 'ID'],
      ['', 'Ana', 2, 'Cart reminders', 'UC-1'],
      ['', '', '', '', ''],
      ['', '', 4, '', ''],
      ['', '', '', '', ''],
    ];
    expect(locateTable(valuesOnly(grid), labels, required)).toEqual({
      headerRow: 2,
      columns: { difficulty: 2, useCase: 3, id: 4 },
      firstColumn: 1,
      lastColumn: 4,
      lastRow: 5,
      lastOwnRow: 5,
    });
  });

  it('finds French headers from an English sheet, and the other way round', () => {
    const grid = [
      ["Cas d'usage", 'Difficulté'],
      ['x', 1],
    ];
    expect(locateTable(valuesOnly(grid), labels, required)?.columns).toEqual({ useCase: 0, difficulty: 1 });
  });

  it('stops the span at a blank header cell, so a settings area beside the table is not part of it', () => {
    const grid = [
      ['Use case', 'Difficulty', '', 'Priority weights'],
      ['a', 1, '', 'x'],
    ];
    const table = locateTable(valuesOnly(grid), labels, required);
    expect([table?.firstColumn, table?.lastColumn]).toEqual([0, 1]);
  });

  it('stops the span at another area’s label even with no blank cell between', () => {
    const grid = [
      ['Use case', 'Difficulty', 'Priority weights', 'Owner'],
      ['a', 1, 'x', 'y'],
    ];
    const table = locateTable(valuesOnly(grid), labels, required, ['Priority weights']);
    expect([table?.firstColumn, table?.lastColumn]).toEqual([0, 1]);
  });

  it('returns null when a required header is missing', () => {
    expect(locateTable(valuesOnly([['Use case', 'Effort']]), labels, required)).toBeNull();
  });

  it('does not take a header cut off by another area for part of the table, and says so', () => {
    const grid = [
      ['Use case', 'Owner', '', 'Priority weights', '', 'Difficulty'],
      ['a', 'Ana', '', '', '', 3],
    ];
    const search = searchTable(valuesOnly(grid), labels, required, ['Priority weights']);
    expect(search).toEqual({ found: false, miss: { row: 0, missing: [], apart: ['difficulty'] } });
  });

  it('keeps a blank column the team inserted between two of its headers inside the table', () => {
    const grid = [
      ['ID', '', 'Use case', 'Difficulty', '', 'Priority weights'],
      ['UC-1', '', 'a', 2, '', 'x'],
    ];
    const table = locateTable(valuesOnly(grid), labels, required, ['Priority weights']);
    expect([table?.firstColumn, table?.lastColumn]).toEqual([0, 3]);
  });

  it('never takes a tab title that equals a header label for a header row', () => {
    const grid = [
      ["Cas d'usage", "Cas d'usage", 'Difficulté'],
      ['', '', ''],
      ['ID', "Cas d'usage", 'Difficulté'],
      ['UC-1', 'Relance', 2],
    ];
    // Row 1 holds the labels, but "Cas d'usage" twice in one run: not a header row.
    expect(locateTable(valuesOnly(grid), labels, required)?.headerRow).toBe(2);
  });

  it('prefers the header row with the table under it over a copy pasted above', () => {
    const grid = [
      ['', '', 'Use case', 'Difficulty'],
      ['Help line', '', '', ''],
      ['Use case', 'Difficulty', '', ''],
      ['a', 1, '', ''],
      ['b', 2, '', ''],
    ];
    const table = locateTable(valuesOnly(grid), labels, required);
    expect([table?.headerRow, table?.firstColumn, table?.lastRow]).toEqual([2, 0, 4]);
  });

  it('takes the lower header row, not a copy pasted above, when neither has rows yet', () => {
    // Found by the chaos test (seed 272): every use case deleted, the header copied into row 1, and an idea added as a
    // use case was written under the copy, over the help line's row.
    const grid = [
      ['', 'Use case', 'Difficulty', ''],
      ['Help line', '', '', ''],
      ['Use case', 'Difficulty', '', ''],
      ['', '', '', ''],
    ];
    const table = locateTable(valuesOnly(grid), labels, required);
    expect([table?.headerRow, table?.firstColumn, table?.lastOwnRow]).toEqual([2, 0, 2]);
  });

  it('ends a copy pasted above at the real header row, even one broken by a column dragged away', () => {
    const wide = ['id', 'useCase', 'businessImpact', 'difficulty'] as const;
    const grid = [
      ['', 'ID', 'Use case', 'Business impact', 'Difficulty', '', '', ''],
      ['ID', 'Use case', 'Difficulty', '', 'Priority weights', '', 'Business impact', ''],
      ['UC-1', 'Cart reminders', 2, '', 'Weight', 2, 5, ''],
      ['UC-2', 'Click and collect', 4, '', '', '', 3, ''],
    ];
    // The copy in row 1 has nothing of its own under it: the real table is named as broken, not worked on shifted.
    expect(searchTable(valuesOnly(grid), labels, wide, ['Priority weights'])).toEqual({
      found: false,
      miss: { row: 1, missing: [], apart: ['businessImpact'] },
    });
  });

  it('counts formulas and notes as content: a row holding only a formula that shows nothing is not free', () => {
    const notes = [[], [], [], ['', 'remember', '']];
    const tab: TabContent = {
      values: [
        ['Use case', 'Difficulty', 'Team'],
        ['a', 1, ''],
        ['', '', ''],
        ['', '', ''],
      ],
      formulas: [[], [], ['', '', '=IF(A3="","",A3&" ✔")'], []],
      notes,
    };
    const table = locateTable(tab, labels, required);
    // The note sits in an own column (Difficulty): rows are appended after it; the team formula extends the table.
    expect([table?.lastRow, table?.lastOwnRow]).toEqual([3, 3]);
    notes[3][1] = '';
    expect([locateTable(tab, labels, required)?.lastRow, locateTable(tab, labels, required)?.lastOwnRow]).toEqual([
      2, 1,
    ]);
  });

  it('gives the body rows cut to the table’s columns', () => {
    const grid = [
      ['', 'Use case', 'Difficulty'],
      ['note', 'a', 1],
    ];
    const table = locateTable(valuesOnly(grid), labels, required)!;
    expect(tableBody(grid, table)).toEqual([['a', 1]]);
  });
});

describe('sideBySide', () => {
  it('groups columns into runs of neighbours, in column order', () => {
    expect(sideBySide([9, 2, 3, 5, 8], (c) => c)).toEqual([[2, 3], [5], [8, 9]]);
  });
});
