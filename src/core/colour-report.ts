/** The colour-code report as people read it: totals, frictions and opportunities per stage and channel, problems. */
import { ColourReport } from './journey';
import { Language } from './language';
import { MAX_LISTED_IN_DIALOG, MESSAGES, capped } from './messages';

/** Stages (and channels) listed in the breakdown before the rest are counted. */
export const MAX_BREAKDOWN_LINES = 6;

export function problemSentence(problem: ColourReport['problems'][number], language: Language): string {
  return MESSAGES.problemKinds[language][problem.problem](problem.colour);
}

export function formatColourReport(report: ColourReport, language: Language): string {
  const { counts } = report;
  const lines = [
    MESSAGES.colourTotals[language](
      report.checked,
      report.byStage.length,
      report.byChannel.length,
      counts.normal,
      counts.friction,
      counts.opportunity,
    ),
  ];
  // The stages and channels with the most frictions and opportunities first, the rest counted: a 30-stage map
  // must still give a dialog people read rather than scroll.
  const breakdown = (heading: string, rows: { label: string; friction: number; opportunity: number }[]): void => {
    const shown = rows
      .filter((r) => r.friction + r.opportunity > 0)
      .map((r, order) => ({ ...r, order }))
      .sort((a, b) => b.friction + b.opportunity - (a.friction + a.opportunity) || a.order - b.order)
      .map((r) =>
        MESSAGES.reportLine[language](r.label, MESSAGES.frictionsAndOpportunities[language](r.friction, r.opportunity)),
      );
    if (shown.length > 0) lines.push('', heading, ...capped(shown, MAX_BREAKDOWN_LINES, language));
  };
  breakdown(
    MESSAGES.byStageHeading[language],
    report.byStage.map((s) => ({ label: s.stage, ...s })),
  );
  breakdown(
    MESSAGES.byChannelHeading[language],
    report.byChannel.map((c) => ({ label: c.channel, ...c })),
  );
  lines.push('');
  if (report.problems.length === 0) {
    lines.push(MESSAGES.noColourProblem[language]);
  } else {
    lines.push(MESSAGES.colourProblemsHeading[language](report.problems.length));
    const problems = report.problems.map((problem) =>
      MESSAGES.reportLine[language](
        `${problem.cell} (${problem.channel} × ${problem.stage})`,
        problemSentence(problem, language),
      ),
    );
    lines.push(...capped(problems, MAX_LISTED_IN_DIALOG, language));
  }
  return lines.join('\n');
}
