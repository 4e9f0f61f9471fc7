/**
 * A team's edits on any tab: notes everywhere, rows and columns inserted or deleted anywhere, tabs renamed,
 * headers retyped, touchpoints coloured, the scenario map trimmed and given a team column of formulas.
 */
import type { FakeSheet } from '../../fake';
import { columnLetter } from '../../fake';
import { Chaos } from './context';
import { EditFn, lastUsedColumn } from './edits-use-cases';
import { journeyTabs } from './maps-model';
import { notePlaces, touchpoints } from './places';
import {
  TableModel,
  a1,
  dataNeedTable,
  findLabel,
  prioritiseOwns,
  scenarioTable,
  settingsModel,
  useCaseTable,
} from './sheet-model';
import { COLOURS, noteText } from './texts';
import { JOURNEY_ANCHOR, TAB_NAMES, TabKey, labelKey } from './vocabulary';

const TABS: TabKey[] = ['journeyMap', 'useCases', 'scenarioMap', 'dataNeeds', 'summary'];

/** A tab of the method; for the journey map, the template's or any persona's. */
function anyTab(ctx: Chaos, useCasesFirst = 0.5, only?: TabKey): { key: TabKey; sheet: FakeSheet } | null {
  const key = only ?? (ctx.rng.chance(useCasesFirst) ? 'useCases' : ctx.rng.pick(TABS));
  const maps = key === 'journeyMap' ? journeyTabs(ctx.env.book) : [];
  const sheet = maps.length ? ctx.rng.pick(maps).sheet : ctx.tab(key);
  return sheet ? { key, sheet } : null;
}

function tableOf(sheet: FakeSheet, key: TabKey): TableModel<string> | null {
  if (key === 'useCases') return useCaseTable(sheet);
  if (key === 'scenarioMap') return scenarioTable(sheet);
  if (key === 'dataNeeds') return dataNeedTable(sheet);
  return null;
}

/** A note (a value or a cell note) holding a token, in a place around a table or an area (of one tab, if named). */
export function note(nearBlock: number, only?: TabKey): EditFn {
  return (ctx) => {
    const tab = only ? anyTab(ctx, 0, only) : anyTab(ctx, 0.6);
    if (!tab) return null;
    const places = notePlaces(tab.sheet, tab.key);
    if (places.length === 0) return null;
    const place = ctx.rng.weighted(places.map((p) => ({ item: p, weight: p.nearBlock ? nearBlock : 1 })));
    const owned = tab.key === 'useCases' ? prioritiseOwns(tab.sheet) : () => false;
    const cells = ctx.rng.shuffle(place.cells);
    const cell = ctx.freeCell(tab.sheet, cells, owned);
    if (!cell) return null;
    const asNote = ctx.rng.chance(0.25);
    const token = ctx.typeTracked(
      tab.sheet,
      cell,
      `${asNote ? 'cell note' : 'note'} ${place.name}`,
      (t) => noteText(ctx.rng, t),
      {
        note: asNote,
      },
    );
    return `type a ${asNote ? 'cell note' : 'note'} ${place.name} at ${a1(tab.sheet, cell)} (${token})`;
  };
}

export const insertRows: EditFn = (ctx) => {
  const tab = anyTab(ctx, 0.7);
  if (!tab) return null;
  const { sheet, key } = tab;
  const table = tableOf(sheet, key);
  const block = key === 'useCases' ? settingsModel(sheet).block : null;
  const bottom = Math.max(table?.lastRow ?? 1, block?.lastRow ?? 1) + 1;
  const row =
    table && ctx.rng.chance(0.75) ? ctx.rng.int(table.headerRow + 1, bottom) : ctx.rng.int(1, sheet.view.size().rows);
  const count = ctx.rng.chance(0.8) ? 1 : 2;
  ctx.edit(() => sheet.insertRowsBefore(Math.min(row, sheet.view.size().rows), count));
  return `insert ${count} row(s) before row ${row} of ${sheet.view.title()}`;
};

