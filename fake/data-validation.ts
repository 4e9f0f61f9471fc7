/** DataValidation and its builder (SpreadsheetApp.newDataValidation()): a rule built locally, then set on cells. */
import { CallLog } from './calls';
import { countCalls } from './counting';
import { CriteriaType, ValidationView } from './inspect';
import type { FakeRange } from './range';

export class FakeDataValidation {
  readonly view: ValidationView;

  constructor(
    log: CallLog,
    criteriaType: CriteriaType,
    criteriaValues: unknown[],
    allowInvalid: boolean,
    helpText: string,
  ) {
    this.view = new ValidationView(log, criteriaType, criteriaValues, allowInvalid, helpText);
  }

  getCriteriaType(): CriteriaType {
    return this.view.criteriaType;
  }
  getCriteriaValues(): unknown[] {
    return [...this.view.criteriaValues];
  }
  getAllowInvalid(): boolean {
    return this.view.allowInvalid;
  }
  getHelpText(): string {
    return this.view.helpText;
  }
}

const DATA_VALIDATION_API = [
  'getCriteriaType',
  'getCriteriaValues',
  'getAllowInvalid',
  'getHelpText',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.DataValidation)[];
countCalls(FakeDataValidation, 'DataValidation', DATA_VALIDATION_API);

/** The rule being built: nothing reaches Sheets until a range's setDataValidation(s). */
export interface ValidationDraft {
  readonly log: CallLog;
  criteriaType: CriteriaType | null;
  criteriaValues: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export class FakeDataValidationBuilder {
  readonly view: ValidationDraft;

  constructor(log: CallLog) {
    // Apps Script's default allows invalid input: it gets a warning, not a rejection.
    this.view = { log, criteriaType: null, criteriaValues: [], allowInvalid: true, helpText: '' };
  }

  requireValueInList(values: string[], showDropdown = true): this {
    this.view.criteriaType = 'VALUE_IN_LIST';
    this.view.criteriaValues = [[...values], showDropdown];
    return this;
  }
  requireValueInRange(range: FakeRange, showDropdown = true): this {
    this.view.criteriaType = 'VALUE_IN_RANGE';
    this.view.criteriaValues = [range, showDropdown];
    return this;
  }
  requireNumberBetween(start: number, end: number): this {
    this.view.criteriaType = 'NUMBER_BETWEEN';
    this.view.criteriaValues = [start, end];
    return this;
  }
  setAllowInvalid(allow: boolean): this {
    this.view.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string): this {
    this.view.helpText = text;
    return this;
  }
  build(): FakeDataValidation {
    const { log, criteriaType, criteriaValues, allowInvalid, helpText } = this.view;
    if (criteriaType === null) throw new Error('Data validation criteria must be set before building.');
    return new FakeDataValidation(log, criteriaType, criteriaValues, allowInvalid, helpText);
  }
}

const DATA_VALIDATION_BUILDER_API = [
  'requireValueInList',
  'requireValueInRange',
  'requireNumberBetween',
  'setAllowInvalid',
  'setHelpText',
  'build',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.DataValidationBuilder)[];
countCalls(FakeDataValidationBuilder, 'DataValidationBuilder', DATA_VALIDATION_BUILDER_API);
