/**
 * One chaos run: a set-up workbook, then seeded steps, each a team edit or an add-on action, every action checked
 * against the invariants. The run stops at the first break and reports the seed, the locale and every step so far.
 */
import { firstTabName } from '../../fake';
import { Chaos } from './context';
import { ACTIONS, ActionName, FAULT_TARGETS, Fault, Outcome, READ_ONLY, describeOutcome, runAction } from './actions';
import { plainJsonBreak, scenarioBreak, scoresBreak } from './checks-content';
import * as uc from './edits-use-cases';
import * as tabs from './edits-tabs';
import { EditFn, lastUsedColumn } from './edits-use-cases';
import {
  Before,
  Break,
  captureBefore,
  lockBreak,
  messagesBreak,
  readOnlyBreak,
  tokensBreak,
  unchangedBreak,
  weightsBreak,
} from './invariants';
import { PROFILES, Profile } from './profiles';
import { dataNeedTable, scenarioTable } from './sheet-model';
import { CONVERTIBLE, ScenarioInput, scenarioInput } from './texts';

export interface RunResult {
  seed: number;
  locale: string;
  profile: string;
  steps: string[];
  broke: Break | null;
}

export const EDITS: Record<string, EditFn> = {
  deleteUseCaseRow: uc.deleteUseCaseRow,
  clearUseCaseRow: uc.clearUseCaseRow,
  setWeight: uc.setWeight,
  typeUseCase: uc.typeUseCase,
  retypeRating: uc.retypeRating,
  useCaseTeamColumn: uc.useCaseTeamColumn,
  moveUseCaseColumn: uc.moveUseCaseColumn,
  copyHeaderRow: uc.copyHeaderRow,
  note: tabs.note(1),
  noteNearChartData: tabs.note(12),
  insertRows: tabs.insertRows,
  deleteRows: tabs.deleteRows,
  insertColumn: tabs.insertColumn,
  deleteColumn: tabs.deleteColumn,
  renameTab: tabs.renameTab,
  retypeHeader: tabs.retypeHeader,
  colourTouchpoints: tabs.colourTouchpoints,
  trimScenarioMap: tabs.trimScenarioMap,
  scenarioTeamColumn: tabs.scenarioTeamColumn,
  moveTableColumn: tabs.moveTableColumn,
  holdLock: tabs.holdLock,
};

export function runChaos(seed: number, locale: string, maxSteps: number): RunResult {
  const ctx = new Chaos(seed, locale);
  const profile = ctx.rng.pick(PROFILES);
  const faults = profile.faults ?? ctx.rng.chance(0.15);
  const result = (broke: Break | null): RunResult => ({ seed, locale, profile: profile.name, steps: ctx.steps, broke });
  let broke = act(ctx, 'setUpTemplate', null);
  if (broke) return result(broke);
  trimTabs(ctx);
  while (ctx.step < maxSteps) {
    for (let edits = ctx.rng.int(1, 3); edits > 0 && ctx.step < maxSteps; edits--) teamEdit(ctx, profile);
    if (ctx.step >= maxSteps) break;
    const action = ctx.rng.weighted(ACTIONS.map((a) => ({ item: a, weight: actionWeight(profile, a) })));
    const fault = faults && ctx.rng.chance(0.3) ? planFault(ctx, action) : null;
    broke = act(ctx, action, fault);
    if (broke) return result(broke);
  }
  return result(null);
}

/** A team that empties its spare rows: smaller tabs keep each run fast and push the add-on to grow them. */
function trimTabs(ctx: Chaos): void {
  ctx.edit(() => {
    const book = ctx.env.book;
    const first = firstTabName(book.view.locale);
    if (book.view.sheetNames().includes(first)) book.deleteSheet(book.view.sheet(first));
    for (const name of book.view.sheetNames()) {
      const sheet = book.view.sheet(name);
      const keep = sheet.view.lastRow() + ctx.rng.int(6, 20);
      if (keep < sheet.view.size().rows) sheet.deleteRows(keep + 1, sheet.view.size().rows - keep);
      const columns = Math.max(lastUsedColumn(sheet) + 6, 22);
      if (columns < sheet.view.size().columns) sheet.deleteColumns(columns + 1, sheet.view.size().columns - columns);
    }
  });
  ctx.log('team: delete the first tab (Sheet1, Feuille 1), and the empty rows and columns at the end of every tab');
}

function teamEdit(ctx: Chaos, profile: Profile): void {
  for (let attempt = 0; attempt < 6; attempt++) {
    const name = ctx.rng.weighted(Object.keys(EDITS).map((e) => ({ item: e, weight: profile.edits[e] ?? 1 })));
    const done = EDITS[name](ctx);
    if (done === null) continue;
    ctx.log(`team: ${done}`);
    ctx.forgetWhatTheTeamRemoved();
    return;
  }
}

function actionWeight(profile: Profile, action: ActionName): number {
  const base: Record<ActionName, number> = {
    setUpTemplate: 1,
    validateColourCodes: 1,
    normaliseColours: 1,
    prioritiseUseCases: 3,
    showScenarioSidebar: 0.5,
    getSidebarOptions: 1,
    addScenario: 2,
  };
  return profile.actions[action] ?? base[action];
}

function planFault(ctx: Chaos, action: ActionName): Fault {
  return { method: ctx.rng.pick(FAULT_TARGETS[action]), nth: ctx.rng.int(1, 2) };
}

