/**
 * The Summary tab as a team lead reads it, top to bottom: the title and the last refresh, the funnel, the gaps
 * (each entry a link to its cell), the data to collect first, the charts' data, and the marker line above
 * people's own notes. The charts float to the right of the funnel.
 */
import { Language } from '../language';
import { MESSAGES } from '../messages';
import { HEADER } from '../templates/layout';
import { SUMMARY_TEXT } from '../templates/summary-text';
import {
  AVAILABILITY_LABELS,
  LEGEND_DEFAULT_COLOURS,
  LEGEND_LABELS,
  PHASE_LABELS,
  QUADRANT_LABELS,
  SCENARIO_STATUS_LABELS,
  SUMMARY_TAB_NAME,
} from '../vocabulary';
import { Gaps, SummaryFacts } from './facts';
import { ChartPlan, SummaryBlock, SummaryCell, SummaryLine, composeBlock } from './sheet-block';

/** Entries listed per gap (and variables to collect) before the rest are counted: a worklist, refreshed as it shrinks. */
export const MAX_LISTED_ON_SUMMARY = 100;

const T = SUMMARY_TEXT;
const SECTION: SummaryLine['look'] = { bold: true, size: 12 };
const SECTION_FILL = '#c9daf8';
const HEADER_LOOK: SummaryLine['look'] = { bold: true, color: HEADER.color };
/** Where the charts float: right of the widest part, one under the other. */
const CHART_COLUMN = 7;
const CHART_ROWS = [1, 19];
const STATUS_COLOURS = ['#cfe2f3', '#6fa8dc', '#38761d'];

export function summaryBlock(facts: SummaryFacts, refreshedAt: Date, language: Language): SummaryBlock {
  const lines: SummaryLine[] = [
    { cells: [SUMMARY_TAB_NAME[language]], look: { bold: true, size: 14 } },
    { cells: [T.help[language]], look: { color: '#595959' } },
    { cells: [T.lastRefreshed[language], refreshedAt], look: { bold: true } },
    { cells: [] },
    ...funnelLines(facts, language),
    { cells: [] },
    ...gapLines(facts.gaps, language),
    ...dataLines(facts, language),
    { cells: [] },
  ];
  const charts = chartLines(facts, lines, language);
  lines.push({ cells: [], look: {} }, { cells: [T.marker[language]], look: { bold: true }, background: '#fff2cc' });
  return composeBlock(lines, charts);
}

const section = (title: string): SummaryLine => ({ cells: [title], look: SECTION, background: SECTION_FILL });
const header = (cells: string[]): SummaryLine => ({ cells, look: HEADER_LOOK, background: HEADER.background });

function funnelLines(facts: SummaryFacts, language: Language): SummaryLine[] {
  const { funnel } = facts;
  const missing = (part: string): string | null => facts.missing.find((m) => m.part === part)?.line ?? null;
  const step = (part: keyof typeof T.steps, total: number, detail: string): SummaryLine => {
    const line = missing(part);
    return { cells: line ? [T.steps[part][language], '', line] : [T.steps[part][language], total, detail] };
  };
  const tp = funnel.touchpoints;
  const touchpoints = (c: { normal: number; friction: number; opportunity: number }): string =>
    T.touchpointsDetail[language](c.normal, c.friction, c.opportunity);
  const dot = ' · ';
  const { useCases, scenarios, dataNeeds } = funnel;
  const labelled = <K extends string>(labels: Record<K, Record<Language, string>>, counts: Record<K, number>): string =>
    (Object.keys(counts) as K[]).map((k) => `${labels[k][language]} ${counts[k]}`).join(dot);
  return [
    section(T.sections.funnel[language]),
    header(T.funnelHeader[language]),
    step('maps', tp.normal + tp.friction + tp.opportunity, touchpoints(tp)),
    ...funnel.maps.map((m) => ({ cells: [`   ${m.tab}`, m.normal + m.friction + m.opportunity, touchpoints(m)] })),
    step(
      'useCases',
      useCases.total,
      [T.scored[language](useCases.scored), labelled(QUADRANT_LABELS, useCases.byQuadrant)].join(dot),
    ),
    step(
      'scenarios',
      scenarios.total,
      [
        labelled(SCENARIO_STATUS_LABELS, scenarios.byStatus),
        labelled(PHASE_LABELS, scenarios.byPhase),
        T.servingUseCase[language](scenarios.withUseCase),
      ].join(' | '),
    ),
    step('dataNeeds', dataNeeds.total, labelled(AVAILABILITY_LABELS, dataNeeds.byAvailability)),
  ];
}

/** Each gap: its heading and count, then one line per entry (a link, and what it is), or "None.". */
function gapLines(gaps: Gaps, language: Language): SummaryLine[] {
  const lines: SummaryLine[] = [section(T.sections.gaps[language])];
  const entries = gapEntries(gaps, language);
  for (const key of Object.keys(entries) as (keyof Gaps)[]) {
    const list = entries[key];
    lines.push({ cells: [T.gapHeadings[key][language], list.length], look: { bold: true } });
    if (list.length === 0) lines.push({ cells: ['', T.none[language]], look: { color: '#595959' } });
    lines.push(...list.slice(0, MAX_LISTED_ON_SUMMARY));
    if (list.length > MAX_LISTED_ON_SUMMARY) {
      lines.push({ cells: ['', MESSAGES.andMore[language](list.length - MAX_LISTED_ON_SUMMARY)] });
    }
    lines.push({ cells: [] });
  }
  return lines;
}

