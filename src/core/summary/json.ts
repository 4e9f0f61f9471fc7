/** The summary's facts as `refreshSummary()` returns them: plain JSON for tests and scripts, without the links. */
import { Quadrant } from '../priority';
import { Availability, ColourStatus, Phase, ScenarioStatus } from '../vocabulary';
import { SummaryFacts } from './facts';

export interface SummaryJson {
  /** ISO 8601. */
  refreshedAt: string;
  touchpoints: Record<ColourStatus, number>;
  useCases: { total: number; scored: number; byQuadrant: Record<Quadrant, number> };
  scenarios: {
    total: number;
    byStatus: Record<ScenarioStatus, number>;
    byPhase: Record<Phase, number>;
    withUseCase: number;
  };
  dataNeeds: { total: number; byAvailability: Record<Availability, number> };
  gaps: {
    uncoveredTouchpoints: { tab: string; cell: string; channel: string; stage: string; status: string; text: string }[];
    unplannedUseCases: { id: string; useCase: string; quadrant: Quadrant }[];
    scenariosWithoutUseCase: string[];
    scenariosWithoutDataNeeds: string[];
    blockedScenarios: { id: string; name: string; missing: string[] }[];
    orphanDataNeeds: { row: number; scenario: string }[];
    duplicateIds: string[];
    unscoredUseCases: { id: string; reason: string }[];
  };
  dataToCollect: { variable: string; source: string; scenarios: string[]; bestScore: number | null }[];
  /** What is missing from the chain (a tab, a table), as the summary says it. */
  missing: string[];
}

export function summaryJson(facts: SummaryFacts, refreshedAt: Date): SummaryJson {
  const { funnel, gaps } = facts;
  return {
    refreshedAt: refreshedAt.toISOString(),
    touchpoints: { ...funnel.touchpoints },
    useCases: funnel.useCases,
    scenarios: funnel.scenarios,
    dataNeeds: funnel.dataNeeds,
    gaps: {
      uncoveredTouchpoints: gaps.uncoveredTouchpoints.map(({ tab, cell, channel, stage, status, text }) => ({
        tab,
        cell,
        channel,
        stage,
        status,
        text,
      })),
      unplannedUseCases: gaps.unplannedUseCases.map(({ id, useCase, quadrant }) => ({ id, useCase, quadrant })),
      scenariosWithoutUseCase: gaps.scenariosWithoutUseCase.map((s) => s.id),
      scenariosWithoutDataNeeds: gaps.scenariosWithoutDataNeeds.map((s) => s.id),
      blockedScenarios: gaps.blockedScenarios.map(({ id, name, missing }) => ({ id, name, missing })),
      orphanDataNeeds: gaps.orphanDataNeeds.map(({ row, scenario }) => ({ row, scenario })),
      duplicateIds: gaps.duplicateIds.map((d) => d.id),
      unscoredUseCases: gaps.unscoredUseCases.map(({ id, reason }) => ({ id, reason })),
    },
    dataToCollect: facts.dataToCollect.map(({ variable, source, scenarios, bestScore }) => ({
      variable,
      source,
      scenarios,
      bestScore,
    })),
    missing: facts.missing.map((m) => m.line),
  };
}

/** How many entries the gap lists hold in all, for the toast. */
export function gapCount(json: SummaryJson): number {
  return Object.values(json.gaps).reduce((sum, list) => sum + list.length, 0);
}
