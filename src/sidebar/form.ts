/**
 * The scenario form: a model to start from, then why, who, when, where, how, the message sequence and the data
 * needs, in the method's order. It reads and fills itself as a ScenarioInput and shows each error beside the field
 * it names.
 */
import { Language } from '../core/language';
import { ScenarioInput, SidebarOptions, freeName, phaseOf } from '../core/scenario';
import { fixOf } from '../core/scenario-fields';
import { FIELD_LABELS, SIDEBAR_TEXT } from '../core/scenario-text';
import { el, setOptions } from './dom';
import { errorIdOf, errorLine, idOf, selectField, textField } from './fields';
import { ModelPicker, Preset } from './model-picker';
import { NumberedList } from './numbered-list';
import { needList, stepList } from './sequence-lists';

const T = SIDEBAR_TEXT;

type Lists = Pick<SidebarOptions, 'targets' | 'programmes' | 'channels'>;

export class ScenarioForm {
  readonly root: HTMLFormElement;
  readonly submit: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly summary: HTMLElement;
  private readonly steps: NumberedList;
  private readonly needs: NumberedList;
  private readonly lists: Record<keyof Lists, HTMLDataListElement>;
  private readonly phase: HTMLSelectElement;
  private readonly useCase: HTMLSelectElement;
  readonly models: ModelPicker;
  /** The form as last filled or emptied by the add-on: anything else in it was typed by the person. */
  private untouched = '';
  /** The scenario names taken, as the server gave them and as this sidebar added more: a model's name avoids them. */
  existingNames: string[];