export const deleteRows: EditFn = (ctx) => {
  const tab = anyTab(ctx);
  if (!tab) return null;
  const { sheet, key } = tab;
  const from = (tableOf(sheet, key)?.headerRow ?? 1) + 1;
  const rows = sheet.view.size().rows;
  if (from > rows - 2) return null;
  const row = ctx.rng.int(from, rows - 1);
  const count = Math.min(ctx.rng.chance(0.7) ? 1 : 2, rows - row);
  ctx.edit(() => sheet.deleteRows(row, count));
  return `delete ${count} row(s) from row ${row} of ${sheet.view.title()}`;
};

export const insertColumn: EditFn = (ctx) => {
  const tab = anyTab(ctx);
  if (!tab) return null;
  const column = ctx.rng.int(1, lastUsedColumn(tab.sheet) + 1);
  ctx.edit(() => tab.sheet.insertColumnsBefore(Math.min(column, tab.sheet.view.size().columns), 1));
  return `insert a column before column ${columnLetter(column)} of ${tab.sheet.view.title()}`;
};

/** Any column but those holding the table's own headers (or the journey map's anchor). */
export const deleteColumn: EditFn = (ctx) => {
  const tab = anyTab(ctx);
  if (!tab) return null;
  const { sheet, key } = tab;
  const table = tableOf(sheet, key);
  const anchor = findLabel(sheet, JOURNEY_ANCHOR);
  const kept = new Set<number>(table ? (Object.values(table.columns) as number[]) : []);
  if (key === 'journeyMap' && anchor) kept.add(anchor.column);
  const column = ctx.rng.int(1, Math.max(1, lastUsedColumn(sheet)));
  if (kept.has(column) || sheet.view.size().columns < 2) return null;
  ctx.edit(() => sheet.deleteColumns(column, 1));
  return `delete column ${columnLetter(column)} of ${sheet.view.title()}`;
};

