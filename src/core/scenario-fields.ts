/**
 * The scenario form's fields and the label each message about them starts with, known once for the server (which
 * writes "Step 2, day: a whole number…") and the sidebar (which reads such a refusal back and shows each line
 * beside its field). A field's key is `name`, `steps.0.day`, `dataNeeds.1.variable`…
 */
import { Language } from './language';
import { DATA_NEED_LABELS, FIELD_LABELS, LABEL_SEPARATOR, STEP_LABELS } from './scenario-text';

export type ScenarioField = keyof typeof FIELD_LABELS;

/** A field's key and the sentence that names it and says what to do. */
export interface FieldError {
  field: string;
  message: string;
}

/** The label a message about `field` starts with, in a language; null for a key that names no field. */
export function fieldLabel(field: string, language: Language): string | null {
  const step = /^steps\.(\d+)\.(day|channel|message)$/.exec(field);
  if (step) return STEP_LABELS[step[2] as 'day' | 'channel' | 'message'][language](Number(step[1]) + 1);
  const need = /^dataNeeds\.(\d+)\.(variable|source)$/.exec(field);
  if (need) return DATA_NEED_LABELS[need[2] as 'variable' | 'source'][language](Number(need[1]) + 1);
  return field in FIELD_LABELS ? FIELD_LABELS[field as ScenarioField][language] : null;
}

/** A refusal of one field: "Label: what to do" (French typography puts a space before the colon). */
export function fieldError(field: string, fix: string, language: Language): FieldError {
  return { field, message: `${fieldLabel(field, language) ?? field}${LABEL_SEPARATOR[language]}${fix}` };
}

/** Every field of a form with this many steps and data needs. */
export function formFields(steps: number, dataNeeds: number): string[] {
  return [
    ...Object.keys(FIELD_LABELS),
    ...Array.from({ length: steps }, (_, i) =>
      ['day', 'channel', 'message'].map((part) => `steps.${i}.${part}`),
    ).flat(),
    ...Array.from({ length: dataNeeds }, (_, i) =>
      ['variable', 'source'].map((part) => `dataNeeds.${i}.${part}`),
    ).flat(),
  ];
}

/**
 * A refusal as the sidebar receives it, line by line, each matched to the field whose label starts it (longest label
 * first, so "Step 12, day" is never taken for "Step 1, day"), or null for a message about no field. Apps Script may
 * put the error's kind before the server's message (`Error: `, `ScriptError: `…): it is not part of it.
 */
export function parseRefusal(
  message: string,
  shape: { steps: number; dataNeeds: number },
  language: Language,
): { field: string | null; message: string }[] {
  const labels = formFields(shape.steps, shape.dataNeeds)
    .map((field) => ({ field, prefix: `${fieldLabel(field, language)}${LABEL_SEPARATOR[language]}` }))
    .sort((a, b) => b.prefix.length - a.prefix.length);
  return message
    .replace(/^\s*[A-Za-z]*(Error|Exception):\s*/, '')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ field: labels.find((l) => line.startsWith(l.prefix))?.field ?? null, message: line }));
}

/** Beside its field, a message need not repeat the field's name: "Step 1, day: a whole number…" → "A whole number…". */
export function fixOf(field: string, message: string, language: Language): string {
  const prefix = `${fieldLabel(field, language)}${LABEL_SEPARATOR[language]}`;
  if (!message.startsWith(prefix)) return message;
  const fix = message.slice(prefix.length);
  return fix.charAt(0).toLocaleUpperCase(language) + fix.slice(1);
}
