/**
 * What the add-on wrote must be what it promised: after prioritising, every use case with valid ratings has a
 * score on its row and every other one has none; after adding a scenario, every string given to addScenario reads
 * back exactly as given (getValues), in the row it reported, and its data needs below their table.
 */
import type { CellValue, FakeSheet } from '../../fake';
import { Chaos } from './context';
import { Break } from './invariants';
import { a1, dataNeedTable, isBlank, scenarioTable, useCaseRows, useCaseTable, valueAt } from './sheet-model';
import { ScenarioInput } from './texts';
import { DAY_PREFIX, PHASES, RATING_KEYS, STATUS_IDEA, ScenarioKey, TRIGGER_TYPES, labelKey } from './vocabulary';

const DECIMAL = /^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/;

/** A rating as the README defines it: 1 to 5, typed as a number or as text with a point or a comma. */
export function isRating(value: CellValue): boolean {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && DECIMAL.test(value.trim())) n = Number(value.trim().replace(',', '.'));
  else return false;
  return Number.isFinite(n) && n >= 1 && n <= 5;
}

export function scoresBreak(ctx: Chaos): Break | null {
  const sheet = ctx.tab('useCases');
  const table = sheet ? useCaseTable(sheet) : null;
  const scoreColumn = table?.columns.score;
  if (!sheet || !table || scoreColumn === undefined || !sideBySide(table)) return null;
  for (const { row, id } of useCaseRows(table)) {
    const ratings = RATING_KEYS.map((k) => table.columns[k]).map((c) => (c === undefined ? '' : read(sheet, row, c)));
    const valid = ratings.every(isRating);
    const score = read(sheet, row, scoreColumn);
    if (valid === (typeof score === 'number')) continue;
    return {
      invariant: 'prioritising scores every use case with valid ratings, and only those',
      detail: `use case ${id} on row ${row} is rated ${JSON.stringify(ratings)} (${valid ? 'valid' : 'not valid'}) but its Score cell ${a1(sheet, { row, column: scoreColumn })} holds ${JSON.stringify(score)}`,
    };
  }
  return null;
}

/**
 * Whether the table's rating and use-case headers stand in one stretch of the header row, as the add-on requires.
 * With one dragged past a blank, the add-on refuses, or works on a complete copy of the headers elsewhere: these
 * rows are then not the ones it scores.
 */
function sideBySide(table: NonNullable<ReturnType<typeof useCaseTable>>): boolean {
  const columns = (['useCase', ...RATING_KEYS] as const).map((k) => table.columns[k]);
  if (columns.some((c) => c === undefined)) return false;
  const [first, last] = [Math.min(...(columns as number[])), Math.max(...(columns as number[]))];
  for (let c = first; c <= last; c++) if (isBlank(valueAt(table.sheet, table.headerRow, c))) return false;
  return true;
}

function read(sheet: FakeSheet, row: number, column: number): CellValue {
  return sheet.view.book.log.uncounted(() => sheet.getRange(row, column).getValues()[0][0]);
}

function show(value: CellValue): string {
  return value instanceof Date ? `the date ${value.toISOString()}` : `${typeof value} ${JSON.stringify(value)}`;
}

function labelOf<T extends Record<string, { en: string; fr: string }>>(labels: T, typed: string, ctx: Chaos): string {
  const key = labelKey(typed);
  const found = Object.entries(labels).find(
    ([k, l]) => labelKey(k) === key || labelKey(l.en) === key || labelKey(l.fr) === key,
  );
  return found ? found[1][ctx.lang] : typed;
}

/** The scenario row as the add-on promised to write it: every field as typed, the phase and type as labels. */
export function scenarioBreak(
  ctx: Chaos,
  input: ScenarioInput,
  result: { id: string; row: number },
  useCase: string,
): Break | null {
  const sheet = ctx.tab('scenarioMap');
  const table = sheet ? scenarioTable(sheet) : null;
  if (!sheet || !table)
    return { invariant: 'a scenario is written where it says', detail: 'the scenario table is gone' };
  const expected: Record<ScenarioKey, string> = {
    id: result.id,
    name: input.name,
    useCase,
    programme: input.programme,
    target: input.target,
    phase: labelOf(PHASES, input.phase, ctx),
    channel: input.channel,
    triggerType: labelOf(TRIGGER_TYPES, input.triggerType, ctx),
    trigger: input.trigger,
    sequence: input.steps.map((s) => `${DAY_PREFIX[ctx.lang]}${s.day} · ${s.channel} · ${s.message}`).join('\n'),
    status: STATUS_IDEA[ctx.lang],
  };
  for (const key of Object.keys(expected) as ScenarioKey[]) {
    const column = table.columns[key];
    if (column === undefined) continue;
    const got = read(sheet, result.row, column);
    if (got !== expected[key])
      return {
        invariant: 'every string given to addScenario reads back exactly as given',
        detail: `${key} sent as ${JSON.stringify(expected[key])} reads back as ${show(got)} at ${a1(sheet, { row: result.row, column })}`,
      };
  }
  return dataNeedsBreak(ctx, input);
}

function dataNeedsBreak(ctx: Chaos, input: ScenarioInput): Break | null {
  const needs = input.dataNeeds.filter((n) => n.variable !== '' || n.source !== '');
  const sheet = ctx.tab('dataNeeds');
  const table = sheet ? dataNeedTable(sheet) : null;
  if (needs.length === 0 || !sheet || !table) return null;
  const { scenario, variable, source } = table.columns;
  if (scenario === undefined || variable === undefined || source === undefined) return null;
  const rows: number[] = [];
  for (let r = table.headerRow + 1; r <= table.lastRow; r++) if (read(sheet, r, scenario) === input.name) rows.push(r);
  // The last rows with that name: a name reused after the team deleted its scenario keeps the old rows above.
  const added = rows.slice(-needs.length);
  for (let i = 0; i < needs.length; i++) {
    const row = added[i];
    const got = row === undefined ? null : [read(sheet, row, variable), read(sheet, row, source)];
    if (got && got[0] === needs[i].variable && got[1] === needs[i].source) continue;
    return {
      invariant: 'every string given to addScenario reads back exactly as given',
      detail: `data need ${i + 1} of ${JSON.stringify(input.name)} sent as ${JSON.stringify(needs[i])} reads back as ${got ? got.map(show).join(' / ') : '(no row)'}`,
    };
  }
  return null;
}

/**
 * What a sidebar receives crosses google.script.run: only strings, numbers, booleans, null, arrays and plain
 * objects (a Date or undefined fails the call or arrives changed). The values come from another realm, so types
 * are told by their tag, not by instanceof.
 */
export function plainJsonBreak(value: unknown, path: string): Break | null {
  const tag = Object.prototype.toString.call(value);
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return null;
  if (tag === '[object Array]' || tag === '[object Object]') {
    for (const [key, item] of Object.entries(value as object)) {
      const broke = plainJsonBreak(item, `${path}.${key}`);
      if (broke) return broke;
    }
    return null;
  }
  return {
    invariant: 'what the sidebar receives is plain JSON',
    detail: `${path} is ${tag === '[object Undefined]' ? 'undefined' : tag}`,
  };
}
