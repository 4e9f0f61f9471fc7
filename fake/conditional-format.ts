/**
 * ConditionalFormatRule and its builder (SpreadsheetApp.newConditionalFormatRule()): built locally, then set on a
 * sheet with Sheet.setConditionalFormatRules, which replaces all of the sheet's rules (Google's reference: to add
 * one, read the rules, append, write them back). The colour a rule applies is never what getBackgrounds reads.
 * Strict where the reference is silent: a rule needs a condition and a format to be built, and its ranges must be on
 * the sheet it is set on.
 */
import { CallLog } from './calls';
import { countCalls } from './counting';
import type { FakeRange } from './range';

export type ConditionKind = 'TEXT_EQ' | 'TEXT_CONTAINS' | 'CUSTOM_FORMULA';

/** What a rule is, as the tests and the workbench read it. */
export interface ConditionalFormatView {
  readonly log: CallLog;
  condition: { kind: ConditionKind; value: string } | null;
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: FakeRange[];
}

export class FakeConditionalFormatRule {
  constructor(readonly view: ConditionalFormatView) {}

  getRanges(): FakeRange[] {
    return [...this.view.ranges];
  }
  getBooleanCondition(): {
    getCriteriaType(): ConditionKind;
    getCriteriaValues(): string[];
    getBackground(): string | null;
    getFontColor(): string | null;
  } | null {
    const { condition, background, fontColor } = this.view;
    if (!condition) return null;
    return {
      getCriteriaType: () => condition.kind,
      getCriteriaValues: () => [condition.value],
      getBackground: () => background,
      getFontColor: () => fontColor,
    };
  }
  copy(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.view.log, this);
  }
}

const CONDITIONAL_FORMAT_RULE_API = [
  'getRanges',
  'getBooleanCondition',
  'copy',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.ConditionalFormatRule)[];
countCalls(FakeConditionalFormatRule, 'ConditionalFormatRule', CONDITIONAL_FORMAT_RULE_API);

export class FakeConditionalFormatRuleBuilder {
  readonly view: ConditionalFormatView;

  constructor(log: CallLog, from?: FakeConditionalFormatRule) {
    const start = from?.view;
    this.view = {
      log,
      condition: start?.condition ? { ...start.condition } : null,
      background: start?.background ?? null,
      fontColor: start?.fontColor ?? null,
      bold: start?.bold ?? null,
      ranges: start ? [...start.ranges] : [],
    };
  }

  whenTextEqualTo(text: string): this {
    this.view.condition = { kind: 'TEXT_EQ', value: String(text) };
    return this;
  }
  whenTextContains(text: string): this {
    this.view.condition = { kind: 'TEXT_CONTAINS', value: String(text) };
    return this;
  }
  /** Kept, not computed: a cell it formats is not known to the fake. */
  whenFormulaSatisfied(formula: string): this {
    this.view.condition = { kind: 'CUSTOM_FORMULA', value: String(formula) };
    return this;
  }
  setBackground(colour: string | null): this {
    this.view.background = colour === null ? null : colour.toLowerCase();
    return this;
  }
  setFontColor(colour: string | null): this {
    this.view.fontColor = colour === null ? null : colour.toLowerCase();
    return this;
  }
  setBold(bold: boolean | null): this {
    this.view.bold = bold;
    return this;
  }
  setRanges(ranges: FakeRange[]): this {
    this.view.ranges = [...ranges];
    return this;
  }
  build(): FakeConditionalFormatRule {
    const { condition, background, fontColor, bold } = this.view;
    if (!condition) throw new Error('A conditional format rule needs a condition (whenTextEqualTo…) before build().');
    if (background === null && fontColor === null && bold === null)
      throw new Error('A conditional format rule needs a format (setBackground, setFontColor…) before build().');
    return new FakeConditionalFormatRule({ ...this.view, condition: { ...condition }, ranges: [...this.view.ranges] });
  }
}

const CONDITIONAL_FORMAT_RULE_BUILDER_API = [
  'whenTextEqualTo',
  'whenTextContains',
  'whenFormulaSatisfied',
  'setBackground',
  'setFontColor',
  'setBold',
  'setRanges',
  'build',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder)[];
countCalls(FakeConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder', CONDITIONAL_FORMAT_RULE_BUILDER_API);

/** The text a cell shows, compared exactly: whether Sheets ignores case here is not documented (the stricter side). */
function shownText(value: unknown): string {
  return String(value ?? '');
}

/**
 * The format a cell shows through the rules (the first rule whose range holds it and whose condition its value meets),
 * or null: what the workbench may draw, never what getBackgrounds reads.
 */
export function conditionalFormatOf(
  rules: readonly FakeConditionalFormatRule[],
  row: number,
  column: number,
  value: unknown,
): { background: string | null; fontColor: string | null } | null {
  for (const { view } of rules) {
    const holds = view.ranges.some((range) => {
      const box = range.view.box();
      return (
        row >= box.row && row < box.row + box.numRows && column >= box.column && column < box.column + box.numColumns
      );
    });
    const condition = view.condition;
    if (!holds || !condition) continue;
    const text = shownText(value);
    const met =
      (condition.kind === 'TEXT_EQ' && text !== '' && text === shownText(condition.value)) ||
      (condition.kind === 'TEXT_CONTAINS' && text.includes(shownText(condition.value)));
    if (met) return { background: view.background, fontColor: view.fontColor };
  }
  return null;
}
