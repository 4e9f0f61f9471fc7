// The fake must behave as APPS_SCRIPT_FACTS.md says the real services do; these tests pin that down.
import { FakeSpreadsheet, createServices, interpretInput } from '../../fake';

function sheet(locale = 'en_US') {
  const book = new FakeSpreadsheet({ locale });
  return { book, sheet: book.view.active };
}

describe('values', () => {
  it('reads empty cells as empty strings and numbers as numbers', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:B1').setValues([[3, '']]);
    expect(s.getRange('A1:C1').getValues()).toEqual([[3, '', '']]);
  });

  it('treats written strings as typed input', () => {
    expect(interpretInput('=1+1', 'en_US')).toEqual({ value: '', formula: '=1+1' });
    expect(interpretInput('07', 'en_US').value).toBe(7);
    expect(interpretInput('4,5', 'fr_FR').value).toBe(4.5);
    expect(interpretInput('4,5', 'en_US').value).toBe('4,5');
    expect(interpretInput('TRUE', 'en_US').value).toBe(true);
    expect(interpretInput('2024-01-05', 'en_US').value).toBeInstanceOf(Date);
    expect(interpretInput(' 4 ', 'en_US').value).toBe(' 4 ');
  });

  it('keeps text after a leading apostrophe and drops the apostrophe', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:C1').setValues([["'=SUM(A1)", "'007", "''quoted"]]);
    expect(s.getRange('A1:C1').getValues()).toEqual([['=SUM(A1)', '007', "'quoted"]]);
    expect(s.getRange('A1:C1').getFormulas()).toEqual([['', '', '']]);
  });

  it('turns +, - and @ before text into formulas (the stricter reading of an uncertain behaviour)', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:D1').setValues([['+hello', '-world', '@me', '-5']]);
    expect(s.getRange('A1:D1').getFormulas()[0].slice(0, 3)).toEqual(['=+hello', '=-world', '=@me']);
    expect(s.getRange('D1').getValue()).toBe(-5);
  });

  it('refuses a block whose shape does not match the range, writing nothing', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange('A1:B2').setValues([[1, 2]])).toThrow(/number of rows/);
    expect(() => s.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(/number of columns/);
    expect(s.getLastRow()).toBe(0);
  });
});

describe('ranges and sheets', () => {
  it('throws on a range outside the sheet', () => {
    const { sheet: s } = sheet();
    expect(() => s.getRange(1001, 1)).toThrow();
    expect(() => s.getRange(1, 27)).toThrow();
    expect(() => s.getRange(0, 1)).toThrow();
    expect(() => s.getRange(1, 1, 0, 1)).toThrow(/at least 1/);
  });

  it('counts content, not formatting, in getLastRow and getLastColumn', () => {
    const { sheet: s } = sheet();
    s.getRange('C5').setBackground('#ff0000');
    s.getRange('B2').setValue('x');
    expect([s.getLastRow(), s.getLastColumn()]).toEqual([2, 2]);
  });

  it('grows the sheet on appendRow but not on setValues', () => {
    const { sheet: s } = sheet();
    s.view.resize(2, 3);
    s.getRange('A1:A2').setValues([['a'], ['b']]);
    s.appendRow(['c', 'd']);
    expect(s.getMaxRows()).toBe(3);
    expect(s.getRange('A3:B3').getValues()).toEqual([['c', 'd']]);
    expect(() => s.getRange(4, 1)).toThrow();
  });

  it('throws when a tab name is taken, and activates a new tab', () => {
    const { book } = sheet();
    const tab = book.insertSheet('Use cases');
    expect(book.getActiveSheet()).toBe(tab);
    expect(() => book.insertSheet('Use cases')).toThrow(/already exists/);
    expect(book.getSheetByName('Missing')).toBeNull();
  });

  it('sorts whole cells by absolute columns, numbers before text, blanks last', () => {
    const { sheet: s } = sheet();
    s.getRange('B2:C6').setValues([
      ['b', 2],
      ['blank', ''],
      ['text', 'x'],
      ['a', 1],
      ['c', 2],
    ]);
    s.getRange('B2').setBackground('#ff0000');
    s.getRange('B2').setNote('moved with its cell');
    s.getRange('B2:C6').sort({ column: 3, ascending: true });
    expect(s.getRange('B2:C6').getValues()).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['text', 'x'],
      ['blank', ''],
    ]);
    expect(s.getRange('B3').getBackground()).toBe('#ff0000');
    expect(s.getRange('B3').getNote()).toBe('moved with its cell');
    s.getRange('B2:C6').sort({ column: 3, ascending: false });
    expect(s.getRange('C2:C6').getValues().flat()).toEqual(['x', 2, 2, 1, '']);
    expect(() => s.getRange('B2:C6').sort(1)).toThrow(/out of range/);
  });
});

