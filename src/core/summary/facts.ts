/**
 * The summary's facts, computed from the tabs as read: the funnel (how many of each thing, and of what kind), the
 * gaps in the chain, the data to collect first and the charts' counts. A part of the chain that is missing gives a
 * line to show and empty counts, never an error.
 */
import { mapCells } from '../coverage';
import { Language } from '../language';
import { Quadrant } from '../priority';
import { DATA_NEEDS_TABLE, SCENARIO_TABLE, USE_CASE_TABLE } from '../table-specs';
import { labelKey } from '../text';
import { Availability, ColourStatus, PHASES, Phase, ScenarioStatus } from '../vocabulary';
import { DataToCollect, dataToCollect } from './data-to-collect';
import {
  BlockedScenario,
  DuplicateId,
  NamedScenario,
  OrphanDataNeed,
  UncoveredTouchpoint,
  UnplannedUseCase,
  UnscoredUseCase,
  UnservingScenario,
  blockedScenarios,
  duplicateIds,
  orphanDataNeeds,
  scenariosWithoutDataNeeds,
  scenariosWithoutUseCase,
  unplannedUseCases,
  unscoredUseCases,
  uncoveredTouchpoints,
} from './gaps';
import { ChainInputs, MapInput, locate } from './inputs';
import { dataNeedRecords, scenarioRecords, useCaseRecords } from './records';

export type StatusCounts = Record<ColourStatus, number>;

export interface Funnel {
  touchpoints: StatusCounts;
  /** Each map's counts, when there are several. */
  maps: ({ tab: string } & StatusCounts)[];
  useCases: { total: number; scored: number; byQuadrant: Record<Quadrant, number> };
  scenarios: {
    total: number;
    byStatus: Record<ScenarioStatus, number>;
    byPhase: Record<Phase, number>;
    withUseCase: number;
  };
  dataNeeds: { total: number; byAvailability: Record<Availability, number> };
}

export interface Gaps {
  uncoveredTouchpoints: UncoveredTouchpoint[];
  unplannedUseCases: UnplannedUseCase[];
  scenariosWithoutUseCase: UnservingScenario[];
  scenariosWithoutDataNeeds: NamedScenario[];
  blockedScenarios: BlockedScenario[];
  orphanDataNeeds: OrphanDataNeed[];
  duplicateIds: DuplicateId[];
  unscoredUseCases: UnscoredUseCase[];
}

/** The charts' data: frictions and opportunities per stage (stages merged by name across maps), scenarios per phase. */
export interface ChartCounts {
  stages: { stage: string; friction: number; opportunity: number }[];
  phases: ({ phase: Phase } & Record<ScenarioStatus, number>)[];
}

export interface SummaryFacts {
  /** Lines saying which parts of the chain are missing, in the sheet's language. */
  missing: { part: keyof ChainInputs; line: string }[];
  funnel: Funnel;
  gaps: Gaps;
  dataToCollect: DataToCollect[];
  charts: ChartCounts;
}