function variant(ctx: Chaos, text: string): string {
  const options = [
    text.toUpperCase(),
    text.toLowerCase(),
    `  ${text} `,
    `${text} :`,
    text.replace(/'/g, '’'),
    text.replace(' ', '   '),
  ].filter((v) => v !== text);
  return ctx.rng.pick(options);
}

export const renameTab: EditFn = (ctx) => {
  const key = ctx.rng.pick(TABS);
  const sheet = ctx.tab(key);
  if (!sheet) return null;
  const base = ctx.rng.chance(0.3) ? TAB_NAMES[key][ctx.lang === 'en' ? 'fr' : 'en'] : sheet.view.title();
  const name = ctx.rng.chance(0.5) ? variant(ctx, base) : base.replace(/'/g, '’');
  const taken = ctx.env.book.view.sheetNames().some((n) => n !== sheet.view.title() && labelKey(n) === labelKey(name));
  if (taken || name === sheet.view.title() || name.trim() === '') return null;
  const before = sheet.view.title();
  ctx.edit(() => sheet.setName(name));
  return `rename the tab ${JSON.stringify(before)} to ${JSON.stringify(name)}`;
};

export const retypeHeader: EditFn = (ctx) => {
  const tab = anyTab(ctx);
  if (!tab) return null;
  const table = tableOf(tab.sheet, tab.key);
  if (!table) return null;
  const column = ctx.rng.pick(Object.values(table.columns) as number[]);
  const pos = { row: table.headerRow, column };
  const text = String(tab.sheet.view.peek(pos.row, column).value);
  const typed = variant(ctx, text);
  ctx.type(tab.sheet, pos, typed);
  return `retype the header ${JSON.stringify(text)} as ${JSON.stringify(typed)} at ${a1(tab.sheet, pos)}`;
};

export const colourTouchpoints: EditFn = (ctx) => {
  const maps = journeyTabs(ctx.env.book);
  const sheet = maps.length ? ctx.rng.pick(maps).sheet : null;
  const cells = sheet ? touchpoints(sheet) : [];
  if (!sheet || cells.length === 0) return null;
  const done: string[] = [];
  for (let i = ctx.rng.int(1, 4); i > 0; i--) {
    const cell = ctx.rng.pick(cells);
    const colour = ctx.rng.pick(COLOURS);
    ctx.edit(() => sheet.getRange(cell.row, cell.column).setBackground(colour));
    if (ctx.freeCell(sheet, [cell]) && ctx.rng.chance(0.5))
      ctx.typeTracked(sheet, cell, 'touchpoint', (t) => noteText(ctx.rng, t));
    done.push(`${a1(sheet, cell)} ${String(colour)}`);
  }
  return `colour touchpoints ${done.join(', ')}`;
};

/** The example scenario and every empty row under the header deleted, or only some empty rows at the bottom. */
export const trimScenarioMap: EditFn = (ctx) => {
  const sheet = ctx.tab('scenarioMap');
  const table = sheet ? scenarioTable(sheet) : null;
  if (!sheet || !table) return null;
  const rows = sheet.view.size().rows;
  const from = ctx.rng.chance(0.6) ? table.headerRow + 1 : table.lastRow + 1 + ctx.rng.int(0, 2);
  if (from > rows) return null;
  ctx.edit(() => sheet.deleteRows(from, rows - from + 1));
  return `delete rows ${from} to ${rows} of ${sheet.view.title()} (its last rows${from === table.headerRow + 1 ? ', every one under the header' : ''})`;
};

/** A team column on the scenario map: formulas that display nothing (`=IF(B5="","",B5&" ✔")`) filled down. */
export const scenarioTeamColumn: EditFn = (ctx) => {
  const sheet = ctx.tab('scenarioMap');
  let table = sheet ? scenarioTable(sheet) : null;
  if (!sheet || !table) return null;
  const where = ctx.rng.pick(['inside', 'adjacent', 'adjacent', 'beyond'] as const);
  let column = where === 'adjacent' ? table.span.last + 1 : lastUsedColumn(sheet) + 2;
  if (where === 'inside') {
    column = ctx.rng.int(table.span.first + 1, table.span.last);
    ctx.edit(() => sheet.insertColumnsBefore(column, 1));
    table = scenarioTable(sheet) ?? table;
  }
  if (column > sheet.view.size().columns || !ctx.freeCell(sheet, [{ row: table.headerRow, column }])) return null;
  ctx.typeTracked(sheet, { row: table.headerRow, column }, 'team column header', (t) => `Done ✔ ${t}`);
  const name = columnLetter(table.columns.name ?? 2);
  const sep = ctx.lang === 'fr' ? ';' : ',';
  const formulas = ctx.rng.chance(0.8);
  const last = table.lastRow + ctx.rng.int(2, 12);
  for (let row = table.headerRow + 1; row <= last; row++) {
    const cell = ctx.freeCell(sheet, [{ row, column }]);
    if (!cell) continue;
    if (formulas)
      ctx.typeTracked(sheet, cell, 'team formula', (t) => `=IF(${name}${row}=""${sep}""${sep}${name}${row}&" ✔ ${t}")`);
    else if (row <= table.lastRow) ctx.typeTracked(sheet, cell, 'team cell', (t) => noteText(ctx.rng, t));
  }
  return `add a team column of ${formulas ? 'formulas' : 'notes'} (${where}) in column ${columnLetter(column)} of ${sheet.view.title()}, rows ${table.headerRow + 1} to ${last}`;
};

/** A scenario-map or data-needs column dragged to another place inside its table. */
export const moveTableColumn: EditFn = (ctx) => {
  const key = ctx.rng.pick(['scenarioMap', 'dataNeeds'] as const);
  const sheet = ctx.tab(key);
  const table = sheet ? tableOf(sheet, key) : null;
  if (!sheet || !table) return null;
  const from = ctx.rng.int(table.span.first, table.span.last);
  const to = ctx.rng.int(table.span.first, table.span.last + 1);
  if (to === from || to === from + 1) return null;
  ctx.edit(() => sheet.moveColumns(sheet.getRange(1, from), to));
  return `drag column ${columnLetter(from)} of ${sheet.view.title()} to before column ${columnLetter(to)}`;
};

export const holdLock: EditFn = (ctx) => {
  ctx.lockHeldNext = true;
  return 'a teammate starts a long action (holds the document lock during the next action)';
};
