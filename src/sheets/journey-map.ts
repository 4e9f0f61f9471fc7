/**
 * Reads the journey map in two calls (its values and its fills, as one block each) and finds the matrix and the
 * legend in them. A missing tab, anchor or legend is a message that says how to fix it.
 */
import { a1 } from '../core/a1';
import { ColourRules, rulesFromLegend } from '../core/colours';
import { FillChange, JourneyGrid, JourneyMatrix, locateJourneyMap, readLegend } from '../core/journey';
import { MESSAGES, UserFacingError } from '../core/messages';
import { LEGEND_LABELS } from '../core/vocabulary';
import { Journal } from './journal';
import { Sheet } from './types';
import { Workbook, requireTab } from './workbook';

export interface JourneyMap {
  sheet: Sheet;
  grid: JourneyGrid;
  matrix: JourneyMatrix;
  rules: ColourRules;
}

export function readJourneyMap(workbook: Workbook): JourneyMap {
  const { language } = workbook;
  const sheet = requireTab(workbook, 'journeyMap');
  const block = sheet.getDataRange();
  const grid: JourneyGrid = { values: block.getValues(), backgrounds: block.getBackgrounds() };
  const tabName = sheet.getName();
  const matrix = locateJourneyMap(grid.values, language);
  if (!matrix) throw new UserFacingError(MESSAGES.missingJourneyAnchor[language](tabName));
  const legend = readLegend(grid, matrix, language);
  if (!legend.ok) {
    if (legend.missing.length) {
      throw new UserFacingError(
        MESSAGES.missingLegend[language](
          tabName,
          legend.missing.map((s) => LEGEND_LABELS[s][language]),
        ),
      );
    }
    const first = legend.unfilled[0];
    throw new UserFacingError(MESSAGES.unfilledLegend[language](LEGEND_LABELS[first.status][language], first.cell));
  }
  return { sheet, grid, matrix, rules: rulesFromLegend(legend.legend) };
}

/**
 * Writes fill changes with one RangeList call per colour (at most one per legend colour, whatever the map's size),
 * touching no other cell. Taking it back refills each cell with the colour it had, one call per colour.
 */
export function writeFillChanges(sheet: Sheet, changes: readonly FillChange[], journal: Journal): void {
  for (const [colour, cells] of cellsByColour(changes, (c) => c.to)) {
    sheet.getRangeList(cells).setBackground(colour);
    const written = changes.filter((c) => c.to === colour);
    journal.done(() => {
      for (const [previous, back] of cellsByColour(written, (c) => c.from))
        sheet.getRangeList(back).setBackground(previous);
    });
  }
}

/** The A1 addresses of the changes, grouped by a colour. */
function cellsByColour(
  changes: readonly FillChange[],
  colourOf: (change: FillChange) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const change of changes) {
    const cells = groups.get(colourOf(change)) ?? [];
    cells.push(a1(change.row + 1, change.column + 1));
    groups.set(colourOf(change), cells);
  }
  return groups;
}
