/**
 * What must hold after every action: nothing the team typed is lost or moved unless the action owns its cell,
 * read-only actions and refusals change nothing, the team's weights stay, and what the user reads is a message in
 * the sheet's language that says what to do, never a raw exception.
 */
import type { FakeSheet, FakeSpreadsheet } from '../../fake';
import { ActionName, Outcome, READ_ONLY } from './actions';
import { BookState, bookState, describeChanges } from './book-state';
import { SummaryBefore, summaryBefore } from './checks-summary';
import { Chaos, Tracked } from './context';
import {
  BLOCK_WIDTH,
  Occurrence,
  Pos,
  a1,
  prioritiseOwns,
  scanTokens,
  settingsModel,
  useCaseRows,
  useCaseTable,
  valueAt,
} from './sheet-model';

export interface Break {
  invariant: string;
  detail: string;
}

export interface Before {
  book: FakeSpreadsheet;
  snapshot: BookState;
  /** The tabs' names, in order. */
  tabs: string[];
  /** The IDs in the use-case table's ID column. */
  useCaseIds: string[];
  summary: SummaryBefore | null;
  /** The chart-data block's columns and last row: a note under it may be pushed down as it grows, not lost. */
  block: { sheet: FakeSheet; first: number; last: number; lastRow: number } | null;
  positions: Map<string, Occurrence[]>;
  /** Tokens inside the use-case table (below its header, in its columns): prioritising may move them with their row. */
  mobile: Set<string>;
  /** Cells prioritising owns, as the sheet stood before it ran. */
  ownedByPrioritise: (sheet: FakeSheet, pos: Pos) => boolean;
}

export function captureBefore(ctx: Chaos): Before {
  const positions = tokenPositions(ctx);
  const sheet = ctx.tab('useCases');
  const table = sheet ? useCaseTable(sheet) : null;
  const mobile = new Set<string>();
  for (const [token, occurrences] of positions) {
    const t = ctx.tracked.get(token);
    const at = occurrences[0];
    if (
      at &&
      t &&
      table &&
      t.sheet === sheet &&
      at.row > table.headerRow &&
      at.column >= table.span.first &&
      at.column <= table.span.last
    )
      mobile.add(token);
  }
  const owns = sheet ? prioritiseOwns(sheet) : () => false;
  const block = sheet ? settingsModel(sheet).block : null;
  const ids = table?.columns.id;
  const useCaseIds: string[] = [];
  for (let r = (table?.headerRow ?? 0) + 1; table && ids !== undefined && r <= table.lastRow; r++)
    useCaseIds.push(String(valueAt(table.sheet, r, ids)));
  return {
    book: ctx.env.book,
    tabs: ctx.env.book.view.sheetNames(),
    useCaseIds,
    summary: summaryBefore(ctx),
    block: sheet &&
      block && { sheet, first: block.title.column, last: block.title.column + BLOCK_WIDTH - 1, lastRow: block.lastRow },
    snapshot: bookState(ctx.env.book),
    positions,
    mobile,
    ownedByPrioritise: (s, pos) => s === sheet && owns(pos),
  };
}

function tokenPositions(ctx: Chaos): Map<string, Occurrence[]> {
  const bySheet = new Map<FakeSheet, Map<string, Occurrence[]>>();
  const out = new Map<string, Occurrence[]>();
  for (const t of ctx.tracked.values()) {
    if (!bySheet.has(t.sheet)) bySheet.set(t.sheet, scanTokens(t.sheet));
    out.set(t.token, bySheet.get(t.sheet)?.get(t.token) ?? []);
  }
  return out;
}

const RAW = [
  /TypeError|ReferenceError|RangeError|SyntaxError/,
  /Exception:/,
  /coordinates of the range/i,
  /\bundefined\b/,
  /Cannot read/,
  /out of bounds/i,
  /is not a function/,
  /\n\s+at .+:\d+/,
  /Code\.js:\d+/,
];
const SAYS_WHAT_TO_DO = {
  en: /try again|run again|fill it in|choose|pick|open it|restore|fix it|shorten|remove some|add at least|put the steps|type “|set at least|whole number|must be/i,
  fr: /réessayez|relancez|lancez|remplissez|choisissez|rétablissez|corrigez|raccourcissez|retirez|ajoutez|mettez|tapez|indiquez|nombre entier|doit être/i,
};

export function messagesBreak(ctx: Chaos, action: ActionName, outcome: Outcome): Break | null {
  const texts = [...outcome.shown, ...(outcome.message === undefined ? [] : [outcome.message])];
  for (const text of texts) {
    const raw = RAW.find((pattern) => pattern.test(text));
    if (raw)
      return {
        invariant: 'no raw exception reaches the user',
        detail: `the user saw ${JSON.stringify(text)} (matches ${raw})`,
      };
  }
  if (outcome.kind === 'threw')
    return {
      invariant: 'no raw exception reaches the user',
      detail: `the menu action threw ${outcome.errorName ?? 'an error'}: ${JSON.stringify(outcome.message)} instead of explaining in a dialog`,
    };
  if (outcome.errorName && /^(TypeError|ReferenceError|RangeError|SyntaxError)$/.test(outcome.errorName))
    return {
      invariant: 'no raw exception reaches the user',
      detail: `a ${outcome.errorName} reached the sidebar: ${JSON.stringify(outcome.message)}`,
    };
  // The sidebar shows a failure to load its lists inside its own sentence ("…: <message>. Close the sidebar and
  // open it again."), so only the add-on's own refusals must carry the what-to-do.
  if (outcome.kind !== 'refused' || action === 'getSidebarOptions') return null;
  const message = outcome.message ?? '';
  const other = ctx.lang === 'en' ? 'fr' : 'en';
  if (!SAYS_WHAT_TO_DO[ctx.lang].test(message) || SAYS_WHAT_TO_DO[other].test(message))
    return {
      invariant: `a refusal says what to do, in the sheet's language (${ctx.lang})`,
      detail: `the message was ${JSON.stringify(message)}`,
    };
  return null;
}

