/**
 * "Validate colour codes": checks every touchpoint of every journey map (the template's and each persona's) against
 * its legend and reports the cells that are wrong, with frictions and opportunities counted per stage and per
 * channel, per map and in all. It changes no cell.
 */
import { formatColourReports, mergeReports, problemSentence } from '../core/colour-report';
import { ColourProblem, ColourReport, checkTouchpoints } from '../core/journey';
import { MESSAGES } from '../core/messages';
import { readJourneyMapsAndRefusals } from '../sheets/journey-map';
import { openWorkbook } from '../sheets/workbook';
import { showDialog } from '../ui/notify';

type Explained = ColourProblem & { message: string };

/** One map's report, each problem also carrying its sentence in the sheet's language. */
export type MapValidation = Omit<ColourReport, 'problems'> & {
  tab: string;
  persona: string | null;
  problems: Explained[];
};

/** The totals over every map (today's fields), each map's own report, and the maps that could not be checked. */
export type ColourValidation = Omit<ColourReport, 'problems'> & {
  problems: Explained[];
  maps: MapValidation[];
  unchecked: { tab: string; reason: string }[];
};

export function validateColourCodes(): ColourValidation {
  const workbook = openWorkbook();
  const { language } = workbook;
  const read = readJourneyMapsAndRefusals(workbook);
  const maps = read.maps.map((map) => ({
    tab: map.tab,
    persona: map.persona,
    report: checkTouchpoints(map.grid, map.matrix, map.rules),
  }));
  // A map the team broke is named with how to fix it, never passed over: the totals would look complete.
  const unchecked = read.unread.map(({ tab, error }) => ({ tab, reason: error.message }));
  const notes = unchecked.map(({ tab, reason }) => MESSAGES.mapNotChecked[language](tab, reason));
  showDialog(MESSAGES.colourTitle[language], [formatColourReports(maps, language), ...notes].join('\n\n'));
  const explain = (report: ColourReport) => ({
    ...report,
    problems: report.problems.map((p) => ({ ...p, message: problemSentence(p, language) })),
  });
  return {
    ...explain(mergeReports(maps.map((m) => m.report))),
    maps: maps.map((m) => ({ tab: m.tab, persona: m.persona, ...explain(m.report) })),
    unchecked,
  };
}