describe('inserting, deleting and moving columns and rows (as a team does by hand)', () => {
  function letters(s: ReturnType<typeof sheet>['sheet'], a1: string) {
    return s.getRange(a1).getValues()[0];
  }

  it('inserts columns before a position, shifting cells and widths right', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    s.setColumnWidth(2, 150);
    s.insertColumnsBefore(2, 2);
    expect(letters(s, 'A1:E1')).toEqual(['a', '', '', 'b', 'c']);
    expect(s.getMaxColumns()).toBe(28);
    expect(s.getColumnWidth(4)).toBe(150);
    expect(s.getColumnWidth(2)).toBe(100);
    expect(() => s.insertColumnsBefore(0, 1)).toThrow(/out of bounds/);
  });

  it('deletes columns, shifting what is right of them left, and never all of them', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:D1').setValues([['a', 'b', 'c', 'd']]);
    s.getRange('C1').setNote('kept with its cell');
    s.deleteColumns(2, 1);
    expect(letters(s, 'A1:D1')).toEqual(['a', 'c', 'd', '']);
    expect(s.getRange('B1').getNote()).toBe('kept with its cell');
    expect(s.getMaxColumns()).toBe(25);
    expect(() => s.deleteColumns(25, 2)).toThrow(/out of bounds/);
    expect(() => s.deleteColumns(1, 25)).toThrow(/all the columns/);
  });

  it('moves columns before the column that was at the destination (A:B to 5 become C:D)', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:E1').setValues([['a', 'b', 'c', 'd', 'e']]);
    s.setColumnWidth(1, 70);
    s.moveColumns(s.getRange('A1:B1'), 5);
    expect(letters(s, 'A1:E1')).toEqual(['c', 'd', 'a', 'b', 'e']);
    expect(s.getColumnWidth(3)).toBe(70);
    s.moveColumns(s.getRange('E1'), 1);
    expect(letters(s, 'A1:E1')).toEqual(['e', 'c', 'd', 'a', 'b']);
    expect(() => s.moveColumns(s.getRange('A1:C1'), 2)).toThrow(/outside/);
    expect(() => s.moveColumns(s.getRange('A1'), 28)).toThrow(/out of bounds/);
  });

  it('moves whole rows the same way, every cell with its note and format', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:A4').setValues([['1'], ['2'], ['3'], ['4']]);
    s.getRange('B2').setNote('row 2');
    s.moveRows(s.getRange('A2:A3'), 5);
    expect(s.getRange('A1:A4').getValues().flat()).toEqual([1, 4, 2, 3]);
    expect(s.getRange('B3').getNote()).toBe('row 2');
    expect(s.getMaxRows()).toBe(1000);
  });
});

