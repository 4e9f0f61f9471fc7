/**
 * A person at the grid: selecting with the mouse or the arrows, typing into a cell (Enter commits, Escape
 * cancels; what is typed is typed input, so `=…` becomes a formula) and filling the selected cell from the palette.
 */
import { call } from './api';
import { cellAt, cellContent, select } from './grid';
import { $, attempt, currentSheet, language, page, refresh, sentence } from './page';
import { PALETTE } from './words';
import { a1 } from '../../src/core/a1';

export function edit(r: number, c: number, initial?: string): void {
  select(r, c);
  const td = cellAt(r, c);
  const sheet = currentSheet();
  if (!td || !sheet) return;
  const input = document.createElement('input');
  input.setAttribute('aria-label', sentence('cell', a1(r, c)));
  input.value = initial ?? cellContent(r, c);
  td.append(input);
  input.focus();
  let done = false;
  const finish = async (commit: boolean, move: number): Promise<void> => {
    if (done) return;
    done = true;
    if (commit) {
      try {
        await call('POST /api/cell', { sheet: sheet.name, row: r, column: c, value: input.value });
      } finally {
        await refresh();
      }
    } else {
      input.remove();
    }
    select(r + move, c);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'Escape') {
      event.preventDefault();
      attempt(() => finish(event.key === 'Enter', event.key === 'Enter' ? 1 : 0));
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', () => attempt(() => finish(true, 0)));
}

async function fill(colour: string | null): Promise<void> {
  const sheet = currentSheet();
  if (!sheet) return;
  await call('POST /api/cell', {
    sheet: sheet.name,
    row: page.selected.r,
    column: page.selected.c,
    background: colour,
  });
  await refresh();
}

const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
  Tab: [0, 1],
};

function onKey(event: KeyboardEvent): void {
  const target = event.target as HTMLElement;
  if (target.closest('input, select, textarea, dialog, a, .menubar, .toolbar, .tabs, .palette, .banner')) return;
  const { r, c } = page.selected;
  if (MOVES[event.key]) {
    event.preventDefault();
    select(r + MOVES[event.key][0], c + MOVES[event.key][1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    edit(r, c);
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    attempt(() => call('POST /api/cell', { sheet: page.activeSheet, row: r, column: c, value: '' }).then(refresh));
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    edit(r, c, event.key);
  }
}

/** The grid's mouse and keyboard, set once: the grid itself is drawn anew at each refresh. */
export function listenToTheGrid(): void {
  const scroll = $('grid-scroll');
  const cellOf = (event: Event) => (event.target as HTMLElement).closest('td');
  scroll.addEventListener('click', (event) => {
    const td = cellOf(event);
    if (td) select(Number(td.dataset.r), Number(td.dataset.c));
  });
  scroll.addEventListener('dblclick', (event) => {
    const td = cellOf(event);
    if (td) edit(Number(td.dataset.r), Number(td.dataset.c));
  });
  document.addEventListener('keydown', onKey);
}

/** The palette's swatches, named in the workbook's language. */
export function renderPalette(): void {
  $('palette').replaceChildren(
    ...PALETTE.map((swatch) => {
      const button = document.createElement('button');
      button.type = 'button';
      const name = swatch.name[language()];
      button.title = name;
      button.setAttribute('aria-label', sentence('fill', name));
      button.style.background = swatch.colour ?? 'linear-gradient(135deg, #fff 45%, #d93025 50%, #fff 55%)';
      button.addEventListener('click', () => attempt(() => fill(swatch.colour)));
      return button;
    }),
  );
}
