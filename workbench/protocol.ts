/**
 * What crosses between the workbench's server and its page: the routes, what each takes and answers, and the
 * workbook as the page draws it. Declared once, for server.ts, session.ts, display.ts and client/*, so a field
 * renamed on one side fails the type-check on the other. Pure types: no Node, no DOM.
 */
import type { Transferable } from './bridge-rules';

export interface DisplayCell {
  r: number;
  c: number;
  text: string;
  background?: string;
  bold?: boolean;
  color?: string;
  italic?: boolean;
  wrap?: boolean;
  note?: string;
  /** The cell offers a dropdown (a list or range validation). */
  dropdown?: boolean;
  /** A formula cell: its text, and whether the value shown was computed here. */
  formula?: { text: string; computed: boolean };
  /** A value spilled from a formula above or to the left. */
  spilled?: boolean;
  /** A HYPERLINK to a cell of this workbook (`#gid=…&range=…`): where a click lands. */
  link?: LinkTarget;
  /** A HYPERLINK's address when it leads nowhere in this workbook (another site, a tab since deleted). */
  href?: string;
  /** A SPARKLINE: Sheets draws a small chart in the cell; the workbench does not. */
  sparkline?: boolean;
}

export interface LinkTarget {
  sheet: string;
  row: number;
  column: number;
}

export interface AxisWindow {
  min: number | null;
  max: number | null;
}

/** One line, one set of bars or one set of points, in the order of the chart's data columns. */
export interface ChartSeries {
  name: string;
  colour: string;
  /** One per category; null is a blank (a gap in a line, nothing in a column). */
  values: (number | null)[];
}

/** The chart types the page draws; any other is drawn as a column chart and says so in its tooltip. */
export type DrawnChartType = 'SCATTER' | 'LINE' | 'COLUMN';

/**
 * An embedded chart as Sheets reads its ranges: the first column (or row, transposed) holds the categories (the
 * x values of a scatter), each other column a series named by the header row.
 */
export interface DisplayChart {
  title: string;
  /** The type the add-on asked for, and the one the page draws. */
  type: string;
  drawn: DrawnChartType;
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  xTitle: string;
  yTitle: string;
  /** The axes' fixed ends (viewWindow.min/max); an end not set is fitted to the values. */
  xWindow: AxisWindow;
  yWindow: AxisWindow;
  stacked: boolean;
  /** Whether a legend is drawn: several series, and the add-on did not ask for none. */
  legend: 'right' | 'bottom' | null;
  categories: (string | number)[];
  series: ChartSeries[];
}

export interface DisplaySheet {
  name: string;
  rows: number;
  columns: number;
  frozenRows: number;
  frozenColumns: number;
  widths: number[];
  cells: DisplayCell[];
  charts: DisplayChart[];
}

export interface MenuItemView {
  caption: string;
  functionName: string;
}

/** What the workbook started as, which picks the page's first hint and what a locale switch does to it. */
export type WorkbookStart = 'template' | 'empty' | 'file';

export interface WorkbenchState {
  locale: string;
  menu: { caption: string; items: MenuItemView[] } | null;
  sheets: DisplaySheet[];
  /** The tab in front, as the add-on left it (activate, setActiveSheet, insertSheet) or as the person chose it. */
  active: string;
  start: WorkbookStart;
}

/** What happened in the spreadsheet UI since the page last asked: toasts, dialogs, sidebars opened. */
export interface UiEvents {
  toasts: { title: string; message: string }[];
  alerts: { title: string; message: string }[];
  sidebars: { id: number; title: string }[];
}

export type PromptButtonSet = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';
export type PromptButton = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

/** A Ui.prompt the add-on asked and no answer was given yet: the page asks the person. */
export interface PromptRequest {
  title: string;
  message: string;
  buttons: PromptButtonSet;
}

export interface PromptAnswer {
  button: PromptButton;
  text: string;
}

export type CallOutcome =
  | { ok: true; value: Transferable; events: UiEvents }
  | { ok: false; error: string; events: UiEvents }
  /** The run stopped at a prompt: run the same menu item again with the answers so far and this one. */
  | { ok: false; prompt: PromptRequest; events: UiEvents };

export interface CellChange {
  sheet: string;
  row: number;
  column: number;
  value?: string;
  background?: string | null;
}

/** Each JSON route: what it takes and what it answers. */
export interface Routes {
  'GET /api/state': { request: undefined; response: WorkbenchState };
  /** A menu item; `answers` are queued for the prompts it asks, in order. */
  'POST /api/menu': { request: { functionName: string; answers?: PromptAnswer[] }; response: CallOutcome };
  /** A google.script.run call from a sidebar. */
  'POST /api/run': { request: { name: string; args: Transferable[] }; response: CallOutcome };
  'POST /api/cell': { request: CellChange; response: { ok: true } };
  'POST /api/activate': { request: { sheet: string }; response: { ok: true } };
  /** A new workbook: empty as Google gives one, or the template as a team gets it. */
  'POST /api/new': { request: { locale: string; template?: boolean }; response: { ok: true } };
  'POST /api/locale': { request: { locale: string }; response: { ok: true } };
}

export type Route = keyof Routes;

/** What the bridge injected in a sidebar tells the page (window.postMessage): it closed, or what a call showed. */
export type SidebarNews = { type: 'close' } | { type: 'events'; events: UiEvents };
export type SidebarMessage = { source: typeof SIDEBAR_SOURCE } & SidebarNews;

export const SIDEBAR_SOURCE = 'omnichannel-sidebar';

/** The routes that are not JSON both ways: the page, a sidebar's page, and the workbook as a file. */
export const FILE_ROUTES = {
  save: '/api/save',
  load: '/api/load',
  xlsx: '/api/xlsx',
  sidebar: (id: number): string => `/sidebar/${id}`,
} as const;
