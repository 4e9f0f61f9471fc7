/**
 * Reads the journey map in two calls (its values and its fills, as one block each) and finds the matrix and the
 * legend in them. A missing tab, anchor or legend is a message that says how to fix it.
 */
import { ColourRules, rulesFromLegend } from '../core/colours';
import { JourneyGrid, JourneyMatrix, locateJourneyMap, readLegend } from '../core/journey';
import { MESSAGES, UserFacingError } from '../core/messages';
import { LEGEND_LABELS } from '../core/vocabulary';
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

/** Writes the matrix's fills back as one block. */
export function writeMatrixFills(map: JourneyMap, fills: string[][]): void {
  const { matrix } = map;
  if (fills.length === 0 || fills[0].length === 0) return;
  map.sheet
    .getRange(matrix.channels[0].row + 1, matrix.stages[0].column + 1, matrix.channels.length, matrix.stages.length)
    .setBackgrounds(fills);
}
