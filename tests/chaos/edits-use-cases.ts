/**
 * A team's edits of the use-case tab: example rows deleted, weights changed, use cases typed and rated every way,
 * team columns beside the use cases, columns dragged, the header row copied above the table.
 */
import type { FakeSheet } from '../../fake';
import { columnLetter } from '../../fake';
import { Chaos } from './context';
import { Pos, TableModel, a1, prioritiseOwns, settingsModel, useCaseRows, useCaseTable, valueAt } from './sheet-model';
import { BAD_WEIGHTS, GOOD_WEIGHTS, noteText, rating } from './texts';
import { COMPUTED_KEYS, RATING_KEYS, UseCaseKey } from './vocabulary';

export type EditFn = (ctx: Chaos) => string | null;

function useCases(ctx: Chaos): { sheet: FakeSheet; table: TableModel<UseCaseKey> } | null {
  const sheet = ctx.tab('useCases');
  const table = sheet ? useCaseTable(sheet) : null;
  return sheet && table ? { sheet, table } : null;
}

export const deleteUseCaseRow: EditFn = (ctx) => {
  const found = useCases(ctx);
  const rows = found ? useCaseRows(found.table) : [];
  if (!found || rows.length === 0) return null;
  const { row, id } = ctx.rng.pick(rows);
  ctx.edit(() => found.sheet.deleteRows(row, 1));
  return `delete sheet row ${row} (use case ${id}) on ${found.sheet.view.title()}`;
};

export const clearUseCaseRow: EditFn = (ctx) => {
  const found = useCases(ctx);
  const rows = found ? useCaseRows(found.table) : [];
  if (!found || rows.length === 0) return null;
  const { row, id } = ctx.rng.pick(rows);
  const { first, last } = found.table.span;
  ctx.edit(() => found.sheet.getRange(row, first, 1, last - first + 1).clearContent());
  return `clear the cells of use case ${id} (row ${row}, the table's columns only)`;
};

export const setWeight: EditFn = (ctx) => {
  const sheet = ctx.tab('useCases');
  if (!sheet) return null;
  const which = ctx.rng.chance(0.6) ? 'customer' : 'business';
  const label = settingsModel(sheet)[which];
  if (!label) return null;
  const good = ctx.rng.chance(0.9);
  const typed = good
    ? ctx.lang === 'fr' && ctx.rng.chance(0.2)
      ? '1,5'
      : ctx.rng.pick(GOOD_WEIGHTS)
    : ctx.rng.pick(BAD_WEIGHTS);
  const pos = { row: label.row, column: label.column + 1 };
  ctx.type(sheet, pos, typed);
  ctx.forgetWeight(which);
  ctx.weights.push({ which, value: valueAt(sheet, pos.row, pos.column), step: ctx.step + 1 });
  return `set the ${which} weight to ${JSON.stringify(typed)} at ${a1(sheet, pos)}`;
};

/** A new use case under the table: ID, name (tracked), ratings typed every way, and the team columns' cells. */
export const typeUseCase: EditFn = (ctx) => {
  const found = useCases(ctx);
  if (!found) return null;
  const { sheet, table } = found;
  const row = table.lastRow + (ctx.rng.chance(0.85) ? 1 : 2);
  // A new ID, above those the add-on gave drafted use cases and ideas: a team cell is tied to its use case by ID.
  const highest = Math.max(0, ...useCaseRows(table).map((r) => Number(r.id.slice(3))));
  ctx.nextUseCase = Math.max(ctx.nextUseCase, highest + 1);
  const id = `UC-${String(ctx.nextUseCase++).padStart(2, '0')}`;
  const owned = prioritiseOwns(sheet);
  const cols = table.columns;
  const free = (column: number | undefined): Pos | null =>
    column === undefined ? null : ctx.freeCell(sheet, [{ row, column }], owned);
  const idCell = free(cols.id);
  const nameCell = free(cols.useCase);
  if (!idCell || !nameCell) return null;
  ctx.type(sheet, idCell, id);
  ctx.typeTracked(sheet, nameCell, `name of use case ${id}`, (t) => noteText(ctx.rng, t));
  const ratings = RATING_KEYS.map((key) => {
    const cell = free(cols[key]);
    const typed = rating(ctx.rng);
    if (cell) ctx.type(sheet, cell, typed);
    return JSON.stringify(typed);
  });
  const known = new Set(Object.values(cols));
  for (let c = table.span.first; c <= table.span.last; c++) {
    const cell = known.has(c) ? null : free(c);
    if (cell) ctx.typeTracked(sheet, cell, `team cell of ${id}`, (t) => `keep:${id}:${t}`, { tie: id });
  }
  return `type use case ${id} in row ${row} rated ${ratings.join(' / ')}`;
};

export const retypeRating: EditFn = (ctx) => {
  const found = useCases(ctx);
  const rows = found ? useCaseRows(found.table) : [];
  if (!found || rows.length === 0) return null;
  const { row, id } = ctx.rng.pick(rows);
  const key = ctx.rng.pick(RATING_KEYS);
  const column = found.table.columns[key];
  if (column === undefined) return null;
  const typed = rating(ctx.rng, 0.6);
  ctx.type(found.sheet, { row, column }, typed);
  return `retype ${key} of ${id} as ${JSON.stringify(typed)} (${a1(found.sheet, { row, column })})`;
};

