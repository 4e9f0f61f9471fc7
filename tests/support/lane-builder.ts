/** Adds stage lanes to journey maps built in a fake spreadsheet, for tests and the benchmark. */
import { FakeSheet } from '../../fake';

/**
 * Writes an Experience lane: its label at a 1-based cell (the anchor's column, usually, under the map after a blank
 * row) and the ratings to its right, one per stage, as a person would type them.
 */
export function addExperienceLane(
  sheet: FakeSheet,
  at: { row: number; column: number },
  ratings: readonly unknown[],
  label = 'Experience (1–5)',
): void {
  sheet.view.book.log.uncounted(() => {
    sheet.getRange(at.row, at.column, 1, ratings.length + 1).setValues([[label, ...ratings]]);
  });
}

/** Ratings 1 to 5 for `stages` stages, deterministic, with a gap every seventh stage. */
export function someRatings(stages: number): (number | string)[] {
  return Array.from({ length: stages }, (_, i) => (i % 7 === 6 ? '' : 1 + ((i * 3) % 5)));
}
