/**
 * A chart-data block the add-on owns on a tab a team edits: a title, a header row and one row per point, found again by
 * its title wherever the team moved it. The same ownership rules as the priority-matrix data block
 * (core/priority-settings.ts), for blocks of any width: the add-on owns exactly its title, its header and the rows it
 * recognises as its own; the first row holding anything else ends the block; a block that needs rows or columns
 * holding something a person put there moves below everything in its columns instead of writing over it, and empties
 * what it leaves behind.
 */
import { TabContent, holdsContent } from './table';

export interface Cell0 {
  row: number;
  column: number;
}

/** A block as the last run left it: its title, its last own row, and how many columns it spans. */
export interface OwnedBlock {
  title: Cell0;
  lastRow: number;
  width: number;
}

export interface BlockWrite {
  at: Cell0;
  values: (string | number)[][];
}

export interface OwnedBlockPlan {
  /** The block's rows: title (when new or moved), header, data rows, then blanks over what the last run left. */
  write: BlockWrite;
  /** The old block's cells to empty when the block moved. */
  clear: BlockWrite[];
  /** 0-based header row and first column of what a chart plots (header and data rows), and its size. */
  data: { row: number; column: number; numRows: number; numColumns: number };
  /** The lowest 0-based row and rightmost 0-based column the block needs, so the sheet can be grown first. */
  reach: Cell0;
  /** Whether a cell holds the block once this run is done (its title, header and data rows, not the blanks). */
  keeps(cell: Cell0): boolean;
}

/**
 * The block's last row: its own rows (as `ownRow` recognises them, a row with a formula in the block's columns never)
 * through any blank rows a team inserted between them. The first row holding anything else is the team's.
 */
export function blockLastRow(
  tab: TabContent,
  title: Cell0,
  width: number,
  ownRow: (line: readonly unknown[]) => boolean,
): number {
  let lastRow = title.row;
  for (let r = title.row + 1; r < tab.values.length; r++) {
    const formulas = tab.formulas[r]?.slice(title.column, title.column + width).some(Boolean);
    const line = (tab.values[r] ?? []).slice(title.column, title.column + width);
    if (!formulas && ownRow(line)) {
      lastRow = r;
      continue;
    }
    if (columns(title.column, width).some((c) => holdsContent(tab, r, c))) break;
  }
  return lastRow;
}

/**
 * Where this run's block goes and what it writes. It stays where the last run left it when the cells it needs are its
 * own or empty (and not kept by `avoid`, another block planned this run); otherwise it moves below everything in its
 * columns, at `home` for a block written the first time.
 */
export function planOwnedBlock(
  tab: TabContent,
  old: OwnedBlock | null,
  home: Cell0,
  title: string,
  rows: readonly (readonly (string | number)[])[],
  avoid: OwnedBlockPlan | null = null,
): OwnedBlockPlan {
  const width = Math.max(rows[0].length, old?.width ?? 0);
  const body = rows.map((row) => pad(row, width));
  const taken = (cell: Cell0): boolean => avoid !== null && avoid.keeps(cell);
  if (old) {
    const ownBefore = (cell: Cell0): boolean => cell.row <= old.lastRow && cell.column < old.title.column + old.width;
    const free = (cell: Cell0): boolean =>
      !taken(cell) && (ownBefore(cell) || !holdsContent(tab, cell.row, cell.column));
    if (
      rectangle(old.title.row + 1, old.title.column, Math.max(rows.length, old.lastRow - old.title.row), width).every(
        free,
      )
    ) {
      // Rows the block shrank by are emptied; so are the columns it no longer uses (the rows are padded to the old width).
      const values = [...body];
      while (values.length < old.lastRow - old.title.row) values.push(pad([], width));
      return finish({ at: { row: old.title.row + 1, column: old.title.column }, values }, [], old.title, rows);
    }
  }
  const column = old ? old.title.column : home.column;
  const lowest = Math.max(
    lowestContent(tab, column, width),
    avoid && overlaps(avoid, column, width) ? avoid.reach.row : -1,
  );
  const at = { row: Math.max(lowest + 2, home.row), column };
  // The old block's title cell and rows, emptied: the add-on's own cells, and nothing else (not beside its title).
  const clear = old
    ? [
        { at: old.title, values: [['']] },
        ...(old.lastRow > old.title.row ? [{ at: { row: old.title.row + 1, column }, values: blankRows(old) }] : []),
      ]
    : [];
  return finish({ at, values: [pad([title], width), ...body] }, clear, at, rows);
}

function finish(
  write: BlockWrite,
  clear: BlockWrite[],
  title: Cell0,
  rows: readonly (readonly (string | number)[])[],
): OwnedBlockPlan {
  const width = rows[0].length;
  const lastKept = title.row + rows.length;
  return {
    write,
    clear,
    data: { row: title.row + 1, column: title.column, numRows: rows.length, numColumns: width },
    reach: { row: write.at.row + write.values.length - 1, column: title.column + write.values[0].length - 1 },
    keeps: (cell) =>
      cell.row >= title.row &&
      cell.row <= lastKept &&
      cell.column >= title.column &&
      cell.column < title.column + (cell.row === title.row ? 1 : width),
  };
}

function pad(row: readonly (string | number)[], width: number): (string | number)[] {
  return [...row, ...new Array<string>(Math.max(0, width - row.length)).fill('')];
}

function blankRows(old: OwnedBlock): (string | number)[][] {
  return Array.from({ length: old.lastRow - old.title.row }, () => pad([], old.width));
}

function columns(first: number, width: number): number[] {
  return Array.from({ length: width }, (_, i) => first + i);
}

function rectangle(row: number, column: number, numRows: number, width: number): Cell0[] {
  return Array.from({ length: numRows }, (_, r) =>
    columns(column, width).map((c) => ({ row: row + r, column: c })),
  ).flat();
}

function overlaps(plan: OwnedBlockPlan, column: number, width: number): boolean {
  return plan.data.column < column + width && column < plan.data.column + plan.data.numColumns;
}

/** The last 0-based row holding anything in the block's columns (-1 when they are empty). */
function lowestContent(tab: TabContent, column: number, width: number): number {
  for (let r = tab.values.length - 1; r >= 0; r--) {
    if (columns(column, width).some((c) => holdsContent(tab, r, c))) return r;
  }
  return -1;
}
