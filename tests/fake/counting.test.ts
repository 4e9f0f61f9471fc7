// Call counting by construction: every method on a fake class is an Apps Script method, counted once per call.
import * as fake from '../../fake';
import {
  CallLog,
  Counted,
  FakeHtmlService,
  FakeLockService,
  FakeSheet,
  FakeSession,
  FakeSpreadsheet,
  FakeSpreadsheetApp,
  countCalls,
  countedClasses,
  createServices,
  isCounted,
} from '../../fake';

/** One object of every counted class, by the name its calls are recorded under, all sharing one emptied log. */
function objects(): { log: CallLog; of: Record<string, Counted> } {
  const book = new FakeSpreadsheet();
  const services = createServices(book, { htmlFiles: { Page: '<p>page</p>' } });
  const globals = services.globals as {
    SpreadsheetApp: FakeSpreadsheetApp;
    HtmlService: FakeHtmlService;
    LockService: FakeLockService;
    Session: FakeSession;
  };
  services.ui.view.answerPrompts({ button: 'OK', text: 'answer' });
  const of = book.log.uncounted((): Record<string, Counted> => {
    const sheet = book.getActiveSheet();
    const range = sheet.getRange('A1:B2');
    const app = globals.SpreadsheetApp;
    return {
      Spreadsheet: book,
      Sheet: sheet,
      Range: range,
      RangeList: sheet.getRangeList(['A1', 'B2']),
      DataValidation: app.newDataValidation().requireValueInList(['a']).build(),
      DataValidationBuilder: app.newDataValidation(),
      EmbeddedChart: sheet.newChart().addRange(range).build(),
      EmbeddedChartBuilder: sheet.newChart(),
      TextStyle: app.newTextStyle().setBold(true).build(),
      TextStyleBuilder: app.newTextStyle(),
      ConditionalFormatRule: app
        .newConditionalFormatRule()
        .whenTextEqualTo('a')
        .setBold(true)
        .setRanges([range])
        .build(),
      ConditionalFormatRuleBuilder: app.newConditionalFormatRule(),
      SpreadsheetApp: app,
      Session: globals.Session,
      Ui: services.ui,
      Menu: services.ui.createMenu('Menu'),
      PromptResponse: services.ui.prompt('Question?'),
      HtmlService: globals.HtmlService,
      HtmlOutput: globals.HtmlService.createHtmlOutput('<p>x</p>'),
      LockService: globals.LockService,
      Lock: globals.LockService.getScriptLock(),
    };
  });
  book.log.reset();
  return { log: book.log, of };
}

const exportedClasses = (Object.values(fake) as unknown[]).filter(
  (value): value is { name: string; prototype: object } =>
    typeof value === 'function' && /^Fake/.test(value.name) && value.prototype !== undefined,
);

describe('call counting by construction', () => {
  it('counts the calls of every Fake class the fake exports, and has an object of each to try', () => {
    const counted = countedClasses();
    expect(exportedClasses.filter((cls) => !counted.some((c) => c.cls === cls)).map((cls) => cls.name)).toEqual([]);
    expect(Object.keys(objects().of).sort()).toEqual(counted.map((c) => c.className).sort());
  });

  it('has nothing on a fake class prototype but listed, counted Apps Script methods', () => {
    for (const { cls, methods } of countedClasses()) {
      const names = Object.getOwnPropertyNames(cls.prototype).filter((name) => name !== 'constructor');
      expect({ cls: cls.name, names: names.sort() }).toEqual({ cls: cls.name, names: [...methods].sort() });
      for (const name of names) {
        const descriptor = Object.getOwnPropertyDescriptor(cls.prototype, name)!;
        expect({ method: `${cls.name}.${name}`, counted: isCounted(descriptor.value) }).toEqual({
          method: `${cls.name}.${name}`,
          counted: true,
        });
      }
    }
  });

  it('records exactly one call, named Class.method, for each call of each method', () => {
    for (const { className, methods } of countedClasses()) {
      for (const method of methods) {
        const { log, of } = objects();
        const target = of[className] as unknown as Record<string, () => unknown>;
        try {
          // Called without arguments: many throw, after the call was recorded, as a bad call to Google would.
          target[method]();
        } catch {
          // What matters is what was recorded.
        }
        expect(log.sequence).toEqual([`${className}.${method}`]);
      }
    }
  });

  it("does not count the fake's own calls inside a counted one", () => {
    const { log, of } = objects();
    (of.Sheet as FakeSheet).getRangeList(['A1', 'B2', 'C3']).setBackground('#ff0000');
    expect(log.byMethod()).toEqual({ 'RangeList.setBackground': 1, 'Sheet.getRangeList': 1 });

    class Toy {
      readonly view = { log: new CallLog() };
      outer(): number {
        return this.inner() + 1;
      }
      inner(): number {
        return 1;
      }
    }
    countCalls(Toy, 'Toy', ['outer', 'inner']);
    const toy = new Toy();
    expect(toy.outer()).toBe(2);
    expect(toy.view.log.sequence).toEqual(['Toy.outer']);
  });

  it('refuses a class with a method outside its list, and a listed name the class lacks', () => {
    class Leaky {
      readonly view = { log: new CallLog() };
      getName(): string {
        return 'x';
      }
      peek(): string {
        return 'uncounted';
      }
    }
    expect(() => countCalls(Leaky, 'Leaky', ['getName'])).toThrow(/peek outside its API list/);
    class Missing {
      readonly view = { log: new CallLog() };
    }
    // @ts-expect-error: a name the class does not have fails the type-check, and the run.
    expect(() => countCalls(Missing, 'Missing', ['getName'])).toThrow(/not a method/);
  });

  it('types the API lists by the real classes: a misspelt method name fails the type-check', () => {
    const spelt = ['getValues', 'setValues'] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.Range)[];
    // @ts-expect-error: Range has no getValue_s.
    const misspelt = ['getValue_s'] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.Range)[];
    expect([...spelt, ...misspelt]).toHaveLength(3);
  });
});
