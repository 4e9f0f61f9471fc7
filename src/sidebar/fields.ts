/**
 * The sidebar's labelled fields: every input has a visible label and an error line tied to it (aria-describedby),
 * so a message appears next to its field. A field's key (`name`, `steps.0.day`) gives its DOM ids.
 */
import { el } from './dom';

/** A field's key as a DOM id. */
export const idOf = (field: string): string => `f-${field.replace(/\./g, '-')}`;
export const errorIdOf = (field: string): string => `${idOf(field)}-error`;

export function errorLine(field: string): HTMLElement {
  return el('p', { class: 'field-error', id: errorIdOf(field), hidden: true });
}

export function textField(
  field: string,
  label: string,
  options: { list?: string; hint?: string; type?: string; inputmode?: string } = {},
): HTMLElement {
  const hintId = options.hint ? `${idOf(field)}-hint` : undefined;
  const input = el('input', {
    id: idOf(field),
    name: field,
    type: options.type ?? 'text',
    list: options.list,
    inputmode: options.inputmode,
    autocomplete: 'off',
    'aria-describedby': [hintId, errorIdOf(field)].filter(Boolean).join(' '),
  });
  return el(
    'div',
    { class: 'field' },
    el('label', { for: idOf(field) }, label),
    options.hint ? el('p', { class: 'hint', id: hintId }, options.hint) : null,
    input,
    errorLine(field),
  );
}

/** A labelled select with its error line; `options` are value and label pairs, set as text. */
export function selectField(field: string, label: string, select: HTMLSelectElement, hint?: string): HTMLElement {
  const hintId = hint ? `${idOf(field)}-hint` : undefined;
  select.id = idOf(field);
  select.name = field;
  select.setAttribute('aria-describedby', [hintId, errorIdOf(field)].filter(Boolean).join(' '));
  return el(
    'div',
    { class: 'field' },
    el('label', { for: idOf(field) }, label),
    hint ? el('p', { class: 'hint', id: hintId }, hint) : null,
    select,
    errorLine(field),
  );
}

/**
 * A labelled input inside a step or a data need. Its visible label is short ("Day"); the group's legend ("Step 2")
 * gives the context, and the input's title carries the full name the server's messages use ("Step 2, day").
 */
export function subField(
  field: string,
  shortLabel: string,
  fullLabel: string,
  value: string,
  attributes: Record<string, string> = {},
): HTMLElement {
  const input = el('input', {
    id: idOf(field),
    name: field,
    type: attributes.type ?? 'text',
    autocomplete: 'off',
    title: fullLabel,
    'aria-describedby': errorIdOf(field),
    ...Object.fromEntries(Object.entries(attributes).filter(([k]) => k !== 'type')),
  });
  input.value = value;
  return el(
    'div',
    { class: `sub sub-${field.split('.').pop()}` },
    el('label', { for: idOf(field) }, shortLabel),
    input,
    errorLine(field),
  );
}