export function unchangedBreak(ctx: Chaos, before: Before, invariant: string): Break | null {
  const after = bookState(ctx.env.book);
  return after.text === before.snapshot.text
    ? null
    : { invariant, detail: `changed:\n      ${describeChanges(before.snapshot, after)}` };
}

/** A move an action may make of a team cell (the Summary's notes go up or down with its notes line). */
export type Moves = (t: Tracked, was: Occurrence, is: Occurrence[]) => boolean;

/**
 * Every tracked token is still on its tab unless the action owned its cell; prioritising may move a token only
 * with its row inside the table (a tied cell stays on its use case's row); nothing else moves, but as `moves` says.
 */
export function tokensBreak(
  ctx: Chaos,
  action: ActionName,
  before: Before,
  owns: (sheet: FakeSheet, pos: Pos) => boolean,
  moves: Moves = () => false,
): Break | null {
  const now = tokenPositions(ctx);
  const table = action === 'prioritiseUseCases' ? useCaseTableNow(ctx) : null;
  for (const t of [...ctx.tracked.values()]) {
    const was = before.positions.get(t.token) ?? [];
    const is = now.get(t.token) ?? [];
    if (was.length === 0) continue;
    if (is.length === 0) {
      if (owns(t.sheet, was[0])) {
        ctx.tracked.delete(t.token);
        continue;
      }
      return lost(t, was[0], action);
    }
    // A cell the action owns is the action's to rewrite, wherever it leaves what was there.
    if (owns(t.sheet, was[0]) || moves(t, was[0], is)) continue;
    const pushed = table !== null && pushedDown(before, t, was[0], is);
    const moved = pushed ? null : movedBreak(t, was[0], is, before.mobile.has(t.token), table);
    if (moved) return moved;
  }
  return null;
}

/** A note under the chart data, pushed down the same column as the block grows: kept, so not a break. */
function pushedDown(before: Before, t: Tracked, was: Occurrence, is: Occurrence[]): boolean {
  const { block } = before;
  if (!block || t.sheet !== block.sheet || was.row <= block.lastRow) return false;
  if (was.column < block.first || was.column > block.last) return false;
  return is.some((o) => o.column === was.column && o.row > was.row);
}

function useCaseTableNow(ctx: Chaos) {
  const sheet = ctx.tab('useCases');
  const table = sheet ? useCaseTable(sheet) : null;
  return table ? { table, rows: new Map(useCaseRows(table).map((r) => [r.id, r.row])) } : null;
}

function lost(t: Tracked, was: Occurrence, action: ActionName): Break {
  return {
    invariant: 'every cell the team typed is still there unless the action owns it',
    detail: `${t.token} (${t.what}, typed at step ${t.step}; in the ${was.where} of ${a1(t.sheet, was)} before ${action}) is gone`,
  };
}

function movedBreak(
  t: Tracked,
  was: Occurrence,
  is: Occurrence[],
  mobile: boolean,
  table: ReturnType<typeof useCaseTableNow>,
): Break | null {
  const where = `${t.token} (${t.what}, typed at step ${t.step})`;
  if (!mobile || !table) {
    if (is.some((o) => o.row === was.row && o.column === was.column)) return null;
    return {
      invariant: 'a team cell outside the table never moves',
      detail: `${where} was at ${a1(t.sheet, was)} and is now at ${is.map((o) => a1(t.sheet, o)).join(', ')}`,
    };
  }
  const sameColumn = is.filter((o) => o.column === was.column && o.row > table.table.headerRow);
  if (sameColumn.length === 0)
    return {
      invariant: 'prioritising moves whole rows inside the table',
      detail: `${where} left its column: it was at ${a1(t.sheet, was)}, it is now at ${is.map((o) => a1(t.sheet, o)).join(', ')}`,
    };
  if (t.tie === undefined) return null;
  const row = table.rows.get(t.tie);
  if (row !== undefined && sameColumn.some((o) => o.row === row)) return null;
  return {
    invariant: 'prioritising keeps every row together (a team column’s cell stays on its use case’s row)',
    detail: `${where} is at ${a1(t.sheet, sameColumn[0])} but use case ${t.tie} is ${row === undefined ? 'no longer found' : `on row ${row}`}`,
  };
}

export function weightsBreak(ctx: Chaos, action: ActionName): Break | null {
  for (const w of ctx.weights) {
    const now = ctx.weightNow(w.which);
    if (now !== w.value)
      return {
        invariant: 'a weight the team set is the team’s data',
        detail: `the ${w.which} weight set to ${JSON.stringify(w.value)} at step ${w.step} reads ${now === undefined ? '(its label is gone)' : JSON.stringify(now)} after ${action}`,
      };
  }
  return null;
}

export function lockBreak(ctx: Chaos): Break | null {
  return ctx.env.lock.heldByScript === 0
    ? null
    : { invariant: 'the document lock is released', detail: `${ctx.env.lock.heldByScript} lock(s) still held` };
}

export function readOnlyBreak(ctx: Chaos, action: ActionName, before: Before): Break | null {
  return READ_ONLY.has(action) ? unchangedBreak(ctx, before, `${action} is read-only: it changes nothing`) : null;
}
