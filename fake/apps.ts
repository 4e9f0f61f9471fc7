/** SpreadsheetApp and Session, and the enums of ScriptApp and Charts the add-on reads. */
import { CallLog } from './calls';
import { FakeConditionalFormatRuleBuilder } from './conditional-format';
import { countCalls } from './counting';
import { FakeDataValidationBuilder } from './data-validation';
import type { ServiceSettings } from './services';
import type { FakeSpreadsheet } from './spreadsheet';
import { FakeTextStyleBuilder } from './text-style';
import type { FakeUi } from './ui';

export interface AppView {
  readonly log: CallLog;
  readonly spreadsheet: FakeSpreadsheet;
  readonly ui: FakeUi;
  readonly settings: ServiceSettings;
}

export class FakeSpreadsheetApp {
  readonly DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST',
    VALUE_IN_RANGE: 'VALUE_IN_RANGE',
    NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  };

  constructor(readonly view: AppView) {}

  getActiveSpreadsheet(): FakeSpreadsheet {
    needsAuthorization(this.view, 'SpreadsheetApp.getActiveSpreadsheet');
    return this.view.spreadsheet;
  }
  getActive(): FakeSpreadsheet {
    needsAuthorization(this.view, 'SpreadsheetApp.getActive');
    return this.view.spreadsheet;
  }
  getUi(): FakeUi {
    return this.view.ui;
  }
  newTextStyle(): FakeTextStyleBuilder {
    return new FakeTextStyleBuilder(this.view.log);
  }
  newDataValidation(): FakeDataValidationBuilder {
    return new FakeDataValidationBuilder(this.view.log);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    return new FakeConditionalFormatRuleBuilder(this.view.log);
  }
  flush(): void {}
}

const SPREADSHEET_APP_API = [
  'getActiveSpreadsheet',
  'getActive',
  'getUi',
  'newTextStyle',
  'newDataValidation',
  'newConditionalFormatRule',
  'flush',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.SpreadsheetApp)[];
countCalls(FakeSpreadsheetApp, 'SpreadsheetApp', SPREADSHEET_APP_API);

/** An add-on not yet used in this document opens in AuthMode.NONE: it may build its menu, not read the sheet. */
function needsAuthorization(view: AppView, method: string): void {
  if (view.settings.authMode === 'NONE') {
    throw new Error(
      `You do not have permission to call ${method}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
    );
  }
}

export class FakeSession {
  constructor(readonly view: AppView) {}

  getActiveUserLocale(): string {
    return this.view.settings.userLocale;
  }
  getScriptTimeZone(): string {
    return this.view.spreadsheet.view.timeZone;
  }
}

const SESSION_API = [
  'getActiveUserLocale',
  'getScriptTimeZone',
] as const satisfies readonly (keyof GoogleAppsScript.Base.Session)[];
countCalls(FakeSession, 'Session', SESSION_API);

/** Fresh for each set of services, so nothing one test's bundle does to them reaches the next. */
export function scriptApp() {
  return { AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } };
}

export function charts() {
  return {
    ChartType: {
      AREA: 'AREA',
      BAR: 'BAR',
      BUBBLE: 'BUBBLE',
      COLUMN: 'COLUMN',
      COMBO: 'COMBO',
      LINE: 'LINE',
      PIE: 'PIE',
      SCATTER: 'SCATTER',
      TABLE: 'TABLE',
    },
  };
}