type Entry = SummaryLine;
const linked = (at: { gid: number; cell: string }, label: string, detail: string): Entry => ({
  cells: [{ link: at, label }, detail],
});

function gapEntries(gaps: Gaps, language: Language): Record<keyof Gaps, Entry[]> {
  const sep = MESSAGES.reasonSeparator[language];
  const colon = language === 'fr' ? ' : ' : ': ';
  const name = (id: string, text: string): string => id || text;
  return {
    uncoveredTouchpoints: gaps.uncoveredTouchpoints.map((t) =>
      linked(t.at, t.label, `${LEGEND_LABELS[t.status][language]}${colon}${t.text} (${t.tab}!${t.cell})`),
    ),
    unplannedUseCases: gaps.unplannedUseCases.map((u) =>
      linked(u.at, name(u.id, u.useCase), `${u.useCase} (${QUADRANT_LABELS[u.quadrant][language]})`),
    ),
    scenariosWithoutUseCase: gaps.scenariosWithoutUseCase.map((s) =>
      linked(s.at, s.id, s.useCase ? `${s.name}${colon}${T.unknownUseCase[language](s.useCase)}` : s.name),
    ),
    scenariosWithoutDataNeeds: gaps.scenariosWithoutDataNeeds.map((s) => linked(s.at, s.id, s.name)),
    blockedScenarios: gaps.blockedScenarios.map((s) =>
      linked(s.at, s.id, `${s.name}${colon}${T.missingData[language](s.missing.join(sep))}`),
    ),
    orphanDataNeeds: gaps.orphanDataNeeds.map((n) =>
      linked(n.at, n.scenario, `${T.row[language](n.row)}${colon}${n.variable}`),
    ),
    duplicateIds: gaps.duplicateIds.map((d) => linked(d.at, d.id, `${d.tab}, ${T.rows[language](d.rows.join(', '))}`)),
    unscoredUseCases: gaps.unscoredUseCases.map((u) => linked(u.at, name(u.id, u.useCase), u.reason)),
  };
}

function dataLines(facts: SummaryFacts, language: Language): SummaryLine[] {
  const lines: SummaryLine[] = [section(T.sections.data[language])];
  const missing = facts.missing.find((m) => m.part === 'dataNeeds');
  if (missing) return [...lines, { cells: [missing.line] }];
  if (facts.dataToCollect.length === 0) return [...lines, { cells: [T.nothingToCollect[language]] }];
  lines.push(header(T.dataHeader[language]));
  const rows: SummaryLine[] = facts.dataToCollect.map((d) => ({
    cells: [
      { link: d.at, label: d.variable },
      d.source,
      d.scenarios.join(', '),
      d.bestScore ?? '',
      AVAILABILITY_LABELS[d.availability][language],
    ] satisfies SummaryCell[],
  }));
  const shown = rows.slice(0, MAX_LISTED_ON_SUMMARY);
  if (rows.length > shown.length) shown.push({ cells: [MESSAGES.andMore[language](rows.length - shown.length)] });
  return [...lines, ...shown];
}

/** The charts' data blocks (appended to `lines`) and the two charts that plot them. */
function chartLines(facts: SummaryFacts, lines: SummaryLine[], language: Language): ChartPlan[] {
  lines.push(section(T.sections.charts[language]), { cells: [T.chartData[language]], look: { color: '#595959' } });
  const stageStart = lines.length + 1;
  lines.push(header(T.stageChart.header[language]));
  for (const s of facts.charts.stages) lines.push({ cells: [s.stage, s.friction, s.opportunity] });
  lines.push({ cells: [] });
  const phaseStart = lines.length + 1;
  const statuses = (['idea', 'specified', 'live'] as const).map((s) => SCENARIO_STATUS_LABELS[s][language]);
  lines.push(header([T.phaseChart.phase[language], ...statuses]));
  for (const p of facts.charts.phases)
    lines.push({ cells: [PHASE_LABELS[p.phase][language], p.idea, p.specified, p.live] });
  return [
    {
      title: T.stageChart.title[language],
      data: { row: stageStart, column: 1, numRows: facts.charts.stages.length + 1, numColumns: 3 },
      anchor: { row: CHART_ROWS[0], column: CHART_COLUMN },
      colors: [LEGEND_DEFAULT_COLOURS.friction, LEGEND_DEFAULT_COLOURS.opportunity],
    },
    {
      title: T.phaseChart.title[language],
      data: { row: phaseStart, column: 1, numRows: facts.charts.phases.length + 1, numColumns: 4 },
      anchor: { row: CHART_ROWS[1], column: CHART_COLUMN },
      colors: STATUS_COLOURS,
    },
  ];
}
