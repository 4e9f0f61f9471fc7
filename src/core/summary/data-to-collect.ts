/**
 * The team's data roadmap: every variable marked No or Partial, with its source, the scenarios it holds back and
 * the best priority score among the use cases those scenarios serve; the variable that unblocks the most valuable
 * use case first, then the one that holds back more scenarios, then the table's order.
 */
import { cellText, labelKey } from '../text';
import { CellRef } from './inputs';
import { DataNeedRecord, ScenarioRecord, UseCaseRecord } from './records';
import { scenarioKey } from './gaps';

export interface DataToCollect {
  variable: string;
  /** Its sources as the rows give them, distinct, joined with ", ". */
  source: string;
  /** The scenarios it holds back (IDs, or names for scenarios without one), in the data-needs table's order. */
  scenarios: string[];
  /** The best Score among the use cases those scenarios serve; null when none has one. */
  bestScore: number | null;
  /** No when any row says No, else Partial. */
  availability: 'no' | 'partial';
  /** The first row naming it. */
  at: CellRef;
}

/** Texts in the order first met, each once whatever its case or spacing; blanks left out. */
class Listed {
  readonly items: string[] = [];
  private readonly keys = new Set<string>();
  get length(): number {
    return this.items.length;
  }
  add(text: string): void {
    const key = labelKey(text);
    if (key === '' || this.keys.has(key)) return;
    this.keys.add(key);
    this.items.push(text);
  }
}

/** A variable being gathered from its rows. */
type Entry = Omit<DataToCollect, 'source' | 'scenarios'> & { order: number; sources: Listed; scenarios: Listed };

/** One entry per variable (whatever its case or spacing) still to collect. */
export function dataToCollect(
  needs: readonly DataNeedRecord[],
  scenarios: readonly ScenarioRecord[] | null,
  useCases: readonly UseCaseRecord[] | null,
): DataToCollect[] {
  const scenarioByName = new Map((scenarios ?? []).map((s) => [labelKey(s.name), s]));
  const scoreById = new Map<string, number>();
  for (const u of useCases ?? []) {
    if (u.id && u.score !== null) scoreById.set(labelKey(u.id), Math.max(u.score, scoreById.get(labelKey(u.id)) ?? -1));
  }
  const byVariable = new Map<string, Entry>();
  needs.forEach((need, order) => {
    if (need.availability !== 'no' && need.availability !== 'partial') return;
    const key = labelKey(need.variable);
    if (key === '') return;
    const entry: Entry = byVariable.get(key) ?? {
      variable: need.variable,
      sources: new Listed(),
      scenarios: new Listed(),
      bestScore: null,
      availability: 'partial',
      at: need.at,
      order,
    };
    byVariable.set(key, entry);
    if (need.availability === 'no') entry.availability = 'no';
    entry.sources.add(need.source);
    const scenario = scenarioByName.get(labelKey(need.scenario));
    entry.scenarios.add(scenario ? scenarioKey(scenario) : cellText(need.scenario));
    const score = scenario ? scoreById.get(labelKey(scenario.useCase)) : undefined;
    if (score !== undefined && (entry.bestScore === null || score > entry.bestScore)) entry.bestScore = score;
  });
  return [...byVariable.values()]
    .sort(byPriority)
    .map(({ variable, scenarios: held, bestScore, availability, at, sources }) => ({
      variable,
      source: sources.items.join(', '),
      scenarios: held.items,
      bestScore,
      availability,
      at,
    }));
}

type Ranked = Pick<DataToCollect, 'bestScore' | 'availability'> & { order: number; scenarios: { length: number } };

/**
 * Best score first (no score last), then more scenarios held back, then what is missing (No) before what is
 * partly there, then the table's order.
 */
export function byPriority(a: Ranked, b: Ranked): number {
  const score = (x: number | null): number => (x === null ? -1 : x);
  const missing = (x: Ranked): number => (x.availability === 'no' ? 0 : 1);
  return (
    score(b.bestScore) - score(a.bestScore) ||
    b.scenarios.length - a.scenarios.length ||
    missing(a) - missing(b) ||
    a.order - b.order
  );
}
