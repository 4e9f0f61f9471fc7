/**
 * A TabSpec made into the layers of one block, from A1 down to the sheet's end when a dropdown or a band reaches
 * it: values, text styles, fills, wraps, notes and dropdowns, each written in one call. Rows under the template
 * are empty but carry their column's dropdowns and bands, so rows a team adds later have them too.
 */
import { CellInput, TabSpec, ValidationRule } from './tab-spec';

export interface TextLook {
  bold: boolean;
  color: string;
  size: number;
}

export interface TabLayers {
  rows: number;
  columns: number;
  values: CellInput[][];
  looks: TextLook[][];
  backgrounds: (string | null)[][];
  wraps: boolean[][];
  /** null when the tab has no note (the call is skipped). */
  notes: string[][] | null;
  /** null when the tab has no dropdown (the call is skipped). */
  validations: (ValidationRule | null)[][] | null;
}

export function composeLayers(spec: TabSpec, maxRows: number): TabLayers {
  const { grid } = spec;
  const toEnd = spec.validations.some((v) => v.numRows === 'toEnd') || spec.bands.length > 0;
  const rows = toEnd
    ? maxRows
    : Math.max(grid.values.length, ...spec.validations.map((v) => v.row - 1 + Number(v.numRows)));
  const columns = Math.max(
    grid.values[0].length,
    ...spec.validations.map((v) => v.column - 1 + (v.numColumns ?? 1)),
    ...spec.bands.map((b) => b.column - 1 + b.numColumns),
  );
  const layer = <T>(from: readonly (readonly T[])[], blank: T): T[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => from[r]?.[c] ?? blank));
  const backgrounds = layer(grid.backgrounds, null);
  const wraps = layer(grid.wraps, false);
  for (const band of spec.bands) {
    for (let r = band.fromRow - 1; r < rows; r++) {
      for (let c = band.column - 1; c < band.column - 1 + band.numColumns; c++) {
        if (band.style.background !== undefined) backgrounds[r][c] = band.style.background;
        if (band.style.wrap !== undefined) wraps[r][c] = band.style.wrap;
      }
    }
  }
  const looks = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => ({
      bold: grid.fontWeights[r]?.[c] === 'bold',
      color: grid.fontColors[r]?.[c] ?? '#000000',
      size: grid.fontSizes[r]?.[c] ?? 10,
    })),
  );
  const hasNotes = grid.notes.some((row) => row.some(Boolean));
  return {
    rows,
    columns,
    values: layer(grid.values, ''),
    looks,
    backgrounds,
    wraps,
    notes: hasNotes ? layer(grid.notes, '') : null,
    validations: spec.validations.length ? validationLayer(spec, rows, columns) : null,
  };
}

function validationLayer(spec: TabSpec, rows: number, columns: number): (ValidationRule | null)[][] {
  const out: (ValidationRule | null)[][] = Array.from({ length: rows }, () => new Array(columns).fill(null));
  for (const v of spec.validations) {
    const last = v.numRows === 'toEnd' ? rows : v.row - 1 + v.numRows;
    for (let r = v.row - 1; r < last; r++) {
      for (let c = v.column - 1; c < v.column - 1 + (v.numColumns ?? 1); c++) out[r][c] = v.rule;
    }
  }
  return out;
}
