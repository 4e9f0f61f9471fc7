/**
 * A repeatable numbered list of field groups (the message sequence's steps, the data needs): each group has a
 * legend ("Step 2") and a remove button, and the list is rebuilt around the values typed whenever a group is added
 * or removed, so labels, ids and error lines always match their position, as the server's messages do.
 */
import { el } from './dom';

export interface ListShape {
  itemClass: string;
  /** The id of the button that adds a group: focus goes there when the last group is removed. */
  addButtonId: string;
  legend: (n: number) => string;
  removeLabel: (n: number) => string;
  /** Whether the list keeps at least one group (a sequence has at least one step; data needs may all go). */
  keepOne: boolean;
  /** The group's inputs at a 0-based index and 1-based number, holding the values typed so far. */
  inputs: (index: number, n: number, values: string[]) => HTMLElement[];
}

export class NumberedList {
  readonly root: HTMLOListElement;

  constructor(
    className: string,
    private readonly shape: ListShape,
    private readonly focusFallback: () => HTMLElement | null,
  ) {
    this.root = el('ol', { class: className });
  }

  get length(): number {
    return this.root.children.length;
  }

  /** Adds an empty group at the end; with `focus`, the cursor goes to its first input. */
  add(focus: boolean): void {
    this.root.append(el('li', { class: this.shape.itemClass }));
    this.rebuild();
    // rebuild() replaced every item: focus the new last one, not the element appended above.
    if (focus) this.root.lastElementChild?.querySelector<HTMLInputElement>('input')?.focus();
  }

  clear(): void {
    this.root.replaceChildren();
  }

  /** The values typed in each group, in order. */
  values(): string[][] {
    return [...this.root.children].map(readInputs);
  }

  /** Replaces every group by these values (a model filling the form). */
  fill(groups: string[][]): void {
    this.root.replaceChildren(...groups.map(() => el('li', { class: this.shape.itemClass })));
    this.rebuild(groups);
  }

  private rebuild(typed: string[][] = this.values()): void {
    const { shape } = this;
    this.root.replaceChildren(
      ...typed.map((values, i) => {
        const n = i + 1;
        const remove = el('button', { type: 'button', class: 'link', 'aria-label': shape.removeLabel(n) }, '×');
        remove.addEventListener('click', () => this.remove(i));
        return el(
          'li',
          { class: shape.itemClass },
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

  private remove(index: number): void {
    this.root.children[index].remove();
    this.rebuild();
    const next = this.root.children[Math.min(index, this.root.children.length - 1)];
    (next?.querySelector<HTMLInputElement>('input') ?? this.focusFallback())?.focus();
  }
}

function readInputs(item: Element): string[] {
  return [...item.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value);
}
