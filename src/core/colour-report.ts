/** The colour-code report as people read it: totals, frictions and opportunities per stage and channel, problems. */
import { ColourReport } from './journey';
import { Language } from './language';
import { MAX_LISTED_IN_DIALOG, MESSAGES } from './messages';

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
  const breakdown = (heading: string, rows: { label: string; friction: number; opportunity: number }[]): void => {
    const shown = rows.filter((r) => r.friction + r.opportunity > 0);
    if (shown.length === 0) return;
    lines.push(
      '',
      heading,
      ...shown.map((r) =>
        MESSAGES.reportLine[language](r.label, MESSAGES.frictionsAndOpportunities[language](r.friction, r.opportunity)),
      ),
    );
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
    for (const problem of report.problems.slice(0, MAX_LISTED_IN_DIALOG)) {
      lines.push(
        MESSAGES.reportLine[language](
          `${problem.cell} (${problem.channel} × ${problem.stage})`,
          problemSentence(problem, language),
        ),
      );
    }
    if (report.problems.length > MAX_LISTED_IN_DIALOG)
      lines.push(MESSAGES.andMore[language](report.problems.length - MAX_LISTED_IN_DIALOG));
  }
  return lines.join('\n');
}
