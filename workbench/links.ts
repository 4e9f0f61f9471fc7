/**
 * Links in cells: `=HYPERLINK("#gid=<sheetId>&range=<A1>";"label")` is how Sheets (and the add-on's Summary)
 * link to a cell of the same workbook. The page draws such a cell as a link that brings the tab in front and
 * selects the cell; any other address is shown, never followed (the workbench sends nothing outside itself).
 */
import { columnNumber } from '../fake';
import { LinkTarget } from './protocol';

const STRING = '"((?:[^"]|"")*)"';
const HYPERLINK = new RegExp(
  `^=\\s*HYPERLINK\\s*\\(\\s*${STRING}\\s*(?:[;,]\\s*(?:${STRING}|[^)]*)\\s*)?\\)\\s*$`,
  'i',
);
/** The address Sheets gives a link to a cell: the tab's id, then the cell (a range's first cell). */
const IN_WORKBOOK = /^#gid=(\d+)(?:&range=\$?([A-Z]{1,3})\$?(\d+)(?::[$A-Z0-9]*)?)?$/i;
const SPARKLINE = /\bSPARKLINE\s*\(/i;

/** The address a HYPERLINK formula leads to, when it is written as text. */
export function hyperlinkAddress(formula: string): string | null {
  const match = HYPERLINK.exec(formula);
  return match ? match[1].replace(/""/g, '"') : null;
}

/** Where an address leads in this workbook, given each tab's id; null when it leads elsewhere. */
export function linkTarget(address: string, tabs: readonly { id: number; name: string }[]): LinkTarget | null {
  const match = IN_WORKBOOK.exec(address.trim());
  if (!match) return null;
  const tab = tabs.find((t) => t.id === Number(match[1]));
  if (!tab) return null;
  return match[2]
    ? { sheet: tab.name, row: Number(match[3]), column: columnNumber(match[2].toUpperCase()) }
    : { sheet: tab.name, row: 1, column: 1 };
}

/** A formula that draws a sparkline somewhere in it (`=SPARKLINE(…)`, `=IF(…;"";SPARKLINE(…))`). */
export function drawsSparkline(formula: string): boolean {
  return SPARKLINE.test(formula);
}
