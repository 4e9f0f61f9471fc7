/**
 * One chaos run: a set-up workbook, then seeded steps, each a team edit or an add-on action, every action checked
 * against the invariants. The run stops at the first break and reports the seed, the locale and every step so far.
 */
import { firstTabName } from '../../fake';
import { Chaos } from './context';
import { ACTIONS, ActionName, FAULT_TARGETS, Fault, Outcome, READ_ONLY, describeOutcome, runAction } from './actions';
import * as maps from './edits-maps';
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
import { Drawn, againExpected, contentBreak, describeArgs, draw, ownership, remember } from './specs';

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
  noteNearCurves: tabs.note(6, 'journeyMap'),
  noteUnderSummaryLine: tabs.note(1, 'summary'),
  renamePersonaTab: maps.renamePersonaTab,
  retypePersona: maps.retypePersona,
  retypeExperience: maps.retypeExperience,
  deleteSummaryOrKpis: maps.deleteSummaryOrKpis,
};

export function runChaos(seed: number, locale: string, maxSteps: number): RunResult {
  return playChaos(new Chaos(seed, locale), maxSteps);
}

/** A run on a given context, which a test may then look into (the workbook as the run left it). */
export function playChaos(ctx: Chaos, maxSteps: number): RunResult {
  const { seed, locale } = ctx;
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
    draftUseCases: 1,
    refreshSummary: 1,
    addPersonaJourneyMap: 0.7,
    showPersonaPrompt: 0.3,
    drawExperienceCurves: 1,
    getIdeas: 0.5,
    addIdeaToJourneyMap: 1,
    addIdeaAsUseCase: 0.7,
  };
  return profile.actions[action] ?? base[action];
}

function planFault(ctx: Chaos, action: ActionName): Fault {
  return { method: ctx.rng.pick(FAULT_TARGETS[action]), nth: ctx.rng.int(1, 2) };
}

/** Runs an action, checks it, and for a writing action that succeeded runs it again: the second run changes nothing. */
function act(ctx: Chaos, action: ActionName, fault: Fault | null): Break | null {
  const drawn = draw(ctx, action);
  const before = captureBefore(ctx);
  const outcome = runAction(ctx, action, drawn.args, fault);
  const faultText = fault ? ` with a fault planned at ${fault.method} #${fault.nth}` : '';
  ctx.log(`${action}${describeArgs(drawn)}${faultText} → ${describeOutcome(outcome)}`);
  const broke = check(ctx, action, drawn, before, outcome);
  if (broke || outcome.kind !== 'ok' || READ_ONLY.has(action)) return broke;
  remember(ctx, drawn);
  return again(ctx, action, drawn, againExpected(action, outcome));
}

function check(ctx: Chaos, action: ActionName, drawn: Drawn, before: Before, outcome: Outcome): Break | null {
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
  const [owns, moves] = ownership(ctx, action, drawn, before, outcome);
  const kept = tokensBreak(ctx, action, before, owns, moves) ?? weightsBreak(ctx, action);
  if (kept || outcome.kind !== 'ok') return kept;
  return contentBreak(ctx, action, drawn, before, outcome.value);
}

function again(ctx: Chaos, action: ActionName, drawn: Drawn, expected: 'ok' | 'refused' | 'adds'): Break | null {
  const before = captureBefore(ctx);
  const outcome = runAction(ctx, action, drawn.args, null);
  ctx.log(`${action} again, on the unchanged book → ${describeOutcome(outcome)}`);
  // The invariants first: a lost note says more than "the second run changed something".
  const broke = check(ctx, action, drawn, before, outcome);
  if (broke) return broke;
  if (outcome.kind !== (expected === 'adds' ? 'ok' : expected))
    return {
      invariant:
        expected === 'refused' ? `${action} refuses to add the same thing twice` : 'a writing action can run twice',
      detail: `the second run ${describeOutcome(outcome)}`,
    };
  if (expected === 'adds') return null;
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