  constructor(
    private readonly language: Language,
    options: SidebarOptions,
  ) {
    const L = language;
    this.existingNames = [...options.existingNames];
    this.lists = {
      targets: el('datalist', { id: 'targets-list' }),
      programmes: el('datalist', { id: 'programmes-list' }),
      channels: el('datalist', { id: 'channels-list' }),
    };
    this.phase = el('select', { id: idOf('phase'), name: 'phase', 'aria-describedby': errorIdOf('phase') });
    setOptions(this.phase, [{ value: '', label: '—' }, ...options.phases]);
    this.useCase = el('select', {});
    setOptions(this.useCase, [
      { value: '', label: T.noUseCase[L] },
      ...options.useCases.map((u) => ({ value: u.id, label: u.label })),
    ]);
    this.steps = stepList(L, () => this.root);
    this.needs = needList(L, () => this.root);
    this.models = new ModelPicker(
      L,
      options.presets,
      () => this.typed(),
      (preset) => this.startFrom(preset),
    );
    this.submit = el('button', { type: 'submit', class: 'action' }, T.submit[L]);
    this.status = el('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.summary = el('p', { class: 'form-error', role: 'alert', hidden: true });
    this.root = el(
      'form',
      { id: 'scenario-form', novalidate: true, lang: L, 'aria-labelledby': 'form-title' },
      // Google shows the sidebar's title above it; this heading is for screen readers' navigation.
      el('h1', { class: 'visually-hidden', id: 'form-title' }, T.title[L]),
      el('p', { class: 'intro' }, T.intro[L]),
      this.summary,
      this.models.root,
      textField('name', FIELD_LABELS.name[L]),
      ...this.sections(options),
      el('div', { class: 'actions' }, this.submit, this.closeButton()),
      this.status,
      this.lists.targets,
      this.lists.programmes,
      this.lists.channels,
    );
    this.setLists(options);
    this.clear();
  }

  /** Who, when, where, how, and the data needs: one fieldset each, in the method's order. */
  private sections(options: SidebarOptions): HTMLElement[] {
    const L = this.language;
    const section = (legend: string, ...children: (HTMLElement | null)[]) =>
      el('fieldset', { class: 'section' }, el('legend', {}, legend), ...children);
    const addButton = (id: string, label: string, list: NumberedList) => {
      const button = el('button', { type: 'button', class: 'secondary', id }, label);
      button.addEventListener('click', () => list.add(true));
      return button;
    };
    const useCaseHint = options.useCases.length ? T.useCaseHint[L] : T.noUseCasesYet[L];
    return [
      section(T.why[L], selectField('useCase', T.useCaseQuestion[L], this.useCase, useCaseHint)),
      section(T.who[L], textField('target', FIELD_LABELS.target[L], { list: 'targets-list', hint: T.listHint[L] })),
      section(
        T.when[L],
        el(
          'div',
          { class: 'field' },
          el('label', { for: idOf('phase') }, FIELD_LABELS.phase[L]),
          this.phase,
          errorLine('phase'),
        ),
      ),
      section(
        T.where[L],
        textField('channel', FIELD_LABELS.channel[L], { list: 'channels-list', hint: T.listHint[L] }),
      ),
      section(
        T.how[L],
        textField('programme', FIELD_LABELS.programme[L], { list: 'programmes-list', hint: T.listHint[L] }),
        this.triggerTypes(options),
        textField('trigger', FIELD_LABELS.trigger[L], { hint: T.triggerHintBehaviour[L] }),
        el(
          'fieldset',
          { class: 'field', 'aria-describedby': errorIdOf('steps') },
          el('legend', {}, FIELD_LABELS.steps[L]),
          errorLine('steps'),
          this.steps.root,
          addButton('add-step', T.addStep[L], this.steps),
        ),
      ),
      section(
        FIELD_LABELS.dataNeeds[L],
        el('p', { class: 'hint' }, T.dataNeedsHint[L]),
        this.needs.root,
        addButton('add-need', T.addDataNeed[L], this.needs),
      ),
    ];
  }

  private triggerTypes(options: SidebarOptions): HTMLElement {
    return el(
      'fieldset',
      { class: 'field radios', id: idOf('triggerType'), 'aria-describedby': errorIdOf('triggerType') },
      el('legend', {}, FIELD_LABELS.triggerType[this.language]),
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
  }

  private closeButton(): HTMLButtonElement {
    const close = el('button', { type: 'button', class: 'secondary', id: 'close' }, T.close[this.language]);
    close.addEventListener('click', () => this.root.dispatchEvent(new CustomEvent('close-sidebar')));
    return close;
  }

  /** How many steps and data needs the form shows: the shape a server refusal is read against. */
  get shape(): { steps: number; dataNeeds: number } {
    return { steps: this.steps.length, dataNeeds: this.needs.length };
  }

  setLists(lists: Lists): void {
    const items = (values: string[]) => values.map((value) => ({ value, label: value }));
    setOptions(this.lists.targets, items(lists.targets));
    setOptions(this.lists.programmes, items(lists.programmes));
    setOptions(this.lists.channels, items(lists.channels));
  }

  /** Empties the form for the next scenario: one empty step, one empty data need. */
  clear(): void {
    for (const input of this.root.querySelectorAll<HTMLInputElement>('input[type=text], input[type=number]')) {
      input.value = '';
    }
    this.phase.value = '';
    const first = this.root.querySelector<HTMLInputElement>('input[name=triggerType]');
    if (first) first.checked = true;
    this.steps.clear();
    this.needs.clear();
    this.steps.add(false);
    this.needs.add(false);
    this.useCase.value = '';
    this.models.reset();
    this.showErrors([]);
    this.untouched = this.snapshot();
  }

  /** Fills every field from a model (steps and data needs included), or empties them for Blank; keeps the use case. */
  private startFrom(preset: Preset | null): void {
    const useCase = this.useCase.value;
    if (preset === null) {
      this.clear();
      this.useCase.value = useCase;
      return;
    }
    const model = { ...preset.scenario, name: freeName(preset.label, this.existingNames) };
    for (const field of ['name', 'programme', 'target', 'channel', 'trigger'] as const) {
      const input = this.root.querySelector<HTMLInputElement>(`#${idOf(field)}`);
      if (input) input.value = model[field];
    }
    this.phase.value = phaseOf(model.phase) ?? '';
    for (const radio of this.root.querySelectorAll<HTMLInputElement>('input[name=triggerType]')) {
      radio.checked = radio.value === model.triggerType;
    }
    this.steps.fill(model.steps.map((step) => [step.day === null ? '' : String(step.day), step.channel, step.message]));
    const needs = model.dataNeeds ?? [];
    this.needs.fill(needs.map((need) => [need.variable, need.source]));
    if (needs.length === 0) this.needs.add(false);
    this.showErrors([]);
    this.untouched = this.snapshot();
  }

  /** Whether the person typed or chose anything since the form was last filled or emptied (the use case aside). */
  private typed(): boolean {
    return this.snapshot() !== this.untouched;
  }

  private snapshot(): string {
    return JSON.stringify({ ...this.read(), useCase: '' });
  }

  /** The payload, exactly as typed; blank data-need lines are left out. */
  read(): ScenarioInput {
    const value = (field: string): string => this.root.querySelector<HTMLInputElement>(`#${idOf(field)}`)?.value ?? '';
    const triggerType = this.root.querySelector<HTMLInputElement>('input[name=triggerType]:checked')?.value ?? '';
    const steps = this.steps.values().map(([day, channel, message]) => ({
      day: day.trim() === '' ? null : Number(day),
      channel,
      message,
    }));
    const dataNeeds = this.needs
      .values()
      .map(([variable, source]) => ({ variable, source }))
      .filter((need) => need.variable.trim() !== '' || need.source.trim() !== '');
    return {
      name: value('name'),
      useCase: this.useCase.value,
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
      line.textContent = fixOf(field, message, this.language);
      line.hidden = false;
      this.root.querySelector(`#${idOf(field)}`)?.setAttribute('aria-invalid', 'true');
    }
    this.summary.textContent = general.join('\n');
    this.summary.hidden = general.length === 0;
  }

  focusField(field: string): void {
    const target = this.root.querySelector<HTMLElement>(`#${idOf(field)}`);
    (target?.matches('fieldset') ? target.querySelector<HTMLElement>('input') : target)?.focus();
  }
}
