import { overviewFormula } from '../../src/core/templates';
import { GridSize, toFileFormula } from '../../workbench/xlsx/formula';

const sizes: Record<string, GridSize> = { "It's data": { rows: 50, columns: 8 }, Other: { rows: 200, columns: 26 } };
const file = (formula: string): string =>
  toFileFormula(formula, (sheet) => (sheet === null ? { rows: 1000, columns: 16 } : (sizes[sheet] ?? null)));

describe('toFileFormula: a Sheets formula in the form an .xlsx stores', () => {
  it('drops the leading = and writes , between arguments', () => {
    expect(file('=IF(A1>0;"yes";"no")')).toBe('IF(A1>0,"yes","no")');
    expect(file('=SUM(A1:A3)')).toBe('SUM(A1:A3)');
  });

  it('leaves ; and , inside strings, quoted sheet names and array literals alone', () => {
    expect(file('=IF(A1="a;b,c";"x "";"" y";"")')).toBe('IF(A1="a;b,c","x "";"" y","")');
    expect(file("=SUM('a;b, c'!A1:A2;1)")).toBe("SUM('a;b, c'!A1:A2,1)");
    expect(file('=SUM({1,2;3,4};5)')).toBe('SUM({1,2;3,4},5)');
    expect(file('=TEXTJOIN(";";1;"a,b";"c;d")')).toBe('_xlfn.TEXTJOIN(";",1,"a,b","c;d")');
  });

  it('closes open-ended ranges at the last row (or column) of the sheet they point into', () => {
    expect(file('=COUNTA($D$4:$D)')).toBe('COUNTA($D$4:$D$1000)');
    expect(file('=COUNTA(D4:D)')).toBe('COUNTA(D4:D1000)');
    expect(file('=COUNTA($AB$4:$AB)')).toBe('COUNTA($AB$4:$AB$1000)');
    expect(file('=SUM(A2:2)')).toBe('SUM(A2:P2)');
    expect(file("=COUNTA('It''s data'!$B$2:$B;Other!C3:C)")).toBe("COUNTA('It''s data'!$B$2:$B$50,Other!C3:C200)");
    expect(file('=COUNTA(Missing!B2:B)')).toBe('COUNTA(Missing!B2:B1048576)');
    // Bounded ranges, whole columns and rows are valid in Excel as they are.
    expect(file('=SUM($B$2:$C$9;A:A;3:3)')).toBe('SUM($B$2:$C$9,A:A,3:3)');
  });

  it('writes the stored names of functions newer than Excel 2007, and only of those', () => {
    expect(file('=SORT(UNIQUE(FILTER(A1:A9;B1:B9>0)))')).toBe(
      '_xlfn._xlws.SORT(_xlfn.UNIQUE(_xlfn._xlws.FILTER(A1:A9,B1:B9>0)))',
    );
    expect(file('=HSTACK(SEQUENCE(3);XLOOKUP(1;A:A;B:B))')).toBe(
      '_xlfn.HSTACK(_xlfn.SEQUENCE(3),_xlfn.XLOOKUP(1,A:A,B:B))',
    );
    expect(file('=IFERROR(INDEX(A:A;MATCH(1;B:B;0));"")')).toBe('IFERROR(INDEX(A:A,MATCH(1,B:B,0)),"")');
    expect(file('=textjoin(",";1;A1:A3)')).toBe('_xlfn.TEXTJOIN(",",1,A1:A3)');
  });

  it('leaves names that merely contain a function name, and already stored names, as they are', () => {
    expect(file('=MYFILTER(A1)+SORTBY(A1:A3;B1:B3)+FILTERS')).toBe('MYFILTER(A1)+_xlfn.SORTBY(A1:A3,B1:B3)+FILTERS');
    expect(file('=_xlfn.LET(_xlpm.x;1;_xlpm.x)')).toBe('_xlfn.LET(_xlpm.x,1,_xlpm.x)');
    expect(file('="FILTER(LET(x;1;x))"')).toBe('"FILTER(LET(x;1;x))"');
  });

  it('leaves functions only Sheets has as written', () => {
    expect(file('=SPARKLINE(A1:A;{"charttype";"bar"})')).toBe('SPARKLINE(A1:A1000,{"charttype";"bar"})');
    expect(file('=ARRAYFORMULA(A1:A3*2)')).toBe('ARRAYFORMULA(A1:A3*2)');
  });

  it('prefixes the names LET and LAMBDA bind, where they are bound and where they are used, and nowhere else', () => {
    expect(file('=LET(x;A1;y;x*2;x+y)')).toBe('_xlfn.LET(_xlpm.x,A1,_xlpm.y,_xlpm.x*2,_xlpm.x+_xlpm.y)');
    expect(file('=MAKEARRAY(2;3;LAMBDA(r;c;r*c))')).toBe(
      '_xlfn.MAKEARRAY(2,3,_xlfn.LAMBDA(_xlpm.r,_xlpm.c,_xlpm.r*_xlpm.c))',
    );
    // A name outside the call that binds it is someone else's (a named range here).
    expect(file('=LET(x;1;x)+x')).toBe('_xlfn.LET(_xlpm.x,1,_xlpm.x)+x');
    // A LET value that is a bare name is a use, not a declaration; the body too.
    expect(file('=LET(x;total;y;x;y)')).toBe('_xlfn.LET(_xlpm.x,total,_xlpm.y,_xlpm.x,_xlpm.y)');
    // A name bound to a LAMBDA is called like a function.
    expect(file('=LET(f;LAMBDA(v;v+1);f(2))')).toBe('_xlfn.LET(_xlpm.f,_xlfn.LAMBDA(_xlpm.v,_xlpm.v+1),_xlpm.f(2))');
    // Names are case-insensitive; a string holding the name stays a string; a cell like T1 is not the name t.
    expect(file('=LET(t;A1:A3;T&"t"&T1)')).toBe('_xlfn.LET(_xlpm.t,A1:A3,_xlpm.T&"t"&T1)');
  });

  it("turns Sheets' extra FILTER conditions into one product, since Excel's third argument is the if-empty value", () => {
    expect(file('=FILTER(A1:A9;B1:B9>0;C1:C9<>"")')).toBe('_xlfn._xlws.FILTER(A1:A9,(B1:B9>0)*(C1:C9<>""))');
    expect(file('=FILTER(A1:A9; B1:B9>0)')).toBe('_xlfn._xlws.FILTER(A1:A9, B1:B9>0)');
  });

  it("writes the add-on's scenario overview as Excel stores it", () => {
    const formula = overviewFormula(4, { name: 2, target: 4, phase: 5 }, 12);
    expect(file(formula)).toBe(
      'IFERROR(_xlfn.LET(_xlpm.n,$B$4:$B$1000,_xlpm.t,$D$4:$D$1000,_xlpm.p,$E$4:$E$1000,_xlpm.h,$M$3:$P$3,' +
        '_xlpm.k,_xlfn._xlws.FILTER(_xlpm.t,_xlpm.t<>""),' +
        '_xlpm.u,_xlfn._xlws.SORT(_xlfn._xlws.FILTER(_xlpm.k,MATCH(_xlpm.k,_xlpm.k,0)=_xlfn.SEQUENCE(ROWS(_xlpm.k)))),' +
        '_xlfn.HSTACK(_xlpm.u,_xlfn.MAKEARRAY(ROWS(_xlpm.u),COLUMNS(_xlpm.h),_xlfn.LAMBDA(_xlpm.r,_xlpm.c,' +
        'IFERROR(_xlfn.TEXTJOIN(CHAR(10),1,_xlfn._xlws.FILTER(_xlpm.n,' +
        '(_xlpm.t=INDEX(_xlpm.u,_xlpm.r))*(_xlpm.p=INDEX(_xlpm.h,1,_xlpm.c))*(_xlpm.n<>""))),""))))),"")',
    );
  });
});
