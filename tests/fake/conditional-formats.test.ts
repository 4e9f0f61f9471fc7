// Conditional format rules as Apps Script has them: built locally, set on a sheet all at once (replacing its rules),
// never what getBackgrounds reads.
import { FakeSpreadsheet, FakeSpreadsheetApp, createServices } from '../../fake';

function sheet() {
  const book = new FakeSpreadsheet({ sheets: ['KPIs', 'Other'] });
  const app = createServices(book).globals.SpreadsheetApp as FakeSpreadsheetApp;
  const kpis = book.getSheetByName('KPIs')!;
  return { book, app, kpis };
}

describe('conditional format rules', () => {
  it('are set all at once, replacing the sheet’s rules, and read back with their condition, colours and ranges', () => {
    const { app, kpis, book } = sheet();
    const range = kpis.getRange('T4:T20');
    const onTarget = app
      .newConditionalFormatRule()
      .whenTextEqualTo('On target')
      .setBackground('#D9EAD3')
      .setRanges([range])
      .build();
    const below = app
      .newConditionalFormatRule()
      .whenTextEqualTo('Below target')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setRanges([range])
      .build();
    kpis.setConditionalFormatRules([onTarget]);
    kpis.setConditionalFormatRules([onTarget, below]);
    const rules = kpis.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const condition = rules[1].getBooleanCondition()!;
    expect([
      condition.getCriteriaType(),
      condition.getCriteriaValues(),
      condition.getBackground(),
      condition.getFontColor(),
    ]).toEqual(['TEXT_EQ', ['Below target'], '#f4cccc', '#990000']);
    expect(rules[0].getRanges().map((r) => r.getA1Notation())).toEqual(['T4:T20']);
    // Setting none clears them: the call replaces, it never appends.
    kpis.setConditionalFormatRules([]);
    expect(kpis.getConditionalFormatRules()).toEqual([]);
    expect(book.log.count('Sheet.setConditionalFormatRules')).toBe(3);
    // The builders are local: building a rule is no service call, only setting it on a sheet is.
    const calls = book.log.serviceCalls();
    app.newConditionalFormatRule().whenTextEqualTo('x').setBold(true).setRanges([range]).build().getRanges();
    expect(book.log.serviceCalls()).toBe(calls);
    expect(book.log.count('ConditionalFormatRuleBuilder.build')).toBe(3);
  });

  it('colour what a cell shows, never what getBackgrounds reads', () => {
    const { app, kpis } = sheet();
    kpis.getRange('T4:T5').setValues([['On target'], ['on target']]);
    kpis.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('On target')
        .setBackground('#d9ead3')
        .setRanges([kpis.getRange('T4:T20')])
        .build(),
    ]);
    expect(kpis.view.conditionalFormatAt(4, 20)).toEqual({ background: '#d9ead3', fontColor: null });
    expect(kpis.view.conditionalFormatAt(5, 20)).toBeNull(); // exact text: the stricter side
    expect(kpis.view.conditionalFormatAt(4, 19)).toBeNull();
    expect(kpis.getRange('T4').getBackground()).toBe('#ffffff');
  });

  it('refuses a rule with no condition or no format, and a range on another sheet', () => {
    const { app, kpis, book } = sheet();
    expect(() => app.newConditionalFormatRule().setBackground('#ffffff').build()).toThrow(/needs a condition/);
    expect(() => app.newConditionalFormatRule().whenTextEqualTo('x').build()).toThrow(/needs a format/);
    const elsewhere = app
      .newConditionalFormatRule()
      .whenTextEqualTo('x')
      .setBold(true)
      .setRanges([book.getSheetByName('Other')!.getRange('A1')])
      .build();
    expect(() => kpis.setConditionalFormatRules([elsewhere])).toThrow(/another sheet/);
    const nowhere = app.newConditionalFormatRule().whenTextEqualTo('x').setBold(true).build();
    expect(() => kpis.setConditionalFormatRules([nowhere])).toThrow(/at least one range/);
  });

  it('copies a rule into a new builder, to change one and set them back', () => {
    const { app, kpis } = sheet();
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('a')
      .setBackground('#ff0000')
      .setRanges([kpis.getRange('A1')])
      .build();
    const changed = rule.copy().setBackground('#00ff00').build();
    expect(changed.getBooleanCondition()!.getBackground()).toBe('#00ff00');
    expect(rule.getBooleanCondition()!.getBackground()).toBe('#ff0000');
  });
});
