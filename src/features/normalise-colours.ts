/**
 * "Normalise colours": snaps every recognised shade on the journey map to its legend colour and leaves
 * everything else (text, unknown colours, cells without a colour) exactly as it was: only the cells that change
 * are written, one call per legend colour, so an unfilled cell never gains a white fill.
 */
import { checkTouchpoints, normalisedFills } from '../core/journey';
import { MESSAGES } from '../core/messages';
import { readJourneyMap, writeFillChanges } from '../sheets/journey-map';
import { writeAll } from '../sheets/journal';
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
  const { language } = workbook;
  const summary = withDocumentLock(language, () => {
    const map = readJourneyMap(workbook);
    const { changes } = normalisedFills(map.grid, map.matrix, map.rules);
    writeAll(language, MESSAGES.menuNormalise[language], (journal) => writeFillChanges(map.sheet, changes, journal));
    const report = checkTouchpoints(map.grid, map.matrix, map.rules);
    const leftAlone = report.problems.filter((p) => p.problem !== 'colour-without-touchpoint').length;
    return { checked: report.checked, normalised: changes.length, leftAlone };
  });
  toast(
    workbook,
    MESSAGES.normaliseDone[language](summary.normalised, summary.leftAlone),
    MESSAGES.colourTitle[language],
  );
  return summary;
}
