/** The colour-code report as people read it: totals, frictions and opportunities per stage and channel, problems. */
import { ColourReport } from './journey';
import { Language } from './language';
import { labelKey } from './text';
import { COLOUR_STATUSES } from './vocabulary';
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

/** Problems listed per map when there are several maps, before the rest are counted. */
export const MAX_LISTED_PER_MAP = 10;

/** The report of several maps as one: counts added, stages and channels merged by name, problems with their tab. */
export function mergeReports(reports: readonly ColourReport[]): ColourReport {
  const merge = <R extends { friction: number; opportunity: number; normal: number }>(
    rows: R[],
    name: (row: R) => string,
  ): R[] => {
    const byName = new Map<string, R>();
    for (const row of rows) {
      const key = labelKey(name(row));
      const seen = byName.get(key);
      if (!seen) byName.set(key, { ...row });
      else for (const status of COLOUR_STATUSES) seen[status] += row[status];
    }
    return [...byName.values()];
  };
  const counts = { normal: 0, friction: 0, opportunity: 0 };
  for (const report of reports) for (const status of COLOUR_STATUSES) counts[status] += report.counts[status];
  return {
    checked: reports.reduce((sum, r) => sum + r.checked, 0),
    counts,
    byStage: merge(
      reports.flatMap((r) => r.byStage),
      (s) => s.stage,
    ),
    byChannel: merge(
      reports.flatMap((r) => r.byChannel),
      (c) => c.channel,
    ),
    problems: reports.flatMap((r) => r.problems),
  };
}

/**
 * The dialog for every map: the one map's report as it always was, or, for several, the totals over all of them
 * and then each map's totals and its first problems, so personas' maps are told apart.
 */
export function formatColourReports(
  maps: readonly { tab: string; report: ColourReport }[],
  language: Language,
): string {
  if (maps.length === 1) return formatColourReport(maps[0].report, language);
  const totals = (report: ColourReport): string =>
    MESSAGES.colourTotals[language](
      report.checked,
      report.byStage.length,
      report.byChannel.length,
      report.counts.normal,
      report.counts.friction,
      report.counts.opportunity,
    );
  const lines = [MESSAGES.allMapsHeading[language](maps.length), totals(mergeReports(maps.map((m) => m.report)))];
  for (const { tab, report } of maps) {
    lines.push('', MESSAGES.mapHeading[language](tab), totals(report));
    const problems = report.problems.map((p) =>
      MESSAGES.reportLine[language](`${p.cell} (${p.channel} × ${p.stage})`, problemSentence(p, language)),
    );
    lines.push(
      problems.length ? MESSAGES.colourProblemsHeading[language](problems.length) : MESSAGES.noColourProblem[language],
    );
    lines.push(...capped(problems, MAX_LISTED_PER_MAP, language));
  }
  return lines.join('\n');
}
