/**
 * The gap rules: where the chain journey map → use cases → scenarios → data breaks. Each rule is a function of the
 * records as the team left them, and each entry it finds knows the cell to look at.
 */
import { MapCell, isActionable, isNamed, labelOf, mapCells, namedTouchpoints, personasOf } from '../coverage';
import { Quadrant } from '../priority';
import { labelKey } from '../text';
import { ColourStatus } from '../vocabulary';
import { CellRef, MapInput } from './inputs';
import { DataNeedRecord, ScenarioRecord, UseCaseRecord } from './records';

type Linked<T> = T & { at: CellRef };

export type UncoveredTouchpoint = Linked<{
  tab: string;
  cell: string;
  channel: string;
  stage: string;
  status: Exclude<ColourStatus, 'normal'>;
  text: string;
  /** `Store × I buy`, as a use case's Touchpoint cell would name it. */
  label: string;
}>;

/** Frictions and opportunities (with text) that no use case names in its Touchpoint column. */
export function uncoveredTouchpoints(
  maps: readonly MapInput[],
  useCases: readonly UseCaseRecord[] | null,
): UncoveredTouchpoint[] {
  const named = namedTouchpoints(
    (useCases ?? []).map((u) => u.touchpoint),
    personasOf(maps),
  );
  return maps.flatMap((map) =>
    mapCells(map)
      .filter((cell): cell is MapCell & { kind: 'touchpoint' } => isActionable(cell) && !isNamed(cell, named))
      .map((cell) => ({
        tab: cell.tab,
        cell: cell.cell,
        channel: cell.ref.channel,
        stage: cell.ref.stage,
        status: cell.status as Exclude<ColourStatus, 'normal'>,
        text: cell.text,
        label: labelOf(cell),
        at: { gid: map.gid, cell: cell.cell },
      })),
  );
}

/** The IDs the scenarios serve, as keys. */
function servedIds(scenarios: readonly ScenarioRecord[]): Set<string> {
  return new Set(scenarios.map((s) => labelKey(s.useCase)).filter(Boolean));
}

export type UnplannedUseCase = Linked<{ id: string; useCase: string; quadrant: 'quickWin' | 'majorProject' }>;

/** Use cases worth doing (Quick win, Major project, as their Quadrant cell says) that no scenario serves. */
export function unplannedUseCases(
  useCases: readonly UseCaseRecord[],
  scenarios: readonly ScenarioRecord[],
): UnplannedUseCase[] {
  const served = servedIds(scenarios);
  const worth = (q: Quadrant | null): q is 'quickWin' | 'majorProject' => q === 'quickWin' || q === 'majorProject';
  return useCases.flatMap((u) =>
    worth(u.quadrant) && !(u.id && served.has(labelKey(u.id)))
      ? [{ id: u.id, useCase: u.useCase, quadrant: u.quadrant, at: u.at }]
      : [],
  );
}

/** How a scenario is named in a list: its ID, or its name when it has none. */
export const scenarioKey = (s: Pick<ScenarioRecord, 'id' | 'name'>): string => s.id || s.name;

export type UnservingScenario = Linked<{ id: string; name: string; useCase: string }>;

/**
 * Scenarios that serve no use case: the Use case cell empty, or naming an ID the use-case table does not have
 * (when there is a table to check against).
 */
export function scenariosWithoutUseCase(
  scenarios: readonly ScenarioRecord[],
  useCases: readonly UseCaseRecord[] | null,
): UnservingScenario[] {
  const ids = useCases ? new Set(useCases.map((u) => labelKey(u.id)).filter(Boolean)) : null;
  return scenarios.flatMap((s) =>
    s.useCase === '' || (ids !== null && !ids.has(labelKey(s.useCase)))
      ? [{ id: scenarioKey(s), name: s.name, useCase: s.useCase, at: s.useCaseAt }]
      : [],
  );
}

/** The data needs of each scenario, by name (data needs refer to scenarios by name). */
function needsByScenario(needs: readonly DataNeedRecord[]): Map<string, DataNeedRecord[]> {
  const by = new Map<string, DataNeedRecord[]>();
  for (const need of needs) {
    const key = labelKey(need.scenario);
    if (key === '') continue;
    const list = by.get(key);
    if (list) list.push(need);
    else by.set(key, [need]);
  }
  return by;
}

export type NamedScenario = Linked<{ id: string; name: string }>;

export function scenariosWithoutDataNeeds(
  scenarios: readonly ScenarioRecord[],
  needs: readonly DataNeedRecord[],
): NamedScenario[] {
  const by = needsByScenario(needs);
  return scenarios.flatMap((s) => (by.has(labelKey(s.name)) ? [] : [{ id: scenarioKey(s), name: s.name, at: s.at }]));
}

export type BlockedScenario = Linked<{ id: string; name: string; missing: string[] }>;

/** Scenarios with at least one data need marked No: they cannot run until it is collected. */
export function blockedScenarios(
  scenarios: readonly ScenarioRecord[],
  needs: readonly DataNeedRecord[],
): BlockedScenario[] {
  const by = needsByScenario(needs);
  return scenarios.flatMap((s) => {
    const missing = (by.get(labelKey(s.name)) ?? []).filter((n) => n.availability === 'no').map((n) => n.variable);
    return missing.length ? [{ id: scenarioKey(s), name: s.name, missing, at: s.at }] : [];
  });
}

export type OrphanDataNeed = Linked<{ row: number; scenario: string; variable: string }>;

/** Data needs naming a scenario the scenario map does not have (renamed, deleted, mistyped). */
export function orphanDataNeeds(
  scenarios: readonly ScenarioRecord[],
  needs: readonly DataNeedRecord[],
): OrphanDataNeed[] {
  const names = new Set(scenarios.map((s) => labelKey(s.name)));
  return needs.flatMap((n) =>
    n.scenario !== '' && !names.has(labelKey(n.scenario))
      ? [{ row: n.row, scenario: n.scenario, variable: n.variable, at: n.scenarioAt }]
      : [],
  );
}

export type DuplicateId = Linked<{ id: string; tab: string; rows: number[] }>;

/** IDs used more than once in one table (whatever their case or spacing), linked to their second row. */
export function duplicateIds(tab: string, records: readonly { id: string; row: number; at: CellRef }[]): DuplicateId[] {
  const by = new Map<string, { id: string; rows: number[]; at: CellRef[] }>();
  for (const r of records) {
    const key = labelKey(r.id);
    if (key === '') continue;
    const seen = by.get(key);
    if (seen) {
      seen.rows.push(r.row);
      seen.at.push(r.at);
    } else by.set(key, { id: r.id, rows: [r.row], at: [r.at] });
  }
  return [...by.values()].filter((d) => d.rows.length > 1).map((d) => ({ id: d.id, tab, rows: d.rows, at: d.at[1] }));
}

export type UnscoredUseCase = Linked<{ id: string; useCase: string; reason: string }>;

/** Use cases whose ratings prioritising cannot score, with the reason it would give. */
export function unscoredUseCases(useCases: readonly UseCaseRecord[]): UnscoredUseCase[] {
  return useCases.flatMap((u) =>
    u.unscorable === null ? [] : [{ id: u.id, useCase: u.useCase, reason: u.unscorable, at: u.at }],
  );
}