/**
 * A team column beside the use cases: inside the table (a column inserted, or the blank one before the weights
 * given a header) holding `keep:<ID>` cells or formulas, or out beyond everything holding notes.
 */
export const useCaseTeamColumn: EditFn = (ctx) => {
  const found = useCases(ctx);
  if (!found) return null;
  const { sheet } = found;
  let { table } = found;
  const where = ctx.rng.pick(['inside', 'adjacent', 'beyond'] as const);
  let column: number;
  if (where === 'inside') {
    column = ctx.rng.int(table.span.first + 1, table.span.last);
    ctx.edit(() => sheet.insertColumnsBefore(column, 1));
    table = useCaseTable(sheet) ?? table;
  } else if (where === 'adjacent') column = table.span.last + 1;
  else column = Math.min(sheet.view.size().columns, lastUsedColumn(sheet) + 2);
  const header = { row: table.headerRow, column };
  if (ctx.freeCell(sheet, [header]) === null) return null;
  ctx.typeTracked(sheet, header, 'team column header', (t) => `Owner ${t}`);
  const formulas = where !== 'beyond' && ctx.rng.chance(0.4);
  const ids = new Map(useCaseRows(table).map((r) => [r.row, r.id]));
  const owned = prioritiseOwns(sheet);
  const nameColumn = columnLetter(table.columns.useCase ?? 2);
  const sep = ctx.lang === 'fr' ? ';' : ',';
  for (let row = table.headerRow + 1; row <= table.lastRow + (formulas ? ctx.rng.int(0, 8) : 0); row++) {
    const cell = ctx.freeCell(sheet, [{ row, column }], owned);
    const id = ids.get(row);
    if (!cell || (!formulas && id === undefined)) continue;
    if (formulas) {
      const f = (t: string) => `=IF(${nameColumn}${row}=""${sep}""${sep}${nameColumn}${row}&" ✔ ${t}")`;
      ctx.typeTracked(sheet, cell, 'team formula', f);
    } else if (where === 'beyond') ctx.typeTracked(sheet, cell, 'note beside the table', (t) => noteText(ctx.rng, t));
    else ctx.typeTracked(sheet, cell, `team cell of ${id}`, (t) => `keep:${id}:${t}`, { tie: id });
  }
  return `add a team column (${where}${formulas ? ', formulas' : ''}) in column ${columnLetter(column)} of ${sheet.view.title()}`;
};

export function lastUsedColumn(sheet: FakeSheet): number {
  let last = 0;
  const size = sheet.view.size();
  for (let r = 1; r <= size.rows; r++)
    for (let c = size.columns; c > last; c--) {
      const cell = sheet.view.peek(r, c);
      if (cell.value !== '' || cell.formula !== '' || cell.note !== '') {
        last = c;
        break;
      }
    }
  return last;
}

/** Columns dragged: within the table, or a computed or rating column dragged past the weights area. */
export const moveUseCaseColumn: EditFn = (ctx) => {
  const found = useCases(ctx);
  if (!found) return null;
  const { sheet, table } = found;
  const settings = settingsModel(sheet);
  const pastWeights = settings.title !== null && ctx.rng.chance(0.35);
  const key = ctx.rng.pick(
    pastWeights ? [...COMPUTED_KEYS, ...RATING_KEYS] : (Object.keys(table.columns) as UseCaseKey[]),
  );
  const from = table.columns[key];
  if (from === undefined) return null;
  const areaEnd = Math.max(settings.title?.column ?? 0, settings.block?.title.column ?? 0) + 3;
  const to = pastWeights
    ? Math.min(areaEnd + ctx.rng.int(0, 1), sheet.view.size().columns + 1)
    : ctx.rng.int(table.span.first, table.span.last + 1);
  if (to === from || to === from + 1) return null;
  ctx.edit(() => sheet.moveColumns(sheet.getRange(1, from), to));
  return `drag column ${columnLetter(from)} (${key}) of ${sheet.view.title()} to before column ${columnLetter(to)}`;
};

/** The header row copied into row 1, right of the tab's title or far right. */
export const copyHeaderRow: EditFn = (ctx) => {
  const found = useCases(ctx);
  if (!found || found.table.headerRow === 1) return null;
  const { sheet, table } = found;
  const width = table.span.last - table.span.first + 1;
  const start = ctx.rng.chance(0.5) ? 2 : lastUsedColumn(sheet) + 2;
  const missing = start + width - 1 - sheet.view.size().columns;
  if (missing > 0) ctx.edit(() => sheet.insertColumnsAfter(sheet.view.size().columns, missing));
  const cells = Array.from({ length: width }, (_, i) => ({ row: 1, column: start + i }));
  if (cells.some((cell) => ctx.freeCell(sheet, [cell]) === null)) return null;
  // A team column's header is copied without its token: a token is one cell the team typed, found once.
  const labels = cells.map((_, i) => {
    const label = valueAt(sheet, table.headerRow, table.span.first + i);
    return typeof label === 'string' && label.includes('~t') ? 'Owner' : label;
  });
  ctx.edit(() => sheet.getRange(1, start, 1, width).setValues([labels]));
  return `copy the header row into row 1 from column ${columnLetter(start)} of ${sheet.view.title()}`;
};
