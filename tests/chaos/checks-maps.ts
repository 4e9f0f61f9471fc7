/**
 * What the newer actions promise about what they write. A persona map is only ever a new tab, beside tabs left
 * exactly as they were; an idea is placed only on a touchpoint that held nothing, and nothing else changes; an idea
 * or a draft becomes rows of the use-case table under IDs it did not have; the curves' and the Summary's charts are
 * one per title and plot only the add-on's own cells.
 */
import type { FakeSheet } from '../../fake';
import { Chaos } from './context';
import type { Break, Before } from './invariants';
import { BookState, bookState } from './book-state';
import { journeyTabPersona, journeyTabs, mapModel } from './maps-model';
import { a1, useCaseTable, valueAt } from './sheet-model';
import { CURVE_LABELS, PERSONA_SEPARATOR, TAB_NAMES, labelKey } from './vocabulary';

/** The cells, tab headers and charts whose lines differ between two states of the book. */
function changed(before: BookState, after: BookState): { tab: string; row: number; column: number; line: string }[] {
  const was = new Set(before.lines);
  const is = new Set(after.lines);
  const lines = [...before.lines.filter((l) => !is.has(l)), ...after.lines.filter((l) => !was.has(l))];
  return lines.map((line) => {
    const cell = /^(.*)!R(\d+)C(\d+)(?: |$)/.exec(line);
    if (cell) return { tab: cell[1], row: Number(cell[2]), column: Number(cell[3]), line };
    return { tab: line.slice(0, Math.max(0, line.indexOf(': '))), row: 0, column: 0, line };
  });
}

/**
 * Nothing but these cells (and the tab's size, when it grew for them) changed. `allowed` says which cells of which
 * tab the action wrote.
 */
function onlyBreak(
  before: Before,
  invariant: string,
  allowed: (tab: string, row: number, column: number) => boolean,
): Break | null {
  const other = changed(before.snapshot, bookState(before.book)).find(
    (c) => !(c.row > 0 ? allowed(c.tab, c.row, c.column) : allowed(c.tab, 0, 0) && / \d+×\d+, /.test(c.line)),
  );
  return other ? { invariant, detail: `it also changed: ${other.line.slice(0, 240)}` } : null;
}

/** A persona map: one new tab, named after the persona, holding the first map's stages; no other tab touched. */
export function personaBreak(before: Before, value: unknown, lang: 'en' | 'fr'): Break | null {
  const tab = (value as { tab?: unknown } | null)?.tab;
  const stages = (value as { stages?: unknown } | null)?.stages;
  const names = before.book.view.sheetNames();
  const invariant = 'a persona map is only ever added as a new tab, never over an existing one';
  if (typeof tab !== 'string' || !Array.isArray(stages))
    return { invariant, detail: `it returned ${JSON.stringify(value)}` };
  const added = names.filter((n) => !before.tabs.includes(n));
  if (added.length !== 1 || added[0] !== tab || before.tabs.some((n) => !names.includes(n)))
    return { invariant, detail: `tabs before: ${before.tabs.join(', ')}; after: ${names.join(', ')}; reported ${tab}` };
  const persona = journeyTabPersona(tab);
  if (!tab.startsWith(`${TAB_NAMES.journeyMap[lang]}${PERSONA_SEPARATOR}`) || !persona)
    return { invariant: 'a persona map is named after the journey map and its persona', detail: `it is "${tab}"` };
  const twin = before.tabs.find((n) => {
    const other = journeyTabPersona(n);
    return labelKey(n) === labelKey(tab) || (other != null && labelKey(other) === labelKey(persona));
  });
  if (twin !== undefined) return { invariant, detail: `"${tab}" was added beside "${twin}", the same persona’s map` };
  const map = mapModel(before.book.view.sheet(tab));
  const got = map?.stages.map((s) => s.name) ?? [];
  if (JSON.stringify(got) !== JSON.stringify(stages))
    return { invariant: 'a persona map holds the stages it reports', detail: `${JSON.stringify(got)}` };
  return onlyBreak(before, invariant, (t) => t === tab);
}

