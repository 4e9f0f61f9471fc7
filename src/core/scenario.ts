/**
 * A marketing-automation scenario as the sidebar sends it, its validation (the same on the server and in the
 * sidebar), and how it is written: one row of the scenario table and one row per data need.
 */
import { Language } from './language';
import { DATA_NEED_LABELS, FIELD_LABELS, LABEL_SEPARATOR, SCENARIO_ERRORS, STEP_LABELS } from './scenario-text';
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
}

export interface AddedScenario {
  id: string;
  /** The sheet row the scenario was written to. */
  row: number;
}

/** A scenario that passed validation: tidied text, known phase and trigger type. */
export interface Scenario {
  name: string;
  programme: string;
  target: string;
  phase: Phase;
  channel: string;
  triggerType: TriggerType;
  trigger: string;
  steps: { day: number; channel: string; message: string }[];
  dataNeeds: { variable: string; source: string }[];
}

/** A field's key: `name`, `steps.0.day`, `dataNeeds.1.variable`… and the sentence that names it and the fix. */
export interface FieldError {
  field: string;
  message: string;
}

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

export function validateScenario(input: unknown, existingNames: readonly string[], language: Language): Validation {
  const errors: FieldError[] = [];
  const fail = (field: string, label: string, fix: string): void => {
    errors.push({ field, message: `${label}${LABEL_SEPARATOR[language]}${fix}` });
  };
  const E = SCENARIO_ERRORS;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'name', message: E.notAnObject[language] }] };
  }
  const raw = input as Record<string, unknown>;

  const text = (field: string, label: string, value: unknown, max: number, required = true): string => {
    if (value !== undefined && value !== null && typeof value !== 'string') {
      fail(field, label, E.notText[language]);
      return '';
    }
    const clean = tidy(value);
    if (required && clean === '') fail(field, label, E.required[language]);
    else if (clean.length > max) fail(field, label, E.tooLong[language](max));
    return clean;
  };

  const name = text('name', FIELD_LABELS.name[language], raw.name, LIMITS.name);
  if (name && existingNames.some((existing) => labelKey(existing) === labelKey(name))) {
    fail('name', FIELD_LABELS.name[language], E.duplicateName[language](name));
  }
  const programme = text('programme', FIELD_LABELS.programme[language], raw.programme, LIMITS.short);
  const target = text('target', FIELD_LABELS.target[language], raw.target, LIMITS.short);
  const phaseText = text('phase', FIELD_LABELS.phase[language], raw.phase, LIMITS.short);
  const phase = phaseOf(phaseText);
  if (phaseText && !phase) fail('phase', FIELD_LABELS.phase[language], E.unknownPhase[language]);
  const channel = text('channel', FIELD_LABELS.channel[language], raw.channel, LIMITS.short);
  const triggerTypeText = text('triggerType', FIELD_LABELS.triggerType[language], raw.triggerType, LIMITS.short);
  const triggerType = triggerTypeOf(triggerTypeText);
  if (triggerTypeText && !triggerType)
    fail('triggerType', FIELD_LABELS.triggerType[language], E.unknownTriggerType[language]);
  const trigger = text('trigger', FIELD_LABELS.trigger[language], raw.trigger, LIMITS.trigger);

  const steps: Scenario['steps'] = [];
  if (!Array.isArray(raw.steps)) {
    fail('steps', FIELD_LABELS.steps[language], raw.steps === undefined ? E.noSteps[language] : E.notAList[language]);
  } else if (raw.steps.length === 0) {
    fail('steps', FIELD_LABELS.steps[language], E.noSteps[language]);
  } else if (raw.steps.length > LIMITS.steps) {
    fail('steps', FIELD_LABELS.steps[language], E.tooMany[language](LIMITS.steps));
  } else {
    let previous: number | null = null;
    raw.steps.forEach((step: unknown, i) => {
      const s = (typeof step === 'object' && step !== null ? step : {}) as Record<string, unknown>;
      const n = i + 1;
      const day = dayOf(s.day);
      if (day === null) fail(`steps.${i}.day`, STEP_LABELS.day[language](n), E.badDay[language]);
      else if (previous !== null && day < previous)
        fail(`steps.${i}.day`, STEP_LABELS.day[language](n), E.dayOrder[language](previous, day));
      if (day !== null) previous = day;
      const stepChannel = text(`steps.${i}.channel`, STEP_LABELS.channel[language](n), s.channel, LIMITS.short);
      const message = text(`steps.${i}.message`, STEP_LABELS.message[language](n), s.message, LIMITS.message);
      steps.push({ day: day ?? 0, channel: stepChannel, message });
    });
  }

  const dataNeeds: Scenario['dataNeeds'] = [];
  if (raw.dataNeeds !== undefined && raw.dataNeeds !== null) {
    if (!Array.isArray(raw.dataNeeds)) {
      fail('dataNeeds', FIELD_LABELS.dataNeeds[language], E.notAList[language]);
    } else if (raw.dataNeeds.length > LIMITS.dataNeeds) {
      fail('dataNeeds', FIELD_LABELS.dataNeeds[language], E.tooMany[language](LIMITS.dataNeeds));
    } else {
      raw.dataNeeds.forEach((need: unknown, i) => {
        const d = (typeof need === 'object' && need !== null ? need : {}) as Record<string, unknown>;
        // A pair left entirely blank is an unused line of the form, not a data need.
        if (tidy(d.variable) === '' && tidy(d.source) === '') return;
        const variable = text(
          `dataNeeds.${i}.variable`,
          DATA_NEED_LABELS.variable[language](i + 1),
          d.variable,
          LIMITS.variable,
        );
        const source = text(
          `dataNeeds.${i}.source`,
          DATA_NEED_LABELS.source[language](i + 1),
          d.source,
          LIMITS.variable,
          false,
        );
        dataNeeds.push({ variable, source });
      });
    }
  }

  if (errors.length || !phase || !triggerType) return { ok: false, errors };
  return { ok: true, scenario: { name, programme, target, phase, channel, triggerType, trigger, steps, dataNeeds } };
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

const ID_PATTERN = /^SC-(\d+)$/i;

/** The next free ID: one more than the highest SC-nnn in the table, whatever the rows' order or gaps. */
export function nextScenarioId(existingIds: readonly unknown[]): string {
  let highest = 0;
  for (const id of existingIds) {
    const match = ID_PATTERN.exec(tidy(id));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `SC-${String(highest + 1).padStart(3, '0')}`;
}
