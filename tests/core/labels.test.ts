import { findLabel, indexLabels, lookUpLabel } from '../../src/core/labels';

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
  it('find the earliest cell holding any spelling that is accepted, ignoring numbers and blanks', () => {
    const index = indexLabels([
      [1, ''],
      ['x', 'Pondérations de la priorité'],
      ['Priority weights', 'Priority Weights'],
    ]);
    expect(lookUpLabel(index, ['Priority weights', 'Pondérations de la priorité'])).toEqual({ row: 1, column: 1 });
    expect(lookUpLabel(index, ['Priority weights'])).toEqual({ row: 2, column: 0 });
    expect(lookUpLabel(index, ['Priority weights'], (cell) => cell.column > 0)).toEqual({ row: 2, column: 1 });
    expect(lookUpLabel(index, ['1'])).toBeNull();
  });
});
