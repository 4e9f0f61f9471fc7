import ExcelJS from 'exceljs';
import { WorkbenchSession } from '../../workbench/session';
import { toXlsx } from '../../workbench/xlsx';

describe('the .xlsx export', () => {
  it('keeps tabs, headers, fills, validations, notes, formulas, frozen panes and widths through a round trip', async () => {
    const session = new WorkbenchSession('en_US');
    session.runMenuItem('setUpTemplate');
    const book = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type, narrower than Node's.
    await book.xlsx.load((await toXlsx(session.book)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Sheet1',
      'Journey map',
      'Use cases',
      'Scenario map',
      'Data needs',
    ]);

    const useCases = book.getWorksheet('Use cases')!;
    expect((useCases.getRow(3).values as unknown[]).slice(1, 11)).toEqual([
      'ID',
      'Use case',
      'Category',
      'Objective',
      'Business impact',
      'Customer experience impact',
      'Difficulty',
      'Score',
      'Rank',
      'Quadrant',
    ]);
    expect(useCases.getCell('G4').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'] });
    expect(String(useCases.getCell('G3').note)).toMatch(/1 = easy/);
    expect(useCases.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(useCases.getColumn(2).width).toBe(40);

    const journey = book.getWorksheet('Journey map')!;
    expect(journey.getCell('C3').value).toBe('Friction');
    expect(journey.getCell('C3').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFF6B26B' },
    });

    const scenarios = book.getWorksheet('Scenario map')!;
    expect(String((scenarios.getCell('L4').value as { formula: string }).formula)).toMatch(/^IFERROR\(LET\(/);
    const needs = book.getWorksheet('Data needs')!;
    expect(needs.getCell('A4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Scenario map'!$B$4:$B$1000"],
    });
  });
});
