/**
 * The three tables read as the team left them: use cases with the Score and Quadrant in their cells (the summary
 * does not prioritise again), scenarios with their phase and status in either language and any case, data needs
 * with their availability. Each record knows the cell a link to it lands on.
 */
import { a1 } from '../a1';
import { Language } from '../language';
import { MESSAGES } from '../messages';
import { planPrioritisation, ratingErrorSentence } from '../prioritisation';
import { DEFAULT_WEIGHTS, Quadrant } from '../priority';
import { phaseOf } from '../scenario';
import { isBlank, tableBody } from '../table';
import { cellText, labelKey } from '../text';
import {
  AVAILABILITY_LABELS,
  Availability,
  DataNeedColumn,
  Phase,
  QUADRANT_LABELS,
  SCENARIO_STATUS_LABELS,
  ScenarioColumn,
  ScenarioStatus,
  UseCaseColumn,
} from '../vocabulary';
import { CellRef, LocatedTable } from './inputs';

export interface UseCaseRecord {
  id: string;
  useCase: string;
  /** The Touchpoint cell as typed. */
  touchpoint: unknown;
  /** The Score cell when it holds a number; null when empty or not a number. */
  score: number | null;
  quadrant: Quadrant | null;
  /** Why prioritising could not score it (its ratings), or null when it could. */
  unscorable: string | null;
  row: number;
  at: CellRef;
}

export interface ScenarioRecord {
  id: string;
  name: string;
  /** The Use case cell as typed ('' when empty or when the map has no such column). */
  useCase: string;
  phase: Phase | null;
  status: ScenarioStatus | null;
  row: number;
  /** The name cell. */
  at: CellRef;
  idAt: CellRef;
  /** The Use case cell, where a person goes to fill it in (the name cell without that column). */
  useCaseAt: CellRef;
}

export interface DataNeedRecord {
  scenario: string;
  variable: string;
  source: string;
  availability: Availability | null;
  row: number;
  /** The Variable cell. */
  at: CellRef;
  /** The Scenario cell. */
  scenarioAt: CellRef;
}

/** A label of one of the method's lists, in any language and case, as its key; null when it is none of them. */
export function keyOfLabel<K extends string>(labels: Record<K, Record<string, string>>, text: unknown): K | null {
  const key = labelKey(text);
  if (key === '') return null;
  for (const k of Object.keys(labels) as K[]) {
    if (k.toLowerCase() === key || Object.values(labels[k]).some((label) => labelKey(label) === key)) return k;
  }
  return null;
}

/** A Score as people may leave it: a number, or digits typed as text ("64", "64,5"). */
export function scoreOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return /^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : null;
}

/** Each body row with its 1-based sheet row and a reader of its cells by column key. */
function rowsOf<K extends string>(table: LocatedTable<K>) {
  const { location, gid } = table;
  return tableBody(table.values, location).map((cells, i) => {
    const row = location.headerRow + 2 + i;
    const column = (key: K): number | undefined => location.columns[key];
    return {
      row,
      cells,
      get: (key: K): unknown => {
        const c = column(key);
        return c === undefined ? '' : cells[c - location.firstColumn];
      },
      at: (key: K): CellRef => ({ gid, cell: a1(row, (column(key) ?? location.firstColumn) + 1) }),
    };
  });
}

export function useCaseRecords(table: LocatedTable<UseCaseColumn>, language: Language): UseCaseRecord[] {
  const { location } = table;
  const offsets = Object.fromEntries(
    Object.entries(location.columns).map(([key, column]) => [key, (column as number) - location.firstColumn]),
  ) as Parameters<typeof planPrioritisation>[0]['columns'];
  const body = tableBody(table.values, location);
  // The reasons prioritising would give: the same reading of the ratings, without its ranking's effect on anything.
  const plan = planPrioritisation({ rows: body, columns: offsets }, DEFAULT_WEIGHTS);
  return rowsOf(table).flatMap((r, i) => {
    const outcome = plan.outcomes[i];
    if (outcome.kind === 'empty') return [];
    const unscorable =
      outcome.kind === 'skipped'
        ? outcome.errors.map((e) => ratingErrorSentence(e, language)).join(MESSAGES.reasonSeparator[language])
        : null;
    return [
      {
        id: cellText(r.get('id')),
        useCase: cellText(r.get('useCase')),
        touchpoint: r.get('touchpoint'),
        score: scoreOf(r.get('score')),
        quadrant: keyOfLabel(QUADRANT_LABELS, r.get('quadrant')),
        unscorable,
        row: r.row,
        at: r.at(location.columns.id === undefined ? 'useCase' : 'id'),
      },
    ];
  });
}

export function scenarioRecords(table: LocatedTable<ScenarioColumn>): ScenarioRecord[] {
  return rowsOf(table).flatMap((r) => {
    const id = cellText(r.get('id'));
    const name = cellText(r.get('name'));
    if (id === '' && name === '') return [];
    const hasUseCase = table.location.columns.useCase !== undefined;
    return [
      {
        id,
        name,
        useCase: cellText(r.get('useCase')),
        phase: phaseOf(r.get('phase')),
        status: keyOfLabel(SCENARIO_STATUS_LABELS, r.get('status')),
        row: r.row,
        at: r.at('name'),
        idAt: r.at('id'),
        useCaseAt: r.at(hasUseCase ? 'useCase' : 'name'),
      },
    ];
  });
}

export function dataNeedRecords(table: LocatedTable<DataNeedColumn>): DataNeedRecord[] {
  return rowsOf(table).flatMap((r) => {
    if (isBlank(r.get('scenario')) && isBlank(r.get('variable'))) return [];
    return [
      {
        scenario: cellText(r.get('scenario')),
        variable: cellText(r.get('variable')),
        source: cellText(r.get('source')),
        availability: keyOfLabel(AVAILABILITY_LABELS, r.get('available')),
        row: r.row,
        at: r.at('variable'),
        scenarioAt: r.at('scenario'),
      },
    ];
  });
}