/** Where the idea went: a touchpoint that held nothing (no value, formula or note), and nothing else changed. */
export function placedIdeaBreak(before: Before, value: unknown, title: string | undefined): Break | null {
  const placed = value as { tab?: unknown; cell?: unknown } | null;
  const invariant = 'placing an idea never overwrites an occupied touchpoint';
  const at = typeof placed?.cell === 'string' ? /^([A-Z]+)(\d+)$/.exec(placed.cell) : null;
  if (!placed || typeof placed.tab !== 'string' || !at)
    return { invariant, detail: `it returned ${JSON.stringify(value)}` };
  const row = Number(at[2]);
  const column = [...at[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const was = before.snapshot.lines.find((l) => l.startsWith(`${placed.tab}!R${row}C${column} `)) ?? '';
  if (/ [vfn]=/.test(was)) return { invariant, detail: `${placed.tab}!${placed.cell} held ${was.slice(0, 200)}` };
  const sheet = before.book.view.sheet(placed.tab);
  if (valueAt(sheet, row, column) !== title)
    return {
      invariant: 'a placed idea reads back as its title',
      detail: `${a1(sheet, { row, column })} reads ${JSON.stringify(valueAt(sheet, row, column))}, not ${JSON.stringify(title)}`,
    };
  return onlyBreak(before, invariant, (tab, r, c) => tab === placed.tab && r === row && c === column);
}

/**
 * Rows added to the use-case table: each under an ID the table did not have, reading back what was reported, and
 * nothing changed but those rows (in the table's own columns: a team column is never written).
 */
export function addedUseCasesBreak(
  ctx: Chaos,
  before: Before,
  rows: { id: string; row: number; useCase?: string }[],
  what: string,
): Break | null {
  const sheet = ctx.tab('useCases');
  const table = sheet ? useCaseTable(sheet) : null;
  const invariant = `${what} adds rows under new IDs, and writes nothing else`;
  if (!sheet || !table || table.columns.id === undefined) return { invariant, detail: 'the use-case table is gone' };
  const ids = new Set(rows.map((r) => r.id));
  for (const { id, row, useCase } of rows) {
    if (before.useCaseIds.includes(id) || ids.size !== rows.length)
      return { invariant, detail: `${id} was already in the table, or given twice` };
    const got = valueAt(sheet, row, table.columns.id);
    const name = table.columns.useCase === undefined ? undefined : valueAt(sheet, row, table.columns.useCase);
    if (got !== id || (useCase !== undefined && name !== useCase))
      return {
        invariant,
        detail: `row ${row} reads ${JSON.stringify([got, name])}, not ${JSON.stringify([id, useCase])}`,
      };
  }
  const title = sheet.view.title();
  const own = new Set(Object.values(table.columns) as number[]);
  const written = new Set(rows.map((r) => r.row));
  return onlyBreak(before, invariant, (tab, r, c) => tab === title && (r === 0 || (written.has(r) && own.has(c))));
}

/** The charts an action keeps by title: at most one of each on a tab, each plotting cells without a team token. */
export function chartsBreak(sheets: FakeSheet[], kind: (title: string) => string | null): Break | null {
  for (const sheet of sheets) {
    const seen = new Set<string>();
    for (const chart of sheet.view.chartList()) {
      const title = String(chart.view.options.title ?? '');
      const key = kind(title);
      if (key === null) continue;
      if (seen.has(key))
        return {
          invariant: 'a chart found by its title is refreshed, never duplicated',
          detail: `two "${key}" charts on ${sheet.view.title()}`,
        };
      seen.add(key);
      for (const range of chart.view.ranges) {
        const { row, column, numRows, numColumns } = range.view.box();
        for (let r = row; r < row + numRows; r++)
          for (let c = column; c < column + numColumns; c++)
            if (String(valueAt(sheet, r, c)).includes('~t'))
              return {
                invariant: 'a chart plots only the add-on’s own cells',
                detail: `"${title}" plots ${a1(sheet, { row: r, column: c })}, which holds ${JSON.stringify(valueAt(sheet, r, c))}`,
              };
      }
    }
  }
  return null;
}

export function curveChartsBreak(ctx: Chaos): Break | null {
  return chartsBreak(
    journeyTabs(ctx.env.book).map((t) => t.sheet),
    (title) => curveKind(title),
  );
}

function curveKind(title: string): 'comparison' | 'own curve' | null {
  const key = labelKey(title);
  if (CURVE_LABELS.comparisonTitle.some((t) => labelKey(t) === key)) return 'comparison';
  return CURVE_LABELS.chartPrefix.some((p) => key.startsWith(labelKey(p))) ? 'own curve' : null;
}

interface Curve {
  tab: string;
  points: { stage: string; experience: number | null }[];
}

/** A chart's data as it reads in the sheet, under its header row. */
function plotted(sheet: FakeSheet, kind: 'comparison' | 'own curve'): unknown[][] | null {
  const chart = sheet.view.chartList().find((c) => curveKind(String(c.view.options.title ?? '')) === kind);
  const box = chart?.view.ranges[0]?.view.box();
  if (!box) return null;
  return Array.from({ length: box.numRows - 1 }, (_, r) =>
    Array.from({ length: box.numColumns }, (_, c) => valueAt(sheet, box.row + 1 + r, box.column + c)),
  );
}

/**
 * The curves drawn are the ratings reported: each map with an Experience lane has its chart, plotting each stage
 * with its rating (a gap for none); with two maps or more, the first holds the comparison, one line per map.
 */
export function curvesBreak(ctx: Chaos, value: unknown): Break | null {
  const charts = curveChartsBreak(ctx);
  if (charts) return charts;
  const maps = ((value as { maps?: Curve[] } | null)?.maps ?? []).filter((m) => m.points.length > 0);
  const invariant = 'each experience curve plots the ratings it reports';
  const expected = (m: Curve) => m.points.map((p) => [p.stage, p.experience ?? '']);
  const book = ctx.env.book;
  const sheetOf = (m: Curve) => (book.view.sheetNames().includes(m.tab) ? book.view.sheet(m.tab) : null);
  for (const map of maps) {
    const sheet = sheetOf(map);
    const got = sheet ? plotted(sheet, 'own curve') : null;
    if (JSON.stringify(got) !== JSON.stringify(expected(map)))
      return { invariant, detail: `${map.tab} plots ${JSON.stringify(got)}, not ${JSON.stringify(expected(map))}` };
  }
  const first = (value as { maps?: Curve[] } | null)?.maps?.[0];
  if (maps.length < 2 || !first) return null;
  const sheet = sheetOf(first);
  const got = sheet ? plotted(sheet, 'comparison') : null;
  const wrong = got ? comparisonBreak(got, maps) : 'no chart';
  return wrong ? { invariant, detail: `the comparison on ${first.tab} plots ${JSON.stringify(got)}: ${wrong}` } : null;
}

/**
 * The comparison: one line per map over the maps' stages merged (each stage once), each map's rating on its
 * stage's row. A stage a map names twice is left out of the check: which of its ratings is plotted is not said.
 */
function comparisonBreak(got: unknown[][], maps: Curve[]): string | null {
  const rows = new Map(got.map((row) => [labelKey(row[0]), row]));
  const merged = new Set(maps.flatMap((m) => m.points.map((p) => labelKey(p.stage))));
  if (rows.size !== got.length || rows.size !== merged.size || [...merged].some((k) => !rows.has(k)))
    return `its stages are not the maps' stages, each once (${[...merged].join(', ')})`;
  for (const [i, map] of maps.entries()) {
    const keys = map.points.map((p) => labelKey(p.stage));
    for (const point of map.points.filter((_, j) => keys.indexOf(keys[j]) === keys.lastIndexOf(keys[j]))) {
      const cell = rows.get(labelKey(point.stage))?.[i + 1];
      if (cell !== (point.experience ?? ''))
        return `${map.tab} rates “${point.stage}” ${point.experience}, not ${cell}`;
    }
  }
  return null;
}
