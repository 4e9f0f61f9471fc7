/**
 * Calling the add-on as Apps Script does: the bundle's global functions, one at a time, sometimes with a Sheets
 * fault planned at a call the action is likely to make. What the user saw (dialogs, toasts, the refusal) is kept.
 */
import { PromptAnswer, errorMessage } from '../../fake';
import { Chaos } from './context';

export type ActionName =
  | 'setUpTemplate'
  | 'validateColourCodes'
  | 'normaliseColours'
  | 'prioritiseUseCases'
  | 'showScenarioSidebar'
  | 'getSidebarOptions'
  | 'addScenario'
  | 'draftUseCases'
  | 'refreshSummary'
  | 'addPersonaJourneyMap'
  | 'showPersonaPrompt'
  | 'drawExperienceCurves'
  | 'getIdeas'
  | 'addIdeaToJourneyMap'
  | 'addIdeaAsUseCase';

export const ACTIONS: readonly ActionName[] = [
  'setUpTemplate',
  'validateColourCodes',
  'normaliseColours',
  'prioritiseUseCases',
  'showScenarioSidebar',
  'getSidebarOptions',
  'addScenario',
  'draftUseCases',
  'refreshSummary',
  'addPersonaJourneyMap',
  'showPersonaPrompt',
  'drawExperienceCurves',
  'getIdeas',
  'addIdeaToJourneyMap',
  'addIdeaAsUseCase',
];

export const READ_ONLY = new Set<ActionName>([
  'validateColourCodes',
  'showScenarioSidebar',
  'getSidebarOptions',
  'getIdeas',
]);

/** Menu items return `{ error }` for a refusal; the sidebars' functions throw it to the failure handler. */
const THROWS_REFUSALS = new Set<ActionName>([
  'addScenario',
  'getSidebarOptions',
  'getIdeas',
  'addIdeaToJourneyMap',
  'addIdeaAsUseCase',
]);

const PERSONA_FAULTS = [
  'Range.getValues',
  'Spreadsheet.insertSheet',
  'Range.setValues',
  'Range.setBackgrounds',
  'Range.setDataValidations',
  'Range.setNotes',
  'Sheet.setFrozenRows',
  'Spreadsheet.toast',
];

/** The calls each action is likely to make, to aim a fault at (a read, each kind of write, the last writes). */
export const FAULT_TARGETS: Record<ActionName, readonly string[]> = {
  setUpTemplate: [
    'Range.getValues',
    'Spreadsheet.insertSheet',
    'Range.setValues',
    'Range.setDataValidation',
    'Spreadsheet.toast',
  ],
  validateColourCodes: ['Range.getValues', 'Range.getBackgrounds', 'Ui.alert'],
  normaliseColours: ['Range.getBackgrounds', 'Range.setBackgrounds', 'Spreadsheet.toast'],
  prioritiseUseCases: [
    'Range.getValues',
    'Range.setValues',
    'Range.setValues',
    'Range.sort',
    'Sheet.insertRowsAfter',
    'Range.setFontWeights',
    'Sheet.insertChart',
    'Sheet.updateChart',
    'Ui.alert',
  ],
  showScenarioSidebar: ['Ui.showSidebar'],
  getSidebarOptions: ['Range.getValues'],
  addScenario: ['Range.getValues', 'Range.setValues', 'Range.setValues', 'Sheet.insertRowsAfter'],
  draftUseCases: ['Range.getValues', 'Range.getBackgrounds', 'Range.setValues', 'Sheet.insertRowsAfter', 'Ui.alert'],
  refreshSummary: [
    'Range.getValues',
    'Spreadsheet.insertSheet',
    'Sheet.insertRowsBefore',
    'Sheet.deleteRows',
    'Range.setValues',
    'Range.setFormulas',
    'Range.setTextStyles',
    'Range.setBackgrounds',
    'Range.setNumberFormat',
    'Sheet.insertChart',
    'Sheet.updateChart',
    'Spreadsheet.toast',
  ],
  addPersonaJourneyMap: PERSONA_FAULTS,
  showPersonaPrompt: ['Ui.prompt', ...PERSONA_FAULTS],
  drawExperienceCurves: [
    'Range.getValues',
    'Range.getFormulas',
    'Sheet.insertRowsAfter',
    'Range.setValues',
    'Range.setValues',
    'Sheet.insertChart',
    'Sheet.updateChart',
    'Spreadsheet.toast',
  ],
  getIdeas: ['Range.getValues', 'Range.getBackgrounds'],
  addIdeaToJourneyMap: ['Range.getValues', 'Range.setValues', 'Range.setBackground'],
  addIdeaAsUseCase: ['Range.getValues', 'Range.setValues', 'Sheet.insertRowsAfter'],
};

export interface Fault {
  method: string;
  nth: number;
}

export interface Outcome {
  /** ok: it did its job; refused: it said why not (a fixable problem or a failure); threw: a raw exception. */
  kind: 'ok' | 'refused' | 'threw';
  value?: unknown;
  message?: string;
  /** The raw error's name, when one was thrown (TypeError…). */
  errorName?: string;
  /** Everything the user saw: dialogs and toasts. */
  shown: string[];
  faultFired: boolean;
}

export function runAction(ctx: Chaos, name: ActionName, args: unknown[], fault: Fault | null): Outcome {
  const { env } = ctx;
  const alerts = env.ui.view.alerts.length;
  const toasts = env.book.view.toasts.length;
  env.lock.heldElsewhere = ctx.lockHeldNext;
  if (fault) env.book.log.failOn(fault.method, fault.nth);
  // The persona prompt's answer is what the person types: it is queued, not passed.
  const prompted = name === 'showPersonaPrompt';
  const asked = env.ui.view.prompts.length;
  if (prompted) env.ui.view.answerPrompts(args[0] as PromptAnswer);
  let outcome: Omit<Outcome, 'shown' | 'faultFired'>;
  try {
    const value = ctx.bundle[name](...(prompted ? [] : args));
    const error = (value as { error?: unknown } | null)?.error;
    outcome = typeof error === 'string' ? { kind: 'refused', message: error, value } : { kind: 'ok', value };
  } catch (thrown) {
    const errorName = (thrown as { name?: unknown } | null)?.name;
    outcome = {
      kind: THROWS_REFUSALS.has(name) ? 'refused' : 'threw',
      message: errorMessage(thrown),
      errorName: typeof errorName === 'string' ? errorName : undefined,
    };
  } finally {
    env.lock.heldElsewhere = false;
    ctx.lockHeldNext = false;
    // An answer no prompt took (the call failed before asking) must not answer the next one.
    if (prompted && env.ui.view.prompts.length === asked)
      env.ui.view.answer({ title: '', prompt: '', buttons: 'OK_CANCEL' });
  }
  const unfired = env.book.log.clearFailures();
  const shown = [
    ...env.ui.view.alerts.slice(alerts).map((a) => [a.title, a.prompt].filter(Boolean).join('\n')),
    ...env.book.view.toasts.slice(toasts).map((t) => [t.title, t.message].filter(Boolean).join('\n')),
  ];
  return { ...outcome, shown, faultFired: fault !== null && unfired === 0 };
}

export function describeOutcome(outcome: Outcome): string {
  const fault = outcome.faultFired ? ' (the planned fault fired)' : '';
  if (outcome.kind === 'ok') return `ok${fault}`;
  const message = (outcome.message ?? '').replace(/\s+/g, ' ').slice(0, 160);
  return `${outcome.kind === 'threw' ? 'THREW' : 'refused'}${fault}: ${JSON.stringify(message)}`;
}
