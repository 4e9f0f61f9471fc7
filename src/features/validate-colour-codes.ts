/**
 * "Validate colour codes": checks every touchpoint of the journey map against the legend and reports the cells
 * that are wrong, with frictions and opportunities counted per stage and per channel. It changes no cell.
 */
import { formatColourReport, problemSentence } from '../core/colour-report';
import { ColourProblem, ColourReport, checkTouchpoints } from '../core/journey';
import { MESSAGES } from '../core/messages';
import { readJourneyMap } from '../sheets/journey-map';
import { openWorkbook } from '../sheets/workbook';
import { showDialog } from '../ui/notify';

/** The report, each problem also carrying its sentence in the sheet's language. */
export type ColourValidation = Omit<ColourReport, 'problems'> & { problems: (ColourProblem & { message: string })[] };

export function validateColourCodes(): ColourValidation {
  const workbook = openWorkbook();
  const map = readJourneyMap(workbook);
  const report = checkTouchpoints(map.grid, map.matrix, map.rules);
  showDialog(MESSAGES.colourTitle[workbook.language], formatColourReport(report, workbook.language));
  return {
    ...report,
    problems: report.problems.map((p) => ({ ...p, message: problemSentence(p, workbook.language) })),
  };
}
