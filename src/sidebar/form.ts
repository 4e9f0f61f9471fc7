/**
 * The scenario form: who, when, where, how, the message sequence and the data needs. Every input has a visible
 * label and an error line tied to it (aria-describedby), so a message appears next to its field.
 */
import { Language } from '../core/language';
import { ScenarioInput, SidebarOptions } from '../core/scenario';
import { DATA_NEED_LABELS, FIELD_LABELS, LABEL_SEPARATOR, SIDEBAR_TEXT, STEP_LABELS } from '../core/scenario-text';
import { el, setOptions } from './dom';

const T = SIDEBAR_TEXT;

/** A field's key (`name`, `steps.0.day`) as a DOM id. */
export const idOf = (field: string): string => `f-${field.replace(/\./g, '-')}`;
const errorIdOf = (field: string): string => `${idOf(field)}-error`;

function errorLine(field: string): HTMLElement {
  return el('p', { class: 'field-error', id: errorIdOf(field), hidden: true });
}

function textField(
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

export class ScenarioForm {
  readonly root: HTMLFormElement;
  private readonly steps: HTMLOListElement;
  private readonly needs: HTMLOListElement;
  readonly submit: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly summary: HTMLElement;
  private readonly lists: Record<'targets' | 'programmes' | 'channels', HTMLDataListElement>;
  private readonly phase: HTMLSelectElement;

  constructor(
    private readonly language: Language,
    options: SidebarOptions,
  ) {
    const L = language;
    this.lists = {
      targets: el('datalist', { id: 'targets-list' }),
      programmes: el('datalist', { id: 'programmes-list' }),
      channels: el('datalist', { id: 'channels-list' }),
    };
    this.phase = el('select', { id: idOf('phase'), name: 'phase', 'aria-describedby': errorIdOf('phase') });
    setOptions(this.phase, [{ value: '', label: '—' }, ...options.phases]);
    const triggerTypes = el(
      'fieldset',
      { class: 'field radios', id: idOf('triggerType'), 'aria-describedby': errorIdOf('triggerType') },
      el('legend', {}, FIELD_LABELS.triggerType[L]),
      ...options.triggerTypes.map((t, i) =>
        el(
          'label',
          { class: 'radio' },
          el('input', { type: 'radio', name: 'triggerType', value: t.value, checked: i === 0 }),
          t.label,
        ),
      ),
      errorLine('triggerType'),
    );
    this.steps = el('ol', { class: 'steps', id: idOf('steps') });
    this.needs = el('ol', { class: 'needs' });
    this.submit = el('button', { type: 'submit', class: 'action' }, T.submit[L]);
    this.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.summary = el('p', { class: 'form-error', role: 'alert', hidden: true });
    const close = el('button', { type: 'button', class: 'secondary', id: 'close' }, T.close[L]);
    close.addEventListener('click', () => this.root.dispatchEvent(new CustomEvent('close-sidebar')));

    const addStep = el('button', { type: 'button', class: 'secondary', id: 'add-step' }, T.addStep[L]);
    addStep.addEventListener('click', () => this.addStep(true));
    const addNeed = el('button', { type: 'button', class: 'secondary', id: 'add-need' }, T.addDataNeed[L]);
    addNeed.addEventListener('click', () => this.addNeed(true));

    this.root = el(
      'form',
      { id: 'scenario-form', novalidate: true, lang: L, 'aria-labelledby': 'form-title' },
      // Google shows the sidebar's title above it; this heading is for screen readers' navigation.
      el('h1', { class: 'visually-hidden', id: 'form-title' }, T.title[L]),
      el('p', { class: 'intro' }, T.intro[L]),
      this.summary,
      textField('name', FIELD_LABELS.name[L]),
      el(
        'fieldset',
        { class: 'section' },
        el('legend', {}, T.who[L]),
        textField('target', FIELD_LABELS.target[L], { list: 'targets-list', hint: T.listHint[L] }),
      ),
      el(
        'fieldset',
        { class: 'section' },
        el('legend', {}, T.when[L]),
        el(
          'div',
          { class: 'field' },
          el('label', { for: idOf('phase') }, FIELD_LABELS.phase[L]),
          this.phase,
          errorLine('phase'),
        ),
      ),
      el(
        'fieldset',
        { class: 'section' },
        el('legend', {}, T.where[L]),
        textField('channel', FIELD_LABELS.channel[L], { list: 'channels-list', hint: T.listHint[L] }),
      ),
      el(
        'fieldset',
        { class: 'section' },
        el('legend', {}, T.how[L]),
        textField('programme', FIELD_LABELS.programme[L], { list: 'programmes-list', hint: T.listHint[L] }),
        triggerTypes,
        textField('trigger', FIELD_LABELS.trigger[L], { hint: T.triggerHintBehaviour[L] }),
        el(
          'fieldset',
          { class: 'field', 'aria-describedby': errorIdOf('steps') },
          el('legend', {}, FIELD_LABELS.steps[L]),
          errorLine('steps'),
          this.steps,
          addStep,
        ),
      ),
      el(
        'fieldset',
        { class: 'section' },
        el('legend', {}, FIELD_LABELS.dataNeeds[L]),
        el('p', { class: 'hint' }, T.dataNeedsHint[L]),
        this.needs,
        addNeed,
      ),
      el('div', { class: 'actions' }, this.submit, close),
      this.status,
      this.lists.targets,
      this.lists.programmes,
      this.lists.channels,
    );
    this.setLists(options);
    this.clear();
  }

  setLists(options: Pick<SidebarOptions, 'targets' | 'programmes' | 'channels'>): void {
    const items = (values: string[]) => values.map((value) => ({ value, label: value }));
    setOptions(this.lists.targets, items(options.targets));
    setOptions(this.lists.programmes, items(options.programmes));
    setOptions(this.lists.channels, items(options.channels));
  }

  /** Empties the form for the next scenario: one empty step, one empty data need. */
  clear(): void {
    for (const input of this.root.querySelectorAll<HTMLInputElement>('input[type=text], input[type=number]'))
      input.value = '';
    this.phase.value = '';
    const first = this.root.querySelector<HTMLInputElement>('input[name=triggerType]');
    if (first) first.checked = true;
    this.steps.replaceChildren();
    this.needs.replaceChildren();
    this.addStep(false);
    this.addNeed(false);
    this.showErrors([]);
  }

  private addStep(focus: boolean): void {
    this.steps.append(el('li', { class: 'step' }));
    this.renumber();
    // renumber() rebuilt the list: focus the new last item, not the element appended above.
    if (focus) this.steps.lastElementChild?.querySelector<HTMLInputElement>('input')?.focus();
  }

  private addNeed(focus: boolean): void {
    this.needs.append(el('li', { class: 'need' }));
    this.renumber();
    if (focus) this.needs.lastElementChild?.querySelector<HTMLInputElement>('input')?.focus();
  }

  /**
   * Steps and data needs are rebuilt around their values whenever one is added or removed, so labels ("Step 2,
   * day"), ids and error lines always match their position, as the server's messages do.
   */
  private renumber(): void {
    const L = this.language;
    this.rebuildList(this.steps, 'step', 'add-step', {
      legend: T.step[L],
      removeLabel: T.removeStep[L],
      // A sequence keeps at least one step; data needs may all go.
      keepOne: true,
      inputs: (i, n, values) => [
        sub(`steps.${i}.day`, T.day[L], STEP_LABELS.day[L](n), values[0] ?? '', {
          type: 'number',
          min: '0',
          max: '365',
          step: '1',
          inputmode: 'numeric',
        }),
        sub(`steps.${i}.channel`, T.stepChannel[L], STEP_LABELS.channel[L](n), values[1] ?? '', {
          list: 'channels-list',
        }),
        sub(`steps.${i}.message`, T.message[L], STEP_LABELS.message[L](n), values[2] ?? ''),
      ],
    });
    this.rebuildList(this.needs, 'need', 'add-need', {
      legend: T.dataNeed[L],
      removeLabel: T.removeDataNeed[L],
      keepOne: false,
      inputs: (i, n, values) => [
        sub(`dataNeeds.${i}.variable`, T.variable[L], DATA_NEED_LABELS.variable[L](n), values[0] ?? ''),
        sub(`dataNeeds.${i}.source`, T.source[L], DATA_NEED_LABELS.source[L](n), values[1] ?? ''),
      ],
    });
  }

  /** Rebuilds a list of numbered groups around the values typed so far, each with its remove button. */
  private rebuildList(
    list: HTMLOListElement,
    itemClass: string,
    addButtonId: string,
    shape: {
      legend: (n: number) => string;
      removeLabel: (n: number) => string;
      keepOne: boolean;
      inputs: (index: number, n: number, values: string[]) => HTMLElement[];
    },
  ): void {
    const typed = [...list.children].map((li) => readInputs(li));
    list.replaceChildren(
      ...typed.map((values, i) => {
        const n = i + 1;
        const remove = el('button', { type: 'button', class: 'link', 'aria-label': shape.removeLabel(n) }, '×');
        remove.addEventListener('click', () => {
          list.children[i].remove();
          this.renumber();
          this.focusAfterRemoval(list, addButtonId, i);
        });
        return el(
          'li',
          { class: itemClass },
          el(
            'fieldset',
            { class: 'group' },
            el('legend', {}, shape.legend(n)),
            shape.keepOne && typed.length === 1 ? null : remove,
            ...shape.inputs(i, n, values),
          ),
        );
      }),
    );
  }

  private focusAfterRemoval(list: HTMLOListElement, addButtonId: string, index: number): void {
    const next = list.children[Math.min(index, list.children.length - 1)];
    const target =
      next?.querySelector<HTMLInputElement>('input') ?? this.root.querySelector<HTMLButtonElement>(`#${addButtonId}`);
    target?.focus();
  }

  /** The payload, exactly as typed; blank data-need lines are left out. */
  read(): ScenarioInput {
    const value = (field: string): string => this.root.querySelector<HTMLInputElement>(`#${idOf(field)}`)?.value ?? '';
    const triggerType = this.root.querySelector<HTMLInputElement>('input[name=triggerType]:checked')?.value ?? '';
    const steps = [...this.steps.children].map((_, i) => {
      const day = value(`steps.${i}.day`).trim();
      return {
        day: day === '' ? null : Number(day),
        channel: value(`steps.${i}.channel`),
        message: value(`steps.${i}.message`),
      };
    });
    const dataNeeds = [...this.needs.children]
      .map((_, i) => ({ variable: value(`dataNeeds.${i}.variable`), source: value(`dataNeeds.${i}.source`) }))
      .filter((need) => need.variable.trim() !== '' || need.source.trim() !== '');
    return {
      name: value('name'),
      programme: value('programme'),
      target: value('target'),
      phase: this.phase.value,
      channel: value('channel'),
      triggerType,
      trigger: value('trigger'),
      steps,
      dataNeeds,
    };
  }

  /** Shows each error by its field (or above the form when no field matches); clears the others. */
  showErrors(errors: { field: string | null; message: string }[]): void {
    for (const line of this.root.querySelectorAll<HTMLElement>('.field-error')) {
      line.hidden = true;
      line.textContent = '';
    }
    for (const input of this.root.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    const general: string[] = [];
    for (const { field, message } of errors) {
      const line = field ? this.root.querySelector<HTMLElement>(`#${errorIdOf(field)}`) : null;
      if (!field || !line) {
        general.push(message);
        continue;
      }
      line.textContent = this.withoutLabel(field, message);
      line.hidden = false;
      this.root.querySelector(`#${idOf(field)}`)?.setAttribute('aria-invalid', 'true');
    }
    this.summary.textContent = general.join('\n');
    this.summary.hidden = general.length === 0;
  }

  /** Beside its field, a message need not repeat the field's name: "Step 1, day: a whole number…" → "A whole number…". */
  private withoutLabel(field: string, message: string): string {
    const label = this.fieldLabels().find((l) => l.field === field)?.label;
    const prefix = label === undefined ? null : `${label}${LABEL_SEPARATOR[this.language]}`;
    if (prefix === null || !message.startsWith(prefix)) return message;
    const fix = message.slice(prefix.length);
    return fix.charAt(0).toLocaleUpperCase(this.language) + fix.slice(1);
  }

  /** The fields of the form with the label each server message starts with, longest label first. */
  fieldLabels(): { field: string; label: string }[] {
    const L = this.language;
    const labels: { field: string; label: string }[] = Object.entries(FIELD_LABELS).map(([field, label]) => ({
      field,
      label: label[L],
    }));
    for (let i = 0; i < this.steps.children.length; i++) {
      labels.push({ field: `steps.${i}.day`, label: STEP_LABELS.day[L](i + 1) });
      labels.push({ field: `steps.${i}.channel`, label: STEP_LABELS.channel[L](i + 1) });
      labels.push({ field: `steps.${i}.message`, label: STEP_LABELS.message[L](i + 1) });
    }
    for (let i = 0; i < this.needs.children.length; i++) {
      labels.push({ field: `dataNeeds.${i}.variable`, label: DATA_NEED_LABELS.variable[L](i + 1) });
      labels.push({ field: `dataNeeds.${i}.source`, label: DATA_NEED_LABELS.source[L](i + 1) });
    }
    return labels.sort((a, b) => b.label.length - a.label.length);
  }

  focusField(field: string): void {
    const target = this.root.querySelector<HTMLElement>(`#${idOf(field)}`);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
  }
}

function readInputs(item: Element): string[] {
  return [...item.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value);
}

/**
 * A labelled input inside a step or a data need. Its visible label is short ("Day"); the group's legend ("Step 2")
 * gives the context, and the input's title carries the full name the server's messages use ("Step 2, day").
 */
function sub(
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
