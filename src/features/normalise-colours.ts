/**
 * "Normalise colours": snaps every recognised shade on every journey map to its legend colour and leaves
 * everything else (text, unknown colours, cells without a colour) exactly as it was: only the cells that change
 * are written, one call per legend colour and map, so an unfilled cell never gains a white fill.
 */
import { checkTouchpoints, normalisedFills } from '../core/journey';
import { MESSAGES } from '../core/messages';
import { readJourneyMaps, writeFillChanges } from '../sheets/journey-map';
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
    const maps = readJourneyMaps(workbook).map((map) => ({
      map,
      changes: normalisedFills(map.grid, map.matrix, map.rules).changes,
      report: checkTouchpoints(map.grid, map.matrix, map.rules),
    }));
    writeAll(language, MESSAGES.menuNormalise[language], (journal) => {
      for (const { map, changes } of maps) writeFillChanges(map.sheet, changes, journal);
    });
    return {
      checked: maps.reduce((sum, m) => sum + m.report.checked, 0),
      normalised: maps.reduce((sum, m) => sum + m.changes.length, 0),
      leftAlone: maps.reduce(
        (sum, m) => sum + m.report.problems.filter((p) => p.problem !== 'colour-without-touchpoint').length,
        0,
      ),
    };
  });
  toast(
    workbook,
    MESSAGES.normaliseDone[language](summary.normalised, summary.leftAlone),
    MESSAGES.colourTitle[language],
  );
  return summary;
}