const statusCounts = (): StatusCounts => ({ normal: 0, friction: 0, opportunity: 0 });
const count = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function summaryFacts(inputs: ChainInputs, language: Language): SummaryFacts {
  const missing: SummaryFacts['missing'] = [];
  const part = <T>(name: keyof ChainInputs, p: { ok: true; value: T } | { ok: false; line: string }): T | null => {
    if (p.ok) return p.value;
    missing.push({ part: name, line: p.line });
    return null;
  };
  const maps = part('maps', inputs.maps);
  const useCaseTable = part('useCases', locate(inputs.useCases, USE_CASE_TABLE, language));
  const scenarioTable = part('scenarios', locate(inputs.scenarios, SCENARIO_TABLE, language));
  const needTable = part('dataNeeds', locate(inputs.dataNeeds, DATA_NEEDS_TABLE, language));
  const useCases = useCaseTable ? useCaseRecords(useCaseTable, language) : null;
  const scenarios = scenarioTable ? scenarioRecords(scenarioTable) : null;
  const needs = needTable ? dataNeedRecords(needTable) : null;
  const gaps: Gaps = {
    uncoveredTouchpoints: maps ? uncoveredTouchpoints(maps, useCases) : [],
    unplannedUseCases: useCases && scenarios ? unplannedUseCases(useCases, scenarios) : [],
    scenariosWithoutUseCase: scenarios ? scenariosWithoutUseCase(scenarios, useCases) : [],
    scenariosWithoutDataNeeds: scenarios && needs ? scenariosWithoutDataNeeds(scenarios, needs) : [],
    blockedScenarios: scenarios && needs ? blockedScenarios(scenarios, needs) : [],
    orphanDataNeeds: scenarios && needs ? orphanDataNeeds(scenarios, needs) : [],
    duplicateIds: [
      ...(useCaseTable && useCases ? duplicateIds(useCaseTable.tab, useCases) : []),
      ...(scenarioTable && scenarios
        ? duplicateIds(
            scenarioTable.tab,
            scenarios.map((s) => ({ id: s.id, row: s.row, at: s.idAt })),
          )
        : []),
    ],
    unscoredUseCases: useCases ? unscoredUseCases(useCases) : [],
  };
  const funnel = funnelOf(maps ?? [], useCases ?? [], scenarios ?? [], needs ?? []);
  return {
    missing,
    funnel,
    gaps,
    dataToCollect: needs ? dataToCollect(needs, scenarios, useCases) : [],
    charts: chartCounts(maps ?? [], scenarios ?? []),
  };
}

function funnelOf(
  maps: readonly MapInput[],
  useCases: NonNullable<ReturnType<typeof useCaseRecords>>,
  scenarios: NonNullable<ReturnType<typeof scenarioRecords>>,
  needs: NonNullable<ReturnType<typeof dataNeedRecords>>,
): Funnel {
  const perMap = maps.map((map) => {
    const counts = statusCounts();
    for (const cell of mapCells(map)) if (cell.kind === 'touchpoint') counts[cell.status] += 1;
    return { tab: map.tab, ...counts };
  });
  const touchpoints = statusCounts();
  for (const m of perMap) for (const s of ['normal', 'friction', 'opportunity'] as const) touchpoints[s] += m[s];
  const byQuadrant = count<Quadrant>(['quickWin', 'majorProject', 'fillIn', 'moneyPit']);
  for (const u of useCases) if (u.quadrant) byQuadrant[u.quadrant] += 1;
  const byStatus = count<ScenarioStatus>(['idea', 'specified', 'live']);
  const byPhase = count<Phase>(PHASES);
  for (const s of scenarios) {
    if (s.status) byStatus[s.status] += 1;
    if (s.phase) byPhase[s.phase] += 1;
  }
  const byAvailability = count<Availability>(['yes', 'partial', 'no']);
  for (const n of needs) if (n.availability) byAvailability[n.availability] += 1;
  return {
    touchpoints,
    maps: perMap.length > 1 ? perMap : [],
    useCases: { total: useCases.length, scored: useCases.filter((u) => u.score !== null).length, byQuadrant },
    scenarios: { total: scenarios.length, byStatus, byPhase, withUseCase: scenarios.filter((s) => s.useCase).length },
    dataNeeds: { total: needs.length, byAvailability },
  };
}

function chartCounts(
  maps: readonly MapInput[],
  scenarios: NonNullable<ReturnType<typeof scenarioRecords>>,
): ChartCounts {
  const stages = new Map<string, ChartCounts['stages'][number]>();
  for (const map of maps) {
    for (const stage of map.matrix.stages) {
      if (!stages.has(labelKey(stage.name)))
        stages.set(labelKey(stage.name), { stage: stage.name, friction: 0, opportunity: 0 });
    }
    for (const cell of mapCells(map)) {
      if (cell.kind !== 'touchpoint' || cell.status === 'normal') continue;
      stages.get(labelKey(cell.ref.stage))![cell.status] += 1;
    }
  }
  const phases = PHASES.map((phase) => ({ phase, ...count<ScenarioStatus>(['idea', 'specified', 'live']) }));
  for (const s of scenarios) if (s.phase && s.status) phases[PHASES.indexOf(s.phase)][s.status] += 1;
  return { stages: [...stages.values()], phases };
}
