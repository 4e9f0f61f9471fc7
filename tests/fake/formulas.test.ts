// The formulas the fake computes besides the scenario overview: a HYPERLINK's label, a SPARKLINE's nothing.
import { FakeSpreadsheet } from '../../fake';

function cell(formula: string, locale = 'en_US') {
  const sheet = new FakeSpreadsheet({ locale, sheets: ['Tab'] }).getActiveSheet();
  sheet.getRange('B2').setValue(formula);
  return sheet.getRange('B2');
}

describe('HYPERLINK', () => {
  it('reads as its label, with either separator in an English locale', () => {
    expect(cell('=HYPERLINK("https://example.com/brief";"Brief")').getValue()).toBe('Brief');
    expect(cell('=HYPERLINK("https://example.com/brief","Brief")').getValue()).toBe('Brief');
    expect(cell('=hyperlink( "https://example.com" ; "Site" )').getValue()).toBe('Site');
  });

  it('reads as its address without a label, and keeps doubled quotes as one', () => {
    expect(cell('=HYPERLINK("https://example.com")').getValue()).toBe('https://example.com');
    expect(cell('=HYPERLINK("https://example.com";"Say ""hi""; then go")').getValue()).toBe('Say "hi"; then go');
  });

  it('fails to parse with a comma in a semicolon locale, as any formula does', () => {
    expect(cell('=HYPERLINK("https://example.com";"Fiche")', 'fr_FR').getValue()).toBe('Fiche');
    expect(cell('=HYPERLINK("https://example.com","Fiche")', 'fr_FR').getValue()).toBe('#ERROR!');
  });

  it('keeps its formula, as written', () => {
    const range = cell('=HYPERLINK("https://example.com";"Site")');
    expect(range.getFormula()).toBe('=HYPERLINK("https://example.com";"Site")');
    expect(range.getDisplayValues()).toEqual([['Site']]);
  });
});

describe('SPARKLINE', () => {
  it('reads as nothing: it draws in its cell', () => {
    const range = cell('=SPARKLINE(C2:H2;{"charttype"\\"column"})', 'fr_FR');
    expect(range.getValue()).toBe('');
    expect(range.getFormula()).toBe('=SPARKLINE(C2:H2;{"charttype"\\"column"})');
    expect(cell('=SPARKLINE(C2:H2)').getValue()).toBe('');
    expect(cell('=SPARKLINE(C2:H2,{"charttype","column"})', 'fr_FR').getValue()).toBe('#ERROR!');
  });

  it('still counts as content for getLastRow, as a formula does', () => {
    const range = cell('=SPARKLINE(C2:H2)');
    expect(range.getSheet().getLastRow()).toBe(2);
  });
});
