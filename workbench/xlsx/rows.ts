/**
 * Row heights for wrapped text. Sheets and the workbench grow a row to fit its wrapped cells; LibreOffice keeps the
 * default height of a row the file gives no height, and the wrapped lines then run over the rows below. So a row
 * holding wrapped text gets a height from an estimate of its lines: the text's length against the column's width.
 */
import { FakeSheet } from '../../fake';

/** Points per line of the default font (Calibri 11, the height of a default row). */
const LINE_HEIGHT = 15;
/**
 * The width unit is the widest digit and text is narrower on average: LibreOffice's printed pages fit about 1.15
 * characters of running text per unit. A little less is assumed, so a row errs on the tall side.
 */
const CHARACTERS_PER_UNIT = 1.1;

/** Lines the text takes in a column, its words wrapped whole as both apps wrap them. */
export function linesOf(text: string, widthInCharacters: number): number {
  const perLine = Math.max(1, Math.floor(widthInCharacters * CHARACTERS_PER_UNIT));
  return text.split('\n').reduce((lines, paragraph) => {
    let count = 1;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) used = needed;
      else {
        // A word longer than a line is broken across lines.
        count += used === 0 ? 0 : 1;
        count += Math.max(0, Math.ceil(word.length / perLine) - 1);
        used = word.length % perLine || perLine;
      }
    }
    return lines + count;
  }, 0);
}

/**
 * Whether a cell's text is laid out on several lines: it wraps, or it holds line breaks, which Sheets shows as such
 * whether the cell wraps or not (Excel and LibreOffice need the cell to wrap for that).
 */
export function showsLines(sheet: FakeSheet, row: number, column: number): boolean {
  const shown = sheet.view.valueAt(row, column);
  return shown !== '' && (sheet.view.peek(row, column).format.wrap || String(shown).includes('\n'));
}

/** The height a row needs for its wrapped cells, in points; null when one line does. */
export function rowHeight(sheet: FakeSheet, row: number, width: (column: number) => number): number | null {
  let lines = 1;
  for (let c = 1; c <= sheet.view.size().columns; c++)
    if (showsLines(sheet, row, c)) lines = Math.max(lines, linesOf(String(sheet.view.valueAt(row, c)), width(c)));
  return lines > 1 ? lines * LINE_HEIGHT : null;
}