function scenarioArgs(ctx: Chaos): ScenarioInput {
  const reuse = ctx.scenarioNames.length > 0 && ctx.rng.chance(0.15);
  const fresh = CONVERTIBLE.filter((c) => !ctx.scenarioNames.includes(c));
  const name = reuse
    ? ctx.rng.pick(ctx.scenarioNames)
    : fresh.length && ctx.rng.chance(0.5)
      ? ctx.rng.pick(fresh)
      : `Scenario ${ctx.seed}-${++ctx.scenarioCount} ✉️`;
  return scenarioInput(ctx.rng, name, ctx.lang, ctx.rng.chance(0.9));
}

/** Runs an action, checks it, and for a writing action that succeeded runs it again: the second run changes nothing. */
function act(ctx: Chaos, action: ActionName, fault: Fault | null): Break | null {
  const input = action === 'addScenario' ? scenarioArgs(ctx) : null;
  const args = input ? [input] : [];
  const before = captureBefore(ctx);
  const outcome = runAction(ctx, action, args, fault);
  const faultText = fault ? ` with a fault planned at ${fault.method} #${fault.nth}` : '';
  const inputText = input ? `(${JSON.stringify(input)})` : '()';
  ctx.log(`${action}${inputText}${faultText} → ${describeOutcome(outcome)}`);
  const broke = check(ctx, action, input, before, outcome);
  if (broke || outcome.kind !== 'ok' || READ_ONLY.has(action)) return broke;
  if (input) ctx.scenarioNames.push(input.name);
  return again(ctx, action, args);
}

function check(
  ctx: Chaos,
  action: ActionName,
  input: ScenarioInput | null,
  before: Before,
  outcome: Outcome,
): Break | null {
  const first =
    lockBreak(ctx) ??
    messagesBreak(ctx, action, outcome) ??
    (outcome.kind === 'refused'
      ? unchangedBreak(
          ctx,
          before,
          outcome.faultFired ? 'a failed action leaves the book as it was' : 'a refused action changes nothing',
        )
      : null) ??
    readOnlyBreak(ctx, action, before);
  if (first) return first;
  const owns = action === 'prioritiseUseCases' ? before.ownedByPrioritise : ownedByAdd(ctx, outcome, input);
  const kept = tokensBreak(ctx, action, before, owns) ?? weightsBreak(ctx, action);
  if (kept || outcome.kind !== 'ok') return kept;
  if (action === 'prioritiseUseCases') return scoresBreak(ctx);
  if (action === 'getSidebarOptions') return plainJsonBreak(outcome.value);
  if (input) return scenarioBreak(ctx, input, outcome.value as { id: string; row: number });
  return null;
}

/** The cells addScenario owns: its new row and its data-need rows, in the tables' own columns. */
function ownedByAdd(ctx: Chaos, outcome: Outcome, input: ScenarioInput | null) {
  const written = outcome.kind === 'ok' && input ? (outcome.value as { row: number }) : null;
  const scenarios = ctx.tab('scenarioMap');
  const needs = ctx.tab('dataNeeds');
  const scenarioColumns = new Set(Object.values(scenarios ? (scenarioTable(scenarios)?.columns ?? {}) : {}));
  const needTable = needs ? dataNeedTable(needs) : null;
  return (sheet: unknown, pos: { row: number; column: number }): boolean => {
    if (!written || !input) return false;
    if (sheet === scenarios) return pos.row === written.row && scenarioColumns.has(pos.column);
    if (!needs || sheet !== needs || !needTable || needTable.columns.scenario === undefined) return false;
    const name = needs.view.peek(pos.row, needTable.columns.scenario).value;
    return name === input.name && (Object.values(needTable.columns) as number[]).includes(pos.column);
  };
}

function again(ctx: Chaos, action: ActionName, args: unknown[]): Break | null {
  const before = captureBefore(ctx);
  const outcome = runAction(ctx, action, args, null);
  ctx.log(`${action} again, on the unchanged book → ${describeOutcome(outcome)}`);
  const expected = action === 'addScenario' ? 'refused' : 'ok';
  // The invariants first: a lost note says more than "the second run changed something".
  const broke = check(ctx, action, null, before, outcome);
  if (broke) return broke;
  if (outcome.kind !== expected)
    return {
      invariant:
        action === 'addScenario' ? 'adding the same scenario twice is refused' : 'a writing action can run twice',
      detail: `the second run ${describeOutcome(outcome)}`,
    };
  return unchangedBreak(
    ctx,
    before,
    `${action} is idempotent: run twice on an unchanged book, the second run changes nothing`,
  );
}

export function formatReport(run: RunResult): string {
  const broke = run.broke;
  if (!broke) return `seed ${run.seed} (${run.locale}, ${run.profile}): ${run.steps.length} steps, nothing broke`;
  const steps = run.steps.map((s, i) => `${i === run.steps.length - 1 ? '>' : ' '}${String(i + 1).padStart(3)}. ${s}`);
  return [
    `Chaos run broke: seed ${run.seed}, locale ${run.locale}, profile "${run.profile}", at step ${run.steps.length}`,
    `Invariant: ${broke.invariant}`,
    `What broke: ${broke.detail}`,
    'Steps:',
    ...steps.map((s) => (s.length > 400 ? `${s.slice(0, 400)}…` : s)),
    `Replay: CHAOS_SEED=${run.seed} CHAOS_LOCALE=${run.locale} CHAOS_STEPS=${run.steps.length} npx jest tests/chaos`,
  ].join('\n');
}
