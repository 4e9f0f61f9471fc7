/**
 * Each action's part of a chaos run: what it is given (drawn by the run's generator), which team cells it owns or
 * may move, what it promises about what it wrote, and what a second run on the unchanged book must do.
 */
import type { FakeSheet } from '../../fake';
import { ActionName, Outcome } from './actions';
import { plainJsonBreak, scenarioBreak, scoresBreak } from './checks-content';
import { addedUseCasesBreak, curvesBreak, personaBreak, placedIdeaBreak } from './checks-maps';
import { summaryBreak, summaryMoves, summaryOwns } from './checks-summary';
import { Chaos } from './context';
import { IdeaRequest, catalogue, ideaRequest, personaName, promptAnswer, scenarioUseCase } from './inputs';
import { Before, Break, Moves, unchangedBreak } from './invariants';
import { Pos, dataNeedTable, scenarioTable } from './sheet-model';
import { CONVERTIBLE, ScenarioInput, scenarioInput } from './texts';

/** What an action was given, and what the checks need to know about it. */
export interface Drawn {
  args: unknown[];
  scenario?: { input: ScenarioInput; useCase: string | null };
  idea?: IdeaRequest;
  persona?: string;
}

export function draw(ctx: Chaos, action: ActionName): Drawn {
  switch (action) {
    case 'addScenario': {
      const scenario = scenarioArgs(ctx);
      return { args: [scenario.input], scenario };
    }
    case 'addPersonaJourneyMap': {
      const name = personaName(ctx);
      return { args: [name], persona: typeof name === 'string' ? name : undefined };
    }
    case 'showPersonaPrompt': {
      const answer = promptAnswer(ctx);
      return { args: [answer], persona: answer.button === 'OK' ? answer.text : undefined };
    }
    case 'addIdeaToJourneyMap':
    case 'addIdeaAsUseCase': {
      const idea = ideaRequest(ctx, action === 'addIdeaAsUseCase');
      return { args: [idea], idea };
    }
    default:
      return { args: [] };
  }
}

function scenarioArgs(ctx: Chaos): { input: ScenarioInput; useCase: string | null } {
  const reuse = ctx.scenarioNames.length > 0 && ctx.rng.chance(0.15);
  const fresh = CONVERTIBLE.filter((c) => !ctx.scenarioNames.includes(c));
  const name = reuse
    ? ctx.rng.pick(ctx.scenarioNames)
    : fresh.length && ctx.rng.chance(0.5)
      ? ctx.rng.pick(fresh)
      : `Scenario ${ctx.seed}-${++ctx.scenarioCount} ✉️`;
  const input = scenarioInput(ctx.rng, name, ctx.lang, ctx.rng.chance(0.9));
  const useCase = scenarioUseCase(ctx);
  if (useCase.useCase !== undefined) input.useCase = useCase.useCase;
  return { input, useCase: useCase.expected };
}

type Owns = (sheet: FakeSheet, pos: Pos) => boolean;

/** The team cells an action may write over, and the moves it may make of the others. */
export function ownership(
  ctx: Chaos,
  action: ActionName,
  drawn: Drawn,
  before: Before,
  outcome: Outcome,
): [Owns, Moves?] {
  if (action === 'prioritiseUseCases') return [before.ownedByPrioritise];
  if (action === 'refreshSummary') return [summaryOwns(before.summary), summaryMoves(before.summary)];
  if (action === 'addScenario') return [ownedByAdd(ctx, outcome, drawn.scenario?.input ?? null)];
  return [() => false];
}

