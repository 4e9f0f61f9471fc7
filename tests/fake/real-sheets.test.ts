// What real Sheets does that the fake now models (issue 10, APPS_SCRIPT_FACTS.md "second reading"): each of these
// is a way the add-on could be right on the fake and wrong on Google's servers.
import { FakeSpreadsheet, createServices, interpretInput } from '../../fake';

function sheet(locale = 'en_US') {
  const book = new FakeSpreadsheet({ locale });
  return { book, sheet: book.view.active };
}

describe('typed input: what Sheets converts', () => {
  it.each([
    ['9:00', 'en_US'],
    ['10:30', 'fr_FR'],
    ['May 2025', 'en_US'],
    ['Mars 2026', 'fr_FR'],
    ['mars 2025', 'en_US'],
    ['1 janv.', 'fr_FR'],
    ['March 2024', 'en_US'],
    ['05/01/2024', 'fr_FR'],
    ['2024-01-05', 'en_US'],
  ])('reads %p as a date or time (%s)', (text, locale) => {
    expect(interpretInput(text, locale).value).toBeInstanceOf(Date);
  });

  it.each([
    ['$2.99', 'en_US', 2.99],
    ['$12', 'en_US', 12],
    ['12 €', 'fr_FR', 12],
    ['5,00 €', 'fr_FR', 5],
    ['1,000,000', 'en_US', 1000000],
    ['1 000', 'fr_FR', 1000],
    ['5%', 'en_US', 0.05],
    ['4,5', 'fr_FR', 4.5],
    ['007', 'en_US', 7],
  ])('reads %p as the number it looks like (%s)', (text, locale, number) => {
    expect(interpretInput(text, locale).value).toBeCloseTo(number);
  });

  it.each(['TRUE', 'VRAI', 'faux'])('reads %p as a boolean', (text) => {
    expect(typeof interpretInput(text, 'fr_FR').value).toBe('boolean');
  });

  it.each(['Abandoned cart', 'D+1 · Email · Reminder', 'Birthday: -10%', 'Email 2', ' 4 ', '4,5 stars'])(
    'keeps %p as text',
    (text) => {
      expect(interpretInput(text, 'en_US')).toEqual({ value: text, formula: '' });
    },
  );
});

describe('formulas and the locale', () => {
  it('refuses `,` between arguments in a semicolon locale (#ERROR!), accepts `;` everywhere', () => {
    for (const locale of ['en_US', 'fr_FR']) {
      const { sheet: s } = sheet(locale);
      s.getRange('A1').setFormula('=IF(1;"a";"b")');
      s.getRange('A2').setFormula('=IF(1,"a, b","c")');
      s.getRange('A3').setFormula('=IFERROR(1;"x, y")');
      expect(s.getRange('A1:A3').getFormulas().flat()).toEqual([
        '=IF(1;"a";"b")',
        '=IF(1,"a, b","c")',
        '=IFERROR(1;"x, y")',
      ]);
      const values = s.getRange('A1:A3').getValues().flat();
      expect(values[1]).toBe(locale === 'fr_FR' ? '#ERROR!' : '');
      expect(values[0]).not.toBe('#ERROR!');
      expect(values[2]).not.toBe('#ERROR!');
    }
  });
});

describe('fills', () => {
  it('tells "no fill" from an explicit white fill, while both read #ffffff', () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setBackground('#ff0000');
    s.getRange('A1').setBackground(null);
    s.getRange('B1').setBackground('#FFFFFF');
    s.getRange('C1:D1').setBackgrounds([[null, 'white']]);
    expect(s.getRange('A1:E1').getBackgrounds()).toEqual([['#ffffff', '#ffffff', '#ffffff', '#ffffff', '#ffffff']]);
    expect([1, 2, 3, 4, 5].map((c) => s.view.peek(1, c).format.background)).toEqual([
      null,
      '#ffffff',
      null,
      '#ffffff',
      null,
    ]);
  });

  it('fills scattered cells in one RangeList call', () => {
    const { book, sheet: s } = sheet();
    s.getRangeList(['A1', 'C3', 'B2:B3']).setBackground('#93c47d');
    expect(s.getRange('A1:C3').getBackgrounds()).toEqual([
      ['#93c47d', '#ffffff', '#ffffff'],
      ['#ffffff', '#93c47d', '#ffffff'],
      ['#ffffff', '#93c47d', '#93c47d'],
    ]);
    expect(book.log.count('RangeList.setBackground')).toBe(1);
  });
});

