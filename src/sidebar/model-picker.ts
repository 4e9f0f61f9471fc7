/**
 * "Start from a model": a select of the method's scenario models, Blank first. Choosing one fills the form at once
 * when nothing was typed since the form was last filled or emptied; otherwise an inline question asks before
 * replacing what was typed (never window.confirm, which a sidebar cannot rely on and a keyboard user may miss).
 */
import { Language } from '../core/language';
import { SidebarOptions } from '../core/scenario';
import { SIDEBAR_TEXT } from '../core/scenario-text';
import { el, setOptions } from './dom';

const T = SIDEBAR_TEXT;

export type Preset = SidebarOptions['presets'][number];

export class ModelPicker {
  readonly root: HTMLElement;
  readonly select: HTMLSelectElement;
  private readonly question: HTMLElement;
  private readonly confirm: HTMLElement;
  private readonly keep: HTMLButtonElement;
  /** The model the form holds now ('' for Blank): where the select goes back to when the person keeps their text. */
  private current = '';

  constructor(
    private readonly language: Language,
    private readonly presets: readonly Preset[],
    private readonly typed: () => boolean,
    private readonly apply: (preset: Preset | null) => void,
  ) {
    const L = language;
    this.select = el('select', { id: 'f-model', name: 'model', 'aria-describedby': 'f-model-hint' });
    setOptions(this.select, [
      { value: '', label: T.blank[L] },
      ...presets.map((preset) => ({ value: preset.id, label: preset.label })),
    ]);
    this.question = el('p', { id: 'model-question' });
    const replace = el('button', { type: 'button', class: 'secondary', id: 'model-replace' }, T.replace[L]);
    this.keep = el('button', { type: 'button', class: 'secondary', id: 'model-keep' }, T.keep[L]);
    this.confirm = el(
      'div',
      { class: 'confirm', id: 'model-confirm', role: 'group', 'aria-labelledby': 'model-question', hidden: true },
      this.question,
      el('div', { class: 'confirm-actions' }, replace, this.keep),
    );
    this.select.addEventListener('change', () => this.chosen());
    replace.addEventListener('click', () => this.use(this.select.value));
    this.keep.addEventListener('click', () => this.keepTyped());
    this.confirm.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.keepTyped();
    });
    this.root = el(
      'div',
      { class: 'field' },
      el('label', { for: 'f-model' }, T.model[L]),
      el('p', { class: 'hint', id: 'f-model-hint' }, T.modelHint[L]),
      this.select,
      this.confirm,
    );
  }

  /** Back to Blank, as the form is after a scenario was added. */
  reset(): void {
    this.current = '';
    this.select.value = '';
    this.confirm.hidden = true;
  }

  private chosen(): void {
    if (this.select.value === this.current) {
      this.confirm.hidden = true;
      return;
    }
    if (!this.typed()) {
      this.use(this.select.value);
      return;
    }
    const preset = this.presetOf(this.select.value);
    this.question.textContent = preset ? T.replaceTyped[this.language](preset.label) : T.clearTyped[this.language];
    this.confirm.hidden = false;
    // The safe answer has the focus: Enter by habit keeps what was typed.
    this.keep.focus();
  }

  private use(id: string): void {
    this.current = id;
    this.select.value = id;
    this.confirm.hidden = true;
    this.apply(this.presetOf(id));
    this.select.focus();
  }

  private keepTyped(): void {
    this.select.value = this.current;
    this.confirm.hidden = true;
    this.select.focus();
  }

  private presetOf(id: string): Preset | null {
    return this.presets.find((preset) => preset.id === id) ?? null;
  }
}
