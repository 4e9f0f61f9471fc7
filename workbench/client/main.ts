/**
 * The workbench page: draws the workbook the server holds, offers the add-on's menu as onOpen registered it,
 * shows toasts, dialogs and sidebars as the add-on asks, and lets people type in cells and fill them.
 * Everything from the workbook goes in as text (textContent), never as HTML.
 */
interface DisplayCell {
  r: number;
  c: number;
  text: string;
  background?: string;
  bold?: boolean;
  color?: string;
  italic?: boolean;
  wrap?: boolean;
  note?: string;
  dropdown?: boolean;
  formula?: { text: string; computed: boolean };
  spilled?: boolean;
}
interface DisplayChart {
  title: string;
  type: string;
  anchorRow: number;
  anchorColumn: number;
  width: number;
  height: number;
  xTitle: string;
  yTitle: string;
  xRange: [number, number] | null;
  yRange: [number, number] | null;
  points: { x: number; y: number }[];
}
interface DisplaySheet {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  widths: number[];
  cells: DisplayCell[];
  charts: DisplayChart[];
}
interface State {
  locale: string;
  menu: { caption: string; items: { caption: string; functionName: string }[] } | null;
  sheets: DisplaySheet[];
  active: string;
}
interface UiEvents {
  toasts: { title: string; message: string }[];
  alerts: { title: string; message: string }[];
  sidebars: { id: number; title: string }[];
}
interface Outcome {
  ok: boolean;
  value?: unknown;
  error?: string;
  events: UiEvents;
}

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const PALETTE: { colour: string | null; name: string }[] = [
  { colour: '#ffe599', name: 'Yellow (normal)' },
  { colour: '#f6b26b', name: 'Orange (friction)' },
  { colour: '#93c47d', name: 'Green (opportunity)' },
  { colour: '#ff0000', name: 'Red' },
  { colour: '#cfe2f3', name: 'Light blue' },
  { colour: null, name: 'No fill' },
];

let state: State | null = null;
let activeSheet = '';
let selected = { r: 1, c: 1 };

function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(
    path,
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
  );
  const data = (await response.json()) as T & { error?: string };
  if (!response.ok) throw new Error(data.error ?? `HTTP ${response.status}`);
  return data;
}

async function refresh(): Promise<void> {
  state = await api<State>('/api/state');
  if (!state.sheets.some((s) => s.name === activeSheet)) activeSheet = state.active;
  ($('locale') as HTMLSelectElement).value = state.locale.startsWith('fr') ? 'fr_FR' : 'en_US';
  document.documentElement.lang = state.locale.slice(0, 2);
  renderMenu();
  renderTabs();
  renderGrid();
}

function renderMenu(): void {
  const bar = $('menubar');
  bar.replaceChildren();
  if (!state?.menu) return;
  const holder = document.createElement('div');
  const title = document.createElement('button');
  title.type = 'button';
  title.className = 'menu-title';
  title.textContent = state.menu.caption;
  title.setAttribute('aria-haspopup', 'true');
  title.setAttribute('aria-expanded', 'false');
  const list = document.createElement('ul');
  list.className = 'menu-items';
  list.hidden = true;
  for (const item of state.menu.items) {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = item.caption;
    button.dataset.functionName = item.functionName;
    button.addEventListener('click', () => {
      list.hidden = true;
      title.setAttribute('aria-expanded', 'false');
      void runMenuItem(item.functionName);
    });
    li.append(button);
    list.append(li);
  }
  title.addEventListener('click', () => {
    list.hidden = !list.hidden;
    title.setAttribute('aria-expanded', String(!list.hidden));
    if (!list.hidden) list.querySelector('button')?.focus();
  });
  holder.append(title, list);
  bar.append(holder);
}

/** Menus close on Escape or on a click anywhere else, as Sheets' do. */
function closeMenus(): void {
  for (const list of document.querySelectorAll<HTMLElement>('.menu-items')) list.hidden = true;
  for (const title of document.querySelectorAll('.menu-title')) title.setAttribute('aria-expanded', 'false');
}

