/**
 * A writing action's writes, each with the way to take it back. When one fails halfway (a quota, a network
 * error), the ones before it are taken back, last first, so the sheet is left as it was and the person is told so.
 */
import { Language } from '../core/language';
import { MESSAGES, UserFacingError, reasonOf } from '../core/messages';
import { TabContent } from '../core/table';
import { Written, toInputs } from './cell-input';
import { CellValue, Sheet } from './types';

export class Journal {
  private readonly undo: (() => void)[] = [];

  /** Records how to take back a write that just succeeded. */
  done(takeBack: () => void): void {
    this.undo.push(takeBack);
  }

  get empty(): boolean {
    return this.undo.length === 0;
  }

  /** Takes back every recorded write, last first. */
  rollBack(): void {
    for (const step of [...this.undo].reverse()) step();
    this.undo.length = 0;
  }

  /**
   * Writes a block of values at a 1-based cell, remembering what the cells held in `before` (the tab as read
   * before any write), so taking it back restores them exactly.
   */
  write(sheet: Sheet, row: number, column: number, values: readonly (readonly Written[])[], before: TabContent): void {
    const range = sheet.getRange(row, column, values.length, values[0].length);
    const previous = previousCells(before, row - 1, column - 1, values.length, values[0].length);
    range.setValues(toInputs(values));
    this.done(() => range.setValues(toInputs(previous)));
  }
}

/**
 * What a block of cells (0-based) held, to write back: its formula, or its value. Cells outside what was read
 * were empty.
 */
export function previousCells(
  before: TabContent,
  row: number,
  column: number,
  rows: number,
  columns: number,
): Written[][] {
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const formula = before.formulas[row + r]?.[column + c];
      if (formula) return { formula };
      return (before.values[row + r]?.[column + c] as CellValue | undefined) ?? '';
    }),
  );
}

/**
 * Runs an action's writes. A refusal before any write passes as it is; any failure after a write takes every
 * write back and becomes the message `failed(reason)`, which says nothing was changed.
 */
export function writeAll<T>(
  language: Language,
  action: string,
  writes: (journal: Journal) => T,
  failed: (reason: string) => string = (reason) => MESSAGES.actionFailed[language](action, reason),
): T {
  const journal = new Journal();
  try {
    return writes(journal);
  } catch (error) {
    if (error instanceof UserFacingError && journal.empty) throw error;
    const reason = reasonOf(error);
    try {
      journal.rollBack();
    } catch {
      throw new UserFacingError(MESSAGES.actionHalfUndone[language](action, reason));
    }
    throw new UserFacingError(failed(reason));
  }
}
