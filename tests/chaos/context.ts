/**
 * One chaos run's state: the workbook and the bundle, the seeded generator, the team's tracked cells (each holds a
 * unique token, found again wherever it went), the weights the team set, and the numbered steps so far.
 */
import type { CellValue, FakeSheet } from '../../fake';
import { Bundle, Env, loadBundle, makeEnv } from '../support/env';
import { Rng } from './prng';
import { Pos, a1, findTab, isEmptyCell, scanTokens, settingsModel } from './sheet-model';
import { Lang, TabKey, WEIGHT_LABELS, isLabel } from './vocabulary';

export interface Tracked {
  token: string;
  sheet: FakeSheet;
  /** What the team typed, for the failure report: "note right under the chart data". */
  what: string;
  step: number;
  /** The use-case ID this cell must stay beside (a team column's cell on a use-case row). */
  tie?: string;
}

export interface CatalogueIdea {
  id: string;
  kind: string;
  title: string;
  channel: string;
  stage: string | null;
}

export interface TeamWeight {
  which: 'business' | 'customer';
  value: CellValue;
  step: number;
}

export class Chaos {
  readonly env: Env;
  readonly bundle: Bundle;
  readonly lang: Lang;
  readonly rng: Rng;
  readonly steps: string[] = [];
  readonly tracked = new Map<string, Tracked>();
  readonly weights: TeamWeight[] = [];
  readonly scenarioNames: string[] = [];
  /** The personas whose maps the add-on made, as they were asked for. */
  readonly personaNames: string[] = [];
  /** The idea catalogue as the ideas sidebar receives it, asked for once per run. */
  catalogue: CatalogueIdea[] | null = null;
  /** A teammate holds the document lock during the next action. */
  lockHeldNext = false;
  private nextToken = 1;
  nextUseCase = 6;
  scenarioCount = 0;

  constructor(
    readonly seed: number,
    readonly locale: string,
  ) {
    this.rng = new Rng(seed);
    this.env = makeEnv({ locale });
    this.bundle = loadBundle(this.env);
    this.lang = locale.startsWith('fr') ? 'fr' : 'en';
  }

  get step(): number {
    return this.steps.length;
  }

  log(line: string): void {
    this.steps.push(line);
  }

  tab(key: TabKey): FakeSheet | null {
    return findTab(this.env.book, key);
  }

  token(): string {
    return `~t${this.nextToken++}~`;
  }

  /** A person's edit: the fake's calls are not the add-on's, so they are not counted (and cannot be failed). */
  edit<T>(fn: () => T): T {
    return this.env.book.log.uncounted(fn);
  }

  /** Types into one cell as a person would (strings are typed input), growing the tab if the row is past its end. */
  type(sheet: FakeSheet, pos: Pos, input: unknown): void {
    this.edit(() => this.cellAt(sheet, pos).setValue(input));
  }

  private cellAt(sheet: FakeSheet, pos: Pos) {
    const size = sheet.view.size();
    if (pos.row > size.rows) sheet.insertRowsAfter(size.rows, pos.row - size.rows);
    if (pos.column > size.columns) sheet.insertColumnsAfter(size.columns, pos.column - size.columns);
    return sheet.getRange(pos.row, pos.column);
  }

  /** Types a tracked cell: a value, a formula or a cell note holding a fresh token. */
  typeTracked(
    sheet: FakeSheet,
    pos: Pos,
    what: string,
    make: (token: string) => string,
    options: { note?: boolean; tie?: string } = {},
  ): string {
    const token = this.token();
    const text = make(token);
    if (options.note) this.edit(() => this.cellAt(sheet, pos).setNote(text));
    else this.type(sheet, pos, text);
    this.tracked.set(token, {
      token,
      sheet,
      what: `${what} at ${a1(sheet, pos)}`,
      step: this.step + 1,
      tie: options.tie,
    });
    return token;
  }

  /** The first of these cells a person may type into: empty and not one the add-on owns. */
  freeCell(sheet: FakeSheet, candidates: Pos[], owned: (pos: Pos) => boolean = () => false): Pos | null {
    return candidates.find((pos) => isEmptyCell(sheet, pos) && !owned(pos)) ?? null;
  }

  /**
   * After a team edit: what the team deleted itself (cells, or a whole tab) is no longer tracked, and a weight whose label the team
   * removed is no longer the team's weight.
   */
  forgetWhatTheTeamRemoved(): void {
    const present = new Map<FakeSheet, Set<string>>();
    for (const t of this.tracked.values()) {
      // A tab the team deleted takes its cells with it.
      if (this.env.book.view.indexOf(t.sheet) < 0) {
        this.tracked.delete(t.token);
        continue;
      }
      if (!present.has(t.sheet)) present.set(t.sheet, new Set(scanTokens(t.sheet).keys()));
      if (!present.get(t.sheet)?.has(t.token)) this.tracked.delete(t.token);
    }
    for (const w of [...this.weights]) if (this.weightNow(w.which) !== w.value) this.forgetWeight(w.which);
  }

  forgetWeight(which: TeamWeight['which']): void {
    const i = this.weights.findIndex((w) => w.which === which);
    if (i >= 0) this.weights.splice(i, 1);
  }

  /** The value right of a weight's label (any spelling), or undefined when the label is gone. */
  weightNow(which: TeamWeight['which']): CellValue | undefined {
    const sheet = this.tab('useCases');
    if (!sheet) return undefined;
    const label = settingsModel(sheet)[which];
    if (!label || !isLabel(sheet.view.peek(label.row, label.column).value, WEIGHT_LABELS[which])) return undefined;
    return sheet.view.peek(label.row, label.column + 1).value;
  }
}
