/**
 * A marketing-automation scenario as the sidebar sends it, its validation (the same on the server and in the
 * sidebar), and how it is written: one row of the scenario table and one row per data need.
 */
import { Language } from './language';
import { FieldError, fieldError } from './scenario-fields';
import { SCENARIO_ERRORS } from './scenario-text';
import { labelKey, tidy } from './text';
import { DAY_PREFIX, PHASES, PHASE_LABELS, Phase, TRIGGER_TYPES, TRIGGER_TYPE_LABELS, TriggerType } from './vocabulary';

/** What crosses google.script.run: plain JSON, no dates. */
export interface ScenarioInput {
  name: string;
  programme: string;
  target: string;
  phase: string;
  channel: string;
  triggerType: string;
  trigger: string;
  /** The ID of the use case it serves (`UC-01`), optional. */
  useCase?: string;
  /** A step's day as typed: null when left blank (the validation says so, by its field). */
  steps: { day: number | null; channel: string; message: string }[];
  dataNeeds?: { variable: string; source: string }[];
}

export interface SidebarOptions {
  language: Language;
  programmes: string[];
  targets: string[];
  phases: { value: Phase; label: string }[];
  channels: string[];
  triggerTypes: { value: TriggerType; label: string }[];
  /** Names already in the scenario table, so the sidebar can warn before the server refuses. */
  existingNames: string[];
  /** The use-case table's use cases in table order, for "Which use case does it serve?" (`UC-01 — Show…`). */
  useCases: { id: string; label: string }[];
  /** The method's scenario models, in the sheet's language, a name taken already suffixed ` (2)`, ` (3)`… */
  presets: { id: string; label: string; scenario: ScenarioInput }[];
}

export interface AddedScenario {
  id: string;
  /** The sheet row the scenario was written to. */
  row: number;
}

/** A scenario that passed validation: tidied text, known phase and trigger type. */
export interface Scenario {
  name: string;
  /** The ID of the use case it serves, or ''. */
  useCase: string;
  programme: string;
  target: string;
  phase: Phase;
  channel: string;
  triggerType: TriggerType;
  trigger: string;
  steps: { day: number; channel: string; message: string }[];
  dataNeeds: { variable: string; source: string }[];
}

export type { FieldError } from './scenario-fields';

export const LIMITS = {
  name: 100,
  short: 60,
  trigger: 200,
  message: 300,
  variable: 120,
  steps: 20,
  dataNeeds: 30,
  maxDay: 365,
};

export type Validation = { ok: true; scenario: Scenario } | { ok: false; errors: FieldError[] };

/** What the validation checks against: the names already taken, and the use cases a scenario may serve. */
export interface ScenarioContext {
  existingNames: readonly string[];
  /** The use-case table's IDs; undefined when not known here (the server checks). */
  useCaseIds?: readonly string[];
}

/** A name no scenario has yet: the name itself, or suffixed ` (2)`, ` (3)`… whatever the case of the names taken. */
export function freeName(name: string, existingNames: readonly string[]): string {
  const taken = new Set(existingNames.map(labelKey));
  let free = name;
  for (let n = 2; taken.has(labelKey(free)); n++) free = `${name} (${n})`;
  return free;
}

/** Finds a phase by key or by its label in any language, any case. */
export function phaseOf(text: unknown): Phase | null {
  const key = labelKey(text);
  return (
    PHASES.find((p) => p === key || Object.values(PHASE_LABELS[p]).some((label) => labelKey(label) === key)) ?? null
  );
}

export function triggerTypeOf(text: unknown): TriggerType | null {
  const key = labelKey(text);
  return (
    TRIGGER_TYPES.find(
      (t) => t === key || Object.values(TRIGGER_TYPE_LABELS[t]).some((label) => labelKey(label) === key),
    ) ?? null
  );
}

/** The refusals found so far, and the checks every field shares. */
class Checks {
  readonly errors: FieldError[] = [];
  constructor(readonly language: Language) {}

  fail(field: string, fix: string): void {
    this.errors.push(fieldError(field, fix, this.language));
  }

  /** Text, tidied; required unless said otherwise, and never longer than `max`. */
  text(field: string, value: unknown, max: number, required = true): string {
    const E = SCENARIO_ERRORS;
    if (value !== undefined && value !== null && typeof value !== 'string') {
      this.fail(field, E.notText[this.language]);
      return '';
    }
    const clean = tidy(value);
    if (required && clean === '') this.fail(field, E.required[this.language]);
    else if (clean.length > max) this.fail(field, E.tooLong[this.language](max));
    return clean;
  }
}

/**
 * The one validation of a scenario, run by the sidebar before it sends and by the server before it writes: each
 * refusal names its field and says what to do, in the sheet's language.
 */
