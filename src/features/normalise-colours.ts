/**
 * "Normalise colours": snaps every recognised shade on the journey map to its legend colour, in one write,
 * and leaves everything else (text, unknown colours, cells without a colour) as it was.
 */
import { checkTouchpoints, normalisedFills } from '../core/journey';
import { MESSAGES } from '../core/messages';
import { readJourneyMap, writeMatrixFills } from '../sheets/journey-map';
import { withDocumentLock } from '../sheets/lock';
import { openWorkbook } from '../sheets/workbook';
import { toast } from '../ui/notify';

export interface NormaliseSummary {
  checked: number;
  normalised: number;
  /** Touchpoints left alone because their colour matches no status, or they have none. */
  leftAlone: number;
}

export function normaliseColours(): NormaliseSummary {
  const workbook = openWorkbook();
  const summary = withDocumentLock(workbook.language, () => {
    const map = readJourneyMap(workbook);
    const { fills, changed } = normalisedFills(map.grid, map.matrix, map.rules);
    if (changed > 0) writeMatrixFills(map, fills);
    const report = checkTouchpoints(map.grid, map.matrix, map.rules);
    const leftAlone = report.problems.filter((p) => p.problem !== 'colour-without-touchpoint').length;
    return { checked: report.checked, normalised: changed, leftAlone };
  });
  toast(
    workbook,
    MESSAGES.normaliseDone[workbook.language](summary.normalised, summary.leftAlone),
    MESSAGES.colourTitle[workbook.language],
  );
  return summary;
}
