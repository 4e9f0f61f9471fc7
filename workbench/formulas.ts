/**
 * The workbench computes the formulas it knows: the scenario overview's two (the targets list and the
 * targets × phases matrix, as src/core/templates.ts writes them). Any other formula is shown as its text,
 * marked as not computed: the workbench is not a spreadsheet engine.
 */
import { columnNumber } from '../fake';

type Values = readonly (readonly unknown[])[];

/** A formula's result: a block of values spilling from its cell (one cell for a 1 × 1 block). */
export type Spill = string[][];

const TARGETS = /^=IFERROR\(SORT\(UNIQUE\(FILTER\(\$([A-Z]+)\$(\d+):\$\1,\$\1\$\2:\$\1<>""\)\)\),""\)$/;
const MATRIX = new RegExp(
  '^=IFERROR\\(MAKEARRAY\\(COUNTA\\(([A-Z]+)(\\d+):\\1\\),(\\d+),LAMBDA\\(r,c,IFERROR\\(TEXTJOIN\\(CHAR\\(10\\),TRUE,' +
    'FILTER\\(\\$([A-Z]+)\\$(\\d+):\\$\\4,\\$([A-Z]+)\\$\\5:\\$\\6=INDEX\\(\\1\\2:\\1,r\\),\\$([A-Z]+)\\$\\5:\\$\\7=INDEX\\(\\$([A-Z]+)\\$(\\d+):\\$([A-Z]+)\\$\\9,1,c\\)\\)\\),""\\)\\)\\),""\\)$',
);

const text = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
/** Sheets compares text with = regardless of case. */
const same = (a: unknown, b: unknown): boolean =>
  text(a).trim().toLowerCase() === text(b).trim().toLowerCase() && text(a).trim() !== '';

function column(values: Values, letter: string, fromRow: number): unknown[] {
  const c = columnNumber(letter) - 1;
  return values.slice(fromRow - 1).map((row) => row[c]);
}

/**
 * Evaluates a known formula against the sheet's values (already holding the spills computed before it), or
 * returns null when it is not one the workbench knows.
 */
export function evaluateFormula(formula: string, values: Values): Spill | null {
  const targets = TARGETS.exec(formula);
  if (targets) {
    const seen = new Map<string, string>();
    for (const v of column(values, targets[1], Number(targets[2]))) {
      const t = text(v).trim();
      if (t && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
    }
    const sorted = [...seen.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
    return sorted.length ? sorted.map((t) => [t]) : [['']];
  }
  const matrix = MATRIX.exec(formula);
  if (matrix) {
    const [, listColumn, listRow, width, names, firstRow, targetsColumn, phasesColumn, phaseFrom, phaseRow, phaseTo] =
      matrix;
    const list = column(values, listColumn, Number(listRow))
      .map(text)
      .filter((t) => t !== '');
    const phases = values[Number(phaseRow) - 1]?.slice(columnNumber(phaseFrom) - 1, columnNumber(phaseTo)) ?? [];
    const nameValues = column(values, names, Number(firstRow));
    const targetValues = column(values, targetsColumn, Number(firstRow));
    const phaseValues = column(values, phasesColumn, Number(firstRow));
    if (list.length === 0) return [['']];
    return list.map((target) =>
      Array.from({ length: Number(width) }, (_, c) =>
        nameValues
          .filter(
            (name, i) => text(name).trim() !== '' && same(targetValues[i], target) && same(phaseValues[i], phases[c]),
          )
          .map((name) => text(name))
          .join('\n'),
      ),
    );
  }
  return null;
}
