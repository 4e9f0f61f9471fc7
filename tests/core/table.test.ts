import { findLabel, headerSpellings, indexLabels, locateTable, lookUpLabel } from '../../src/core/table';
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
    const table = locateTable(grid, labels, required);
    expect(table).toEqual({
      headerRow: 2,
      columns: { difficulty: 2, useCase: 3, id: 4 },
      firstColumn: 1,
      lastColumn: 4,
      lastRow: 5,
    });
  });

  it('finds French headers from an English sheet, and the other way round', () => {
    const grid = [
      ["Cas d'usage", 'Difficulté'],
      ['x', 1],
    ];
    expect(locateTable(grid, labels, required)?.columns).toEqual({ useCase: 0, difficulty: 1 });
  });

  it('stops the span at a blank header cell, so a settings area beside the table is not part of it', () => {
    const grid = [
      ['Use case', 'Difficulty', '', 'Priority weights'],
      ['a', 1, '', 'x'],
    ];
    const table = locateTable(grid, labels, required);
    expect([table?.firstColumn, table?.lastColumn]).toEqual([0, 1]);
  });

  it('returns null when a required header is missing', () => {
    expect(locateTable([['Use case', 'Effort']], labels, required)).toBeNull();
  });
});

describe('findLabel', () => {
  it('finds the first cell with a label in reading order', () => {
    expect(
      findLabel(
        [
          ['', 'x'],
          ['Canal', 'Channel'],
        ],
        ['Channel', 'Canal'],
      ),
    ).toEqual({ row: 1, column: 0 });
    expect(findLabel([['a']], ['Channel'])).toBeNull();
  });
});

describe('indexLabels and lookUpLabel', () => {
  it('find the earliest cell holding any spelling, ignoring numbers and blanks', () => {
    const index = indexLabels([
      [1, ''],
      ['x', 'Pondérations de la priorité'],
      ['Priority weights', 'Priority Weights'],
    ]);
    expect(lookUpLabel(index, ['Priority weights', 'Pondérations de la priorité'])).toEqual({ row: 1, column: 1 });
    expect(lookUpLabel(index, ['Priority weights'])).toEqual({ row: 2, column: 0 });
    expect(lookUpLabel(index, ['1'])).toBeNull();
  });
});