document.addEventListener('click', (event) => {
  if (!(event.target as HTMLElement).closest('.menubar')) closeMenus();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && (event.target as HTMLElement).closest('.menubar')) {
    closeMenus();
    document.querySelector<HTMLElement>('.menu-title')?.focus();
  }
});

function renderTabs(): void {
  const tabs = $('tabs');
  tabs.replaceChildren(
    ...(state?.sheets ?? []).map((sheet) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.setAttribute('role', 'tab');
      button.setAttribute('aria-selected', String(sheet.name === activeSheet));
      button.textContent = sheet.name;
      button.addEventListener('click', () => {
        activeSheet = sheet.name;
        selected = { r: 1, c: 1 };
        void api('/api/activate', { sheet: sheet.name });
        renderTabs();
        renderGrid();
      });
      return button;
    }),
  );
}

function currentSheet(): DisplaySheet | undefined {
  return state?.sheets.find((s) => s.name === activeSheet);
}

function renderGrid(): void {
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
  table.style.width = `${46 + sheet.widths.reduce((sum, w) => sum + w, 0)}px`;
  const colgroup = document.createElement('colgroup');
  const corner = document.createElement('col');
  corner.style.width = '46px';
  colgroup.append(
    corner,
    ...sheet.widths.map((w) => {
      const col = document.createElement('col');
      col.style.width = `${w}px`;
      return col;
    }),
  );
  const head = document.createElement('thead');
  const letters = document.createElement('tr');
  letters.append(
    document.createElement('th'),
    ...sheet.widths.map((_, i) => {
      const th = document.createElement('th');
      th.textContent = columnLetter(i + 1);
      return th;
    }),
  );
  head.append(letters);
  const body = document.createElement('tbody');
  for (let r = 1; r <= sheet.rows; r++) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = String(r);
    tr.append(th);
    if (r <= sheet.frozenRows) {
      tr.className = r === sheet.frozenRows ? 'frozen frozen-last' : 'frozen';
    }
    for (let c = 1; c <= sheet.columns; c++) {
      const td = document.createElement('td');
      td.dataset.r = String(r);
      td.dataset.c = String(c);
      const cell = byKey.get(`${r},${c}`);
      if (cell) {
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
        if (cell.formula) {
          td.classList.add(cell.formula.computed ? 'computed' : 'uncomputed');
          if (!cell.formula.computed) td.title = `Formula (not computed by the workbench): ${cell.formula.text}`;
        }
        if (cell.spilled) td.classList.add('spilled');
        // As in Sheets, unwrapped text runs on over empty cells to its right.
        if (!cell.wrap && cell.text && !byKey.get(`${r},${c + 1}`)?.text) td.classList.add('overflow');
      }
      if (r === selected.r && c === selected.c) td.classList.add('selected');
      tr.append(td);
    }
    // Frozen rows live in the sticky header with the column letters, so they stay on screen whatever their height.
    (r <= sheet.frozenRows ? head : body).append(tr);
  }
  table.append(colgroup, head, body);
  table.addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (td) select(Number(td.dataset.r), Number(td.dataset.c));
  });
  table.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (td) edit(Number(td.dataset.r), Number(td.dataset.c));
  });
  scroll.replaceChildren(table);
  for (const chart of sheet.charts) scroll.append(drawChart(chart, table));
  showSelection();
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An embedded chart over the grid, anchored at its cell as in Sheets; scatter points on the chart's axes. */
function drawChart(chart: DisplayChart, table: HTMLTableElement): HTMLElement {
  const box = document.createElement('figure');
  box.className = 'chart';
  box.setAttribute('aria-label', chart.title);
  const anchor = table.querySelector<HTMLElement>(`td[data-r="${chart.anchorRow}"][data-c="${chart.anchorColumn}"]`);
  box.style.left = `${anchor ? anchor.offsetLeft : 0}px`;
  box.style.top = `${anchor ? anchor.offsetTop : 0}px`;
  const { width, height } = chart;
  const plot = { left: 56, top: 40, right: width - 16, bottom: height - 48 };
  const extent = (values: number[], fixed: [number, number] | null): [number, number] =>
    fixed ?? [Math.min(0, ...values), Math.max(1, ...values)];
  const [x0, x1] = extent(
    chart.points.map((p) => p.x),
    chart.xRange,
  );
  const [y0, y1] = extent(
    chart.points.map((p) => p.y),
    chart.yRange,
  );
  const sx = (x: number) => plot.left + ((x - x0) / (x1 - x0)) * (plot.right - plot.left);
  const sy = (y: number) => plot.bottom - ((y - y0) / (y1 - y0)) * (plot.bottom - plot.top);
  const image = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  image.append(svg('rect', { x: 0, y: 0, width, height, fill: '#fff' }));
  image.append(
    svg('text', { x: width / 2, y: 22, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold' }, chart.title),
  );
  for (let v = Math.ceil(x0); v <= x1; v++) {
    image.append(svg('line', { x1: sx(v), x2: sx(v), y1: plot.top, y2: plot.bottom, stroke: '#e0e0e0' }));
    image.append(
      svg(
        'text',
        { x: sx(v), y: plot.bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#5f6368' },
        String(v),
      ),
    );
  }
  for (let v = Math.ceil(y0); v <= y1; v++) {
    image.append(svg('line', { x1: plot.left, x2: plot.right, y1: sy(v), y2: sy(v), stroke: '#e0e0e0' }));
    image.append(
      svg(
        'text',
        { x: plot.left - 8, y: sy(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: '#5f6368' },
        String(v),
      ),
    );
  }
  image.append(
    svg(
      'text',
      { x: (plot.left + plot.right) / 2, y: height - 12, 'text-anchor': 'middle', 'font-size': 12 },
      chart.xTitle,
    ),
  );
  image.append(
    svg(
      'text',
      {
        x: 16,
        y: (plot.top + plot.bottom) / 2,
        'text-anchor': 'middle',
        'font-size': 12,
        transform: `rotate(-90 16 ${(plot.top + plot.bottom) / 2})`,
      },
      chart.yTitle,
    ),
  );
  for (const point of chart.points) {
    const dot = svg('circle', { cx: sx(point.x), cy: sy(point.y), r: 6, fill: '#1a73e8', 'fill-opacity': 0.75 });
    dot.append(svg('title', {}, `(${point.x}, ${point.y})`));
    image.append(dot);
  }
  box.append(image);
  return box;
}

function cellAt(r: number, c: number): HTMLTableCellElement | null {
  return $('grid-scroll').querySelector(`td[data-r="${r}"][data-c="${c}"]`);
}

function select(r: number, c: number): void {
  const sheet = currentSheet();
  if (!sheet) return;
  selected = { r: Math.max(1, Math.min(sheet.rows, r)), c: Math.max(1, Math.min(sheet.columns, c)) };
  for (const td of $('grid-scroll').querySelectorAll('td.selected')) td.classList.remove('selected');
  cellAt(selected.r, selected.c)?.classList.add('selected');
  showSelection();
}

function showSelection(): void {
  const sheet = currentSheet();
  const cell = sheet?.cells.find((x) => x.r === selected.r && x.c === selected.c);
  $('cell-name').textContent = `${columnLetter(selected.c)}${selected.r}`;
  $('cell-content').textContent = cell?.formula ? cell.formula.text : (cell?.text ?? '');
}

function edit(r: number, c: number, initial?: string): void {
  select(r, c);
  const td = cellAt(r, c);
  const sheet = currentSheet();
  if (!td || !sheet) return;
  const cell = sheet.cells.find((x) => x.r === r && x.c === c);
  const input = document.createElement('input');
  input.setAttribute('aria-label', `Cell ${columnLetter(c)}${r}`);
  input.value = initial ?? (cell?.formula ? cell.formula.text : (cell?.text ?? ''));
  td.append(input);
  input.focus();
  let done = false;
  const finish = async (commit: boolean, move: number): Promise<void> => {
    if (done) return;
    done = true;
    if (commit) {
      try {
        await api('/api/cell', { sheet: sheet.name, row: r, column: c, value: input.value });
      } catch (error) {
        showDialog('Workbench', (error as Error).message);
      }
      await refresh();
    } else {
      input.remove();
    }
    select(r + move, c);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void finish(true, 1);
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      void finish(false, 0);
    }
    event.stopPropagation();
  });
  input.addEventListener('blur', () => void finish(true, 0));
}

async function fill(colour: string | null): Promise<void> {
  const sheet = currentSheet();
  if (!sheet) return;
  await api('/api/cell', { sheet: sheet.name, row: selected.r, column: selected.c, background: colour });
  await refresh();
}

async function runMenuItem(functionName: string): Promise<void> {
  const outcome = await api<Outcome>('/api/menu', { functionName });
  handleEvents(outcome.events);
  // As Sheets does for a menu function that throws: a dialog with the error's message.
  if (!outcome.ok) showDialog('Error', outcome.error ?? '');
  await refresh();
}

function handleEvents(events: UiEvents | undefined): void {
  if (!events) return;
  for (const toast of events.toasts) showToast(toast.title, toast.message);
  for (const alert of events.alerts) showDialog(alert.title, alert.message);
  const sidebar = events.sidebars[events.sidebars.length - 1];
  if (sidebar) openSidebar(sidebar.id, sidebar.title);
}

function showToast(title: string, message: string): void {
  const toast = document.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  const heading = document.createElement('strong');
  heading.textContent = title;
  const text = document.createElement('span');
  text.textContent = message;
  toast.append(heading, text);
  toast.addEventListener('click', () => toast.remove());
  $('toasts').append(toast);
  setTimeout(() => toast.remove(), 8000);
}

function showDialog(title: string, message: string): void {
  const dialog = $('dialog') as HTMLDialogElement;
  $('dialog-title').textContent = title;
  $('dialog-message').textContent = message;
  if (!dialog.open) dialog.showModal();
}

function openSidebar(id: number, title: string): void {
  $('sidebar-title').textContent = title;
  ($('sidebar-frame') as HTMLIFrameElement).src = `/sidebar/${id}`;
  $('sidebar-panel').hidden = false;
}

function closeSidebar(): void {
  $('sidebar-panel').hidden = true;
  ($('sidebar-frame') as HTMLIFrameElement).src = 'about:blank';
}

window.addEventListener('message', (event) => {
  if (event.origin !== window.location.origin || event.data?.source !== 'omnichannel-sidebar') return;
  if (event.data.type === 'close') closeSidebar();
  if (event.data.type === 'events') {
    handleEvents(event.data.events as UiEvents);
    void refresh();
  }
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (target.closest('input, select, textarea, dialog, .menubar, .toolbar, .tabs, .palette')) return;
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
    Tab: [0, 1],
  };
  if (moves[event.key]) {
    event.preventDefault();
    select(selected.r + moves[event.key][0], selected.c + moves[event.key][1]);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    edit(selected.r, selected.c);
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    void api('/api/cell', { sheet: activeSheet, row: selected.r, column: selected.c, value: '' }).then(refresh);
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    edit(selected.r, selected.c, event.key);
  }
});

$('palette').replaceChildren(
  ...PALETTE.map((swatch) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.title = swatch.name;
    button.setAttribute('aria-label', `Fill: ${swatch.name}`);
    button.style.background = swatch.colour ?? 'linear-gradient(135deg, #fff 45%, #d93025 50%, #fff 55%)';
    button.addEventListener('click', () => void fill(swatch.colour));
    return button;
  }),
);

$('locale').addEventListener(
  'change',
  () => void api('/api/locale', { locale: ($('locale') as HTMLSelectElement).value }).then(refresh),
);
$('new-workbook').addEventListener('click', () => {
  closeSidebar();
  void api('/api/new', { locale: ($('locale') as HTMLSelectElement).value }).then(refresh);
});
$('load-json').addEventListener('change', async () => {
  const file = ($('load-json') as HTMLInputElement).files?.[0];
  if (!file) return;
  const response = await fetch('/api/load', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: await file.text(),
  });
  if (!response.ok) showDialog('Workbench', ((await response.json()) as { error: string }).error);
  closeSidebar();
  await refresh();
});
$('sidebar-close').addEventListener('click', closeSidebar);

void refresh();
