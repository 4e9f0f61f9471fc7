/**
 * One idea: its title, kind and detail, where it goes on the journey map (stage and channel, preselected when the
 * map has them), and its two actions. The outcome of an action is shown in the card, beside its buttons; a placed
 * idea is marked as placed, with the cell the server wrote.
 */
import { IdeaView, IdeasPayload } from '../../core/ideas/payload';
import { IDEAS_SIDEBAR_TEXT } from '../../core/ideas/sidebar-text';
import { Language } from '../../core/language';
import { touchpointLabel } from '../../core/touchpoints';
import { el, setOptions } from '../dom';
import { callServer } from '../server';

const T = IDEAS_SIDEBAR_TEXT;

export class IdeaCard {
  readonly root: HTMLLIElement;
  private readonly stage: HTMLSelectElement;
  private readonly channel: HTMLSelectElement;
  private readonly place: HTMLButtonElement;
  private readonly add: HTMLButtonElement;
  private readonly error: HTMLElement;
  private readonly status: HTMLElement;
  private readonly placedAt: HTMLElement;
  private readonly badge: HTMLElement;

  constructor(
    readonly idea: IdeaView,
    map: Pick<IdeasPayload, 'channels' | 'stages'>,
    private readonly language: Language,
  ) {
    const L = language;
    const id = `idea-${idea.id}`;
    this.stage = choice(`${id}-stage`, map.stages, idea.mapStage, L);
    this.channel = choice(`${id}-channel`, map.channels, idea.mapChannel, L);
    this.error = el('p', { class: 'field-error', id: `${id}-error`, role: 'alert', hidden: true });
    this.status = el('p', { class: 'status', id: `${id}-status`, role: 'status' });
    this.placedAt = el('p', { class: 'placed-at', id: `${id}-placed`, hidden: true });
    this.badge = el('span', { class: 'badge', hidden: true }, T.placedBadge[L]);
    const described = `${id}-error ${id}-status`;
    this.place = el('button', { type: 'button', class: 'secondary', id: `${id}-place`, 'aria-describedby': described });
    this.add = el('button', { type: 'button', class: 'secondary', id: `${id}-add`, 'aria-describedby': described });
    this.place.textContent = T.place[L];
    this.add.textContent = T.addUseCase[L];
    this.place.addEventListener('click', () => this.placeIdea());
    this.add.addEventListener('click', () => this.addUseCase());
    const canPlace = map.channels.length > 0 && map.stages.length > 0;
    this.root = el(
      'li',
      { class: 'idea', id },
      el('h3', { id: `${id}-title` }, idea.title),
      el(
        'p',
        { class: 'meta' },
        el('span', { class: `kind kind-${idea.kind}` }, T[idea.kind][L]),
        ` · ${idea.stage === null ? T.anyStage[L] : T.usually[L](idea.stage)}`,
        this.badge,
      ),
      el('p', { class: 'detail' }, idea.detail),
      canPlace ? this.where() : null,
      el('div', { class: 'idea-actions' }, canPlace ? this.place : null, this.add),
      this.error,
      this.placedAt,
      this.status,
    );
  }

  private where(): HTMLElement {
    const L = this.language;
    const sub = (select: HTMLSelectElement, label: string) =>
      el('div', { class: 'sub' }, el('label', { for: select.id }, label), select);
    return el(
      'fieldset',
      { class: 'where' },
      el('legend', {}, T.where[L]),
      sub(this.stage, T.stage[L]),
      sub(this.channel, T.channel[L]),
    );
  }

  /** The touchpoint chosen, or null while either select says "Choose". */
  private chosen(): { channel: string; stage: string } | null {
    const channel = this.channel.value;
    const stage = this.stage.value;
    return channel !== '' && stage !== '' ? { channel, stage } : null;
  }

  private placeIdea(): void {
    const where = this.chosen();
    if (!where) {
      this.show({ error: T.chooseBoth[this.language] });
      (this.stage.value === '' ? this.stage : this.channel).focus();
      return;
    }
    this.run(this.place, T.placing[this.language], () =>
      callServer('addIdeaToJourneyMap', { ideaId: this.idea.id, ...where }).then((placed) => {
        const touchpoint = touchpointLabel({ ...where, persona: null });
        this.root.classList.add('placed');
        this.badge.hidden = false;
        this.placedAt.textContent = T.placed[this.language](placed.tab, placed.cell, touchpoint);
        this.placedAt.hidden = false;
      }),
    );
  }

  /** The use case names the touchpoint chosen above when both are chosen, so it links to that cell of the map. */
  private addUseCase(): void {
    const where = this.chosen();
    this.run(this.add, T.adding[this.language], () =>
      callServer('addIdeaAsUseCase', { ideaId: this.idea.id, ...(where ?? {}) }).then((added) =>
        this.show({ status: T.added[this.language](added.id, added.row) }),
      ),
    );
  }

  /** Runs a server call with the card's buttons disabled and the pressed one saying what is happening. */
  private run(button: HTMLButtonElement, busy: string, call: () => Promise<void>): void {
    if (this.place.disabled || this.add.disabled) return;
    const label = button.textContent ?? '';
    this.show({});
    this.place.disabled = true;
    this.add.disabled = true;
    button.textContent = busy;
    this.root.setAttribute('aria-busy', 'true');
    call()
      .catch((error: Error) => this.show({ error: serverMessage(error) }))
      .finally(() => {
        this.place.disabled = false;
        this.add.disabled = false;
        button.textContent = label;
        this.root.removeAttribute('aria-busy');
        button.focus();
      });
  }

  private show(outcome: { error?: string; status?: string }): void {
    this.error.textContent = outcome.error ?? '';
    this.error.hidden = outcome.error === undefined;
    this.status.textContent = outcome.status ?? '';
  }
}

/** A select of the map's own labels, "Choose" first, preselected when the idea matched one. */
function choice(id: string, labels: readonly string[], matched: string | null, language: Language): HTMLSelectElement {
  const select = el('select', { id });
  setOptions(select, [{ value: '', label: T.choose[language] }, ...labels.map((label) => ({ value: label, label }))]);
  select.value = matched ?? '';
  return select;
}

/** Apps Script may put the error's kind before the server's message: it is not part of it. */
function serverMessage(error: Error): string {
  return String(error?.message ?? error).replace(/^\s*[A-Za-z]*(Error|Exception):\s*/, '');
}