describe('colours', () => {
  it('reads fills as lower-case #rrggbb, #ffffff for none', () => {
    const { sheet: s } = sheet();
    s.getRange('A1:D1').setBackgrounds([['#FFE599', '#abc', 'LIGHTCORAL', null]]);
    expect(s.getRange('A1:E1').getBackgrounds()).toEqual([['#ffe599', '#aabbcc', '#f08080', '#ffffff', '#ffffff']]);
  });

  it('ignores an invalid colour name without throwing', () => {
    const { sheet: s } = sheet();
    s.getRange('A1').setBackground('#00ff00');
    expect(() => s.getRange('A1').setBackground('not-a-colour')).not.toThrow();
    expect(s.getRange('A1').getBackground()).toBe('#00ff00');
  });
});

describe('call counting and failures', () => {
  it('counts every call by name', () => {
    const { book, sheet: s } = sheet();
    book.log.reset();
    s.getRange('A1:B2').getValues();
    expect(book.log.byMethod()).toEqual({ 'Range.getValues': 1, 'Sheet.getRange': 1 });
    expect(book.log.total()).toBe(2);
  });

  it('forgets planned failures on request and says how many had not fired', () => {
    const { book, sheet: s } = sheet();
    book.log.failOn('Range.setValues', 1);
    book.log.failOn('Range.sort', 3);
    expect(() => s.getRange('A1').setValues([[1]])).toThrow(/simulated/);
    expect(book.log.clearFailures()).toBe(1);
    expect(book.log.clearFailures()).toBe(0);
    s.getRange('A1:A3').sort(1);
    s.getRange('A1:A3').sort(1);
    expect(() => s.getRange('A1:A3').sort(1)).not.toThrow();
  });

  it('fails the nth call it was told to fail', () => {
    const { book, sheet: s } = sheet();
    book.log.failOn('Range.setValues', 2, 'Service unavailable');
    s.getRange('A1').setValues([[1]]);
    expect(() => s.getRange('A2').setValues([[2]])).toThrow('Service unavailable');
    s.getRange('A3').setValues([[3]]);
    expect(s.getRange('A1:A3').getValues()).toEqual([[1], [''], [3]]);
  });
});

describe('services', () => {
  it('refuses the spreadsheet in AuthMode.NONE but gives the menu', () => {
    const services = createServices(new FakeSpreadsheet(), { authMode: 'NONE' });
    const app = services.globals.SpreadsheetApp as { getActiveSpreadsheet(): unknown; getUi(): unknown };
    expect(() => app.getActiveSpreadsheet()).toThrow(/permission/);
    expect(app.getUi()).toBe(services.ui);
  });

  it('gives no document lock outside a container, and a failed tryLock when another run holds it', () => {
    const outside = createServices(new FakeSpreadsheet(), { containerBound: false });
    expect((outside.globals.LockService as { getDocumentLock(): unknown }).getDocumentLock()).toBeNull();
    const inside = createServices(new FakeSpreadsheet());
    inside.lock.heldElsewhere = true;
    const lock = (
      inside.globals.LockService as { getDocumentLock(): { tryLock(ms: number): boolean; waitLock(ms: number): void } }
    ).getDocumentLock();
    expect(lock.tryLock(1000)).toBe(false);
    expect(() => lock.waitLock(1000)).toThrow(/Lock timeout/);
  });
});

describe('a new spreadsheet', () => {
  it('starts with one tab, named as Sheets names it in the locale', () => {
    expect(new FakeSpreadsheet().view.sheetNames()).toEqual(['Sheet1']);
    expect(new FakeSpreadsheet({ locale: 'en_GB' }).view.sheetNames()).toEqual(['Sheet1']);
    expect(new FakeSpreadsheet({ locale: 'fr_FR' }).view.sheetNames()).toEqual(['Feuille 1']);
    expect(new FakeSpreadsheet({ locale: 'fr_CA' }).getActiveSheet().getName()).toBe('Feuille 1');
  });

  it('starts with the tabs it is given instead, whatever its locale', () => {
    expect(new FakeSpreadsheet({ locale: 'fr_FR', sheets: ['Sheet1', 'Notes'] }).view.sheetNames()).toEqual([
      'Sheet1',
      'Notes',
    ]);
  });
});