export function validateScenario(input: unknown, context: ScenarioContext, language: Language): Validation {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'name', message: SCENARIO_ERRORS.notAnObject[language] }] };
  }
  const raw = input as Record<string, unknown>;
  const checks = new Checks(language);
  const E = SCENARIO_ERRORS;
  const name = checks.text('name', raw.name, LIMITS.name);
  if (name && context.existingNames.some((existing) => labelKey(existing) === labelKey(name))) {
    checks.fail('name', E.duplicateName[language](name));
  }
  const useCase = checks.text('useCase', raw.useCase, LIMITS.short, false);
  if (useCase && context.useCaseIds && !context.useCaseIds.some((id) => labelKey(id) === labelKey(useCase))) {
    checks.fail('useCase', E.unknownUseCase[language](useCase));
  }
  const programme = checks.text('programme', raw.programme, LIMITS.short);
  const target = checks.text('target', raw.target, LIMITS.short);
  const phaseText = checks.text('phase', raw.phase, LIMITS.short);
  const phase = phaseOf(phaseText);
  if (phaseText && !phase) checks.fail('phase', E.unknownPhase[language]);
  const channel = checks.text('channel', raw.channel, LIMITS.short);
  const triggerTypeText = checks.text('triggerType', raw.triggerType, LIMITS.short);
  const triggerType = triggerTypeOf(triggerTypeText);
  if (triggerTypeText && !triggerType) checks.fail('triggerType', E.unknownTriggerType[language]);
  const trigger = checks.text('trigger', raw.trigger, LIMITS.trigger);
  const steps = validateSteps(raw.steps, checks);
  const dataNeeds = validateDataNeeds(raw.dataNeeds, checks);
  if (checks.errors.length || !phase || !triggerType) return { ok: false, errors: checks.errors };
  const scenario = { name, useCase, programme, target, phase, channel, triggerType, trigger, steps, dataNeeds };
  return { ok: true, scenario };
}

/** The message sequence: 1 to 20 steps, each day a whole number from 0 to 365, never going backwards. */
function validateSteps(value: unknown, checks: Checks): Scenario['steps'] {
  const E = SCENARIO_ERRORS;
  const L = checks.language;
  if (!Array.isArray(value)) {
    checks.fail('steps', value === undefined ? E.noSteps[L] : E.notAList[L]);
    return [];
  }
  if (value.length === 0) checks.fail('steps', E.noSteps[L]);
  if (value.length > LIMITS.steps) checks.fail('steps', E.tooMany[L](LIMITS.steps));
  if (value.length === 0 || value.length > LIMITS.steps) return [];
  let previous: number | null = null;
  return value.map((step: unknown, i) => {
    const s = (typeof step === 'object' && step !== null ? step : {}) as Record<string, unknown>;
    const day = dayOf(s.day);
    if (day === null) checks.fail(`steps.${i}.day`, E.badDay[L]);
    else if (previous !== null && day < previous) checks.fail(`steps.${i}.day`, E.dayOrder[L](previous, day));
    if (day !== null) previous = day;
    const channel = checks.text(`steps.${i}.channel`, s.channel, LIMITS.short);
    const message = checks.text(`steps.${i}.message`, s.message, LIMITS.message);
    return { day: day ?? 0, channel, message };
  });
}

/** The data needs: optional, at most 30; a line left entirely blank is an unused line of the form, not a need. */
function validateDataNeeds(value: unknown, checks: Checks): Scenario['dataNeeds'] {
  const E = SCENARIO_ERRORS;
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    checks.fail('dataNeeds', E.notAList[checks.language]);
    return [];
  }
  if (value.length > LIMITS.dataNeeds) {
    checks.fail('dataNeeds', E.tooMany[checks.language](LIMITS.dataNeeds));
    return [];
  }
  return value.flatMap((need: unknown, i) => {
    const d = (typeof need === 'object' && need !== null ? need : {}) as Record<string, unknown>;
    if (tidy(d.variable) === '' && tidy(d.source) === '') return [];
    const variable = checks.text(`dataNeeds.${i}.variable`, d.variable, LIMITS.variable);
    const source = checks.text(`dataNeeds.${i}.source`, d.source, LIMITS.variable, false);
    return [{ variable, source }];
  });
}

/** A delay in days: a whole number from 0 to 365, given as a number or as digits. */
function dayOf(value: unknown): number | null {
  let day: number;
  if (typeof value === 'number') day = value;
  else if (typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value)) day = Number(value);
  else return null;
  return Number.isInteger(day) && day >= 0 && day <= LIMITS.maxDay ? day : null;
}

/** The message sequence as written in the sheet: one line per step, "D+1 · Email · Cart reminder". */
export function formatSequence(steps: Scenario['steps'], language: Language): string {
  return steps.map((step) => `${DAY_PREFIX[language]}${step.day} · ${step.channel} · ${step.message}`).join('\n');
}

/**
 * The next free ID of a numbered series: one more than the highest `PREFIX-n` among the existing IDs, whatever the
 * rows' order, the gaps between them or the case people typed them in; padded to `digits`.
 */
function nextNumberedId(existingIds: readonly unknown[], prefix: string, digits: number): string {
  const pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i');
  let highest = 0;
  for (const id of existingIds) {
    const match = pattern.exec(tidy(id));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${prefix}-${String(highest + 1).padStart(digits, '0')}`;
}

/** The next scenario ID, `SC-nnn`, continuing after the highest through gaps and rows sorted by hand. */
export function nextScenarioId(existingIds: readonly unknown[]): string {
  return nextNumberedId(existingIds, 'SC', 3);
}

/** The next use-case ID, `UC-nn`, continuing after the highest through gaps and rows sorted by hand. */
export function nextUseCaseId(existingIds: readonly unknown[]): string {
  return nextNumberedId(existingIds, 'UC', 2);
}
