/**
 * The grid: the tab in front drawn as Sheets shows it (column letters, row numbers, frozen rows, fills and fonts,
 * notes, dropdowns, computed and uncomputed formulas, links to cells, sparklines), the selected cell and the
 * formula bar. Everything from the workbook goes in as text (textContent), never as HTML.
 */
import { a1, columnLetter } from '../../src/core/a1';
import { DisplayCell, DisplaySheet, LinkTarget } from '../protocol';
import { call } from './api';
import { drawChart } from './charts';
import { $, attempt, currentSheet, page, refresh, say, sentence } from './page';

const ROW_HEADER_WIDTH = 46;

export function renderGrid(): void {
  const sheet = currentSheet();
  const scroll = $('grid-scroll');
  if (!sheet) {
    scroll.replaceChildren();
    return;
  }
  const byKey = new Map(sheet.cells.map((cell) => [`${cell.r},${cell.c}`, cell]));
  const table = document.createElement('table');
  table.className = 'grid';
  table.setAttribute('aria-label', sheet.name);
  // A fixed-layout table takes its columns' widths only when its own width is set.
  table.style.width = `${ROW_HEADER_WIDTH + sheet.widths.reduce((sum, w) => sum + w, 0)}px`;
  const head = columnHeaders(sheet);
  const body = document.createElement('tbody');
  for (let r = 1; r <= sheet.rows; r++) {
    // Frozen rows live in the sticky header with the column letters, so they stay on screen whatever their height.
    (r <= sheet.frozenRows ? head : body).append(gridRow(sheet, r, byKey));
  }
  table.append(columnWidths(sheet), head, body);
  scroll.replaceChildren(table);
  for (const chart of sheet.charts) scroll.append(drawChart(chart, table));
  showSelection();
}

function columnWidths(sheet: DisplaySheet): HTMLTableColElement {
  const colgroup = document.createElement('colgroup');
  for (const width of [ROW_HEADER_WIDTH, ...sheet.widths]) {
    const col = document.createElement('col');
    col.style.width = `${width}px`;
    colgroup.append(col);
  }
  return colgroup as HTMLTableColElement;
}

function columnHeaders(sheet: DisplaySheet): HTMLTableSectionElement {
  const head = document.createElement('thead');
  const letters = document.createElement('tr');
  letters.append(document.createElement('th'));
  for (let c = 1; c <= sheet.widths.length; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetter(c);
    letters.append(th);
  }
  head.append(letters);
  return head;
}

function gridRow(sheet: DisplaySheet, r: number, byKey: Map<string, DisplayCell>): HTMLTableRowElement {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.textContent = String(r);
  tr.append(th);
  if (r <= sheet.frozenRows) tr.className = r === sheet.frozenRows ? 'frozen frozen-last' : 'frozen';
  for (let c = 1; c <= sheet.columns; c++) {
    const td = document.createElement('td');
    td.dataset.r = String(r);
    td.dataset.c = String(c);
    const cell = byKey.get(`${r},${c}`);
    if (cell) {
      drawCell(td, cell);
      // As in Sheets, unwrapped text runs on over empty cells to its right; a formula's text, which stands in for a
      // value the workbench did not compute, stays in its cell (the tooltip holds it whole).
      const uncomputed = cell.formula?.computed === false;
      if (!cell.wrap && cell.text && !uncomputed && !byKey.get(`${r},${c + 1}`)?.text) td.classList.add('overflow');
    }
    if (r === page.selected.r && c === page.selected.c) td.classList.add('selected');
    tr.append(td);
  }
  return tr;
}

function drawCell(td: HTMLTableCellElement, cell: DisplayCell): void {
  td.textContent = cell.text;
  if (cell.background) td.style.backgroundColor = cell.background;
  if (cell.bold) td.style.fontWeight = 'bold';
  if (cell.color) td.style.color = cell.color;
  if (cell.italic) td.style.fontStyle = 'italic';
  if (cell.wrap) td.classList.add('wrap');
  if (cell.note) {
    td.classList.add('note');
    td.title = cell.note;
  }
  if (cell.dropdown) td.classList.add('dropdown');
  if (cell.spilled) td.classList.add('spilled');
  if (cell.formula) drawFormula(td, cell, cell.formula);
}

function drawFormula(td: HTMLTableCellElement, cell: DisplayCell, formula: { text: string; computed: boolean }): void {
  if (cell.sparkline) {
    const badge = document.createElement('span');
    badge.className = 'sparkline';
    badge.textContent = say('sparkline');
    td.replaceChildren(badge);
    td.title = sentence('sparklineTip', formula.text);
    return;
  }
  td.classList.add(formula.computed ? 'computed' : 'uncomputed');
  if (!formula.computed) td.title = sentence('uncomputed', formula.text);
  if (cell.link) {
    const target = cell.link;
    const link = document.createElement('a');
    link.className = 'link';
    link.href = `#${target.sheet}!${a1(target.row, target.column)}`;
    link.textContent = cell.text;
    link.title = sentence('goTo', `${target.sheet} › ${a1(target.row, target.column)}`);
    link.addEventListener('click', (event) => {
      // The jump selects the target; the click must not go on to select the link's own cell.
      event.preventDefault();
      event.stopPropagation();
      attempt(() => jumpTo(target));
    });
    td.replaceChildren(link);
  } else if (cell.href !== undefined) {
    td.classList.add('outside-link');
    td.title = sentence('outsideLink', cell.href);
  }
}

/** A link to a cell: its tab in front (as the add-on's activate would), the cell selected and in view. */
export async function jumpTo(target: LinkTarget): Promise<void> {
  page.activeSheet = target.sheet;
  page.selected = { r: target.row, c: target.column };
  await call('POST /api/activate', { sheet: target.sheet });
  await refresh();
  cellAt(target.row, target.column)?.scrollIntoView({ block: 'center', inline: 'center' });
}

export function cellAt(r: number, c: number): HTMLTableCellElement | null {
  return $('grid-scroll').querySelector(`td[data-r="${r}"][data-c="${c}"]`);
}

export function select(r: number, c: number): void {
  const sheet = currentSheet();
  if (!sheet) return;
  page.selected = { r: Math.max(1, Math.min(sheet.rows, r)), c: Math.max(1, Math.min(sheet.columns, c)) };
  for (const td of $('grid-scroll').querySelectorAll('td.selected')) td.classList.remove('selected');
  cellAt(page.selected.r, page.selected.c)?.classList.add('selected');
  showSelection();
}

export function cellContent(r: number, c: number): string {
  const cell = currentSheet()?.cells.find((x) => x.r === r && x.c === c);
  return cell?.formula ? cell.formula.text : (cell?.text ?? '');
}

function showSelection(): void {
  $('cell-name').textContent = a1(page.selected.r, page.selected.c);
  $('cell-content').textContent = cellContent(page.selected.r, page.selected.c);
}