/** The cells addScenario owns: its new row and its data-need rows, in the tables' own columns. */
function ownedByAdd(ctx: Chaos, outcome: Outcome, input: ScenarioInput | null): Owns {
  const written = outcome.kind === 'ok' && input ? (outcome.value as { row: number }) : null;
  const scenarios = ctx.tab('scenarioMap');
  const needs = ctx.tab('dataNeeds');
  const scenarioColumns = new Set(Object.values(scenarios ? (scenarioTable(scenarios)?.columns ?? {}) : {}));
  const needTable = needs ? dataNeedTable(needs) : null;
  return (sheet, pos) => {
    if (!written || !input) return false;
    if (sheet === scenarios) return pos.row === written.row && scenarioColumns.has(pos.column);
    if (!needs || sheet !== needs || !needTable || needTable.columns.scenario === undefined) return false;
    const name = needs.view.peek(pos.row, needTable.columns.scenario).value;
    return name === input.name && (Object.values(needTable.columns) as number[]).includes(pos.column);
  };
}

/** What an action that did its job promises about what it wrote. */
export function contentBreak(
  ctx: Chaos,
  action: ActionName,
  drawn: Drawn,
  before: Before,
  value: unknown,
): Break | null {
  switch (action) {
    case 'prioritiseUseCases':
      return scoresBreak(ctx);
    case 'getSidebarOptions':
    case 'getIdeas':
      return plainJsonBreak(value, `${action}()`);
    case 'addScenario':
      return drawn.scenario ? addedScenarioBreak(ctx, drawn.scenario, value) : null;
    case 'draftUseCases':
      return addedUseCasesBreak(ctx, before, (value as { added: { id: string; row: number }[] }).added, 'drafting');
    case 'addIdeaAsUseCase':
      return addedUseCasesBreak(
        ctx,
        before,
        [{ ...(value as { id: string; row: number }), useCase: ideaTitle(ctx, drawn) }],
        'adding an idea as a use case',
      );
    case 'addIdeaToJourneyMap':
      return placedIdeaBreak(before, value, ideaTitle(ctx, drawn));
    case 'addPersonaJourneyMap':
    case 'showPersonaPrompt':
      if ((value as { cancelled?: boolean } | null)?.cancelled)
        return unchangedBreak(ctx, before, 'cancelling the persona prompt changes nothing');
      return personaBreak(before, value, ctx.lang);
    case 'drawExperienceCurves':
      return curvesBreak(ctx, value);
    case 'refreshSummary':
      return summaryBreak(ctx);
    default:
      return null;
  }
}

function addedScenarioBreak(ctx: Chaos, drawn: NonNullable<Drawn['scenario']>, value: unknown): Break | null {
  if (drawn.useCase === null)
    return {
      invariant: 'a scenario naming a use case the table does not have is refused',
      detail: `it was added, serving ${JSON.stringify(drawn.input.useCase)}`,
    };
  return scenarioBreak(ctx, drawn.input, value as { id: string; row: number }, drawn.useCase);
}

function ideaTitle(ctx: Chaos, drawn: Drawn): string | undefined {
  return catalogue(ctx).find((i) => i.id === drawn.idea?.ideaId)?.title;
}

/**
 * What a second run on the unchanged book must do: change nothing, be refused (nothing to add twice), or add again
 * (an idea may become several use cases: the second is checked as the first, under an ID of its own).
 */
export function againExpected(action: ActionName, outcome: Outcome): 'ok' | 'refused' | 'adds' {
  if (action === 'addIdeaAsUseCase') return 'adds';
  if (action === 'showPersonaPrompt' && (outcome.value as { cancelled?: boolean } | null)?.cancelled) return 'ok';
  return ['addScenario', 'addPersonaJourneyMap', 'showPersonaPrompt', 'addIdeaToJourneyMap'].includes(action)
    ? 'refused'
    : 'ok';
}

/** What the run remembers of an action that did its job: the names it can no longer be given as new. */
export function remember(ctx: Chaos, drawn: Drawn): void {
  if (drawn.scenario) ctx.scenarioNames.push(drawn.scenario.input.name);
  if (drawn.persona !== undefined) ctx.personaNames.push(drawn.persona.trim());
}

/** How the log shows what an action was given. */
export function describeArgs(drawn: Drawn): string {
  return `(${drawn.args.map((a) => JSON.stringify(a)).join(', ')})`;
}