describe('writes not yet saved', () => {
  it('fails a lock released with writes not flushed, and a dialog shown over them', () => {
    const book = new FakeSpreadsheet();
    const services = createServices(book);
    const LockService = services.globals.LockService as {
      getDocumentLock(): { tryLock(ms: number): boolean; releaseLock(): void };
    };
    const lock = LockService.getDocumentLock();
    lock.tryLock(1000);
    book.view.sheet('Sheet1').getRange('A1').setValue('x');
    expect(() => lock.releaseLock()).toThrow(/not flushed: call SpreadsheetApp.flush\(\) first/);
    expect(() => services.ui.alert('Done')).toThrow(/not flushed/);
    (services.globals.SpreadsheetApp as { flush(): void }).flush();
    expect(() => lock.releaseLock()).not.toThrow();
  });

  it('counts a read as a flush, as Apps Script does', () => {
    const { book, sheet: s } = sheet();
    s.getRange('A1').setValue('x');
    expect(book.log.unflushed).toBe(1);
    s.getRange('A1').getValues();
    expect(book.log.unflushed).toBe(0);
  });
});

describe('array formulas', () => {
  const overview =
    '=IFERROR(LET(n;$B$2:$B;t;$C$2:$C;p;$D$2:$D;h;$G$1:$H$1;k;FILTER(t;t<>"");u;SORT(FILTER(k;MATCH(k;k;0)=SEQUENCE(ROWS(k))));' +
    'HSTACK(u;MAKEARRAY(ROWS(u);COLUMNS(h);LAMBDA(r;c;IFERROR(TEXTJOIN(CHAR(10);1;FILTER(n;t=INDEX(u;r);p=INDEX(h;1;c);n<>""));"")))));"")';

  it('return their spilled results through getValues, one row per target whatever its case', () => {
    const { sheet: s } = sheet('fr_FR');
    s.getRange('A1:H1').setValues([['ID', 'Name', 'Target', 'Phase', '', '', 'Welcome', 'Upsell']]);
    s.getRange('A2:D4').setValues([
      ['1', 'Hello', 'Email', 'Welcome'],
      ['2', 'More', 'email', 'upsell'],
      ['3', 'Hi', 'Ads', 'Welcome'],
    ]);
    s.getRange('F2').setFormula(overview);
    expect(s.getRange('F2:H4').getValues()).toEqual([
      ['Ads', 'Hi', ''],
      ['Email', 'Hello', 'More'],
      ['', '', ''],
    ]);
    expect(s.getLastRow()).toBe(4);
  });

  it('show #REF! and spill nothing when a cell they need holds something', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:D2').setValues([
      ['ID', 'Name', 'Target', 'Phase'],
      ['1', 'Hello', 'Email', 'Welcome'],
    ]);
    s.getRange('G2').setValue('a note in the way');
    s.getRange('F2').setFormula(overview);
    expect(s.getRange('F2:G2').getValues()).toEqual([['#REF!', 'a note in the way']]);
  });

  it('give one empty cell, not a phantom row, when there is no target', () => {
    const { sheet: s } = sheet();
    s.getRange('F2').setFormula(overview);
    expect(s.getRange('F2:H3').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(s.getLastRow()).toBe(2); // the formula's own row, nothing below it
  });
});
