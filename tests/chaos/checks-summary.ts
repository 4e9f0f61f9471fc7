/**
 * The Summary tab's contract: everything above its notes line (and the line itself) is the add-on's and rewritten
 * at each refresh; what the team typed below it is kept, moved only up or down with the line, all of it by the
 * same rows. A Summary without the line (the team deleted it) keeps all it holds, under a new summary.
 */
import type { FakeSheet } from '../../fake';
import { Chaos, Tracked } from './context';
import { chartsBreak } from './checks-maps';
import { summaryMarker } from './maps-model';
import { Occurrence, Pos, a1, scanTokens } from './sheet-model';
import type { Break } from './invariants';

/** The Summary as it stood before an action: the tab and its notes line's row (null: no line). */
export interface SummaryBefore {
  sheet: FakeSheet;
  markerRow: number | null;
}

export function summaryBefore(ctx: Chaos): SummaryBefore | null {
  const sheet = ctx.tab('summary');
  return sheet ? { sheet, markerRow: summaryMarker(sheet)?.row ?? null } : null;
}

/** The cells a refresh owns: every row of the Summary down to its notes line. */
export function summaryOwns(before: SummaryBefore | null): (sheet: FakeSheet, pos: Pos) => boolean {
  return (sheet, pos) => before !== null && sheet === before.sheet && pos.row <= (before.markerRow ?? 0);
}

/**
 * A team cell under the notes line may move with the line: down the same column by as many rows as the line moved
 * (or, with no line before, by the summary's height, since the summary goes in above everything).
 */
export function summaryMoves(before: SummaryBefore | null): (t: Tracked, was: Occurrence, is: Occurrence[]) => boolean {
  const sheet = before?.sheet;
  const now = sheet ? summaryMarker(sheet)?.row : undefined;
  return (t, was, is) => {
    if (!before || t.sheet !== sheet || now === undefined) return false;
    const by = now - (before.markerRow ?? 0);
    return is.some((o) => o.column === was.column && o.row === was.row + by);
  };
}

export function summaryBreak(ctx: Chaos): Break | null {
  const sheet = ctx.tab('summary');
  const marker = sheet ? summaryMarker(sheet) : null;
  if (!sheet || !marker)
    return {
      invariant: 'a refreshed Summary has its notes line',
      detail: sheet ? 'the line is gone' : 'no Summary tab',
    };
  for (const [token, at] of scanTokens(sheet)) {
    if (ctx.tracked.get(token)?.sheet !== sheet || at.every((o) => o.row > marker.row)) continue;
    return {
      invariant: 'the team’s notes stay under the Summary’s notes line',
      detail: `${token} is at ${a1(sheet, at[0])}, the line at row ${marker.row}`,
    };
  }
  return chartsBreak([sheet], (title) => title);
}
