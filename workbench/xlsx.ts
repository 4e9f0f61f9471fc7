/**
 * The workbook as an .xlsx file (exceljs): values, formulas, fills, fonts, notes, data validations, frozen panes
 * and column widths, so a team can import it into Google Sheets or Excel and start from there.
 */
import ExcelJS from 'exceljs';
import { FakeRange, FakeSpreadsheet, columnLetter } from '../fake';

const argb = (hex: string): string => `FF${hex.slice(1).toUpperCase()}`;

/** Pixels (Sheets) to Excel's width unit (characters of the default font), roughly 7 px each. */
const widthInCharacters = (pixels: number): number => Math.round((pixels / 7) * 10) / 10;

export async function toXlsx(book: FakeSpreadsheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Omnichannel workbench';
  for (const name of book.sheetNames()) {
    const sheet = book.sheet(name);
    const frozen = sheet.frozen();
    const ws = workbook.addWorksheet(name, {
      views: frozen.rows || frozen.columns ? [{ state: 'frozen', xSplit: frozen.columns, ySplit: frozen.rows }] : [],
    });
    const size = sheet.size();
    const lastRow = Math.max(sheet.lastRow(), frozen.rows);
    const lastColumn = Math.max(sheet.lastColumn(), 1);
    for (let c = 1; c <= lastColumn; c++) ws.getColumn(c).width = widthInCharacters(sheet.widthOf(c));
    for (let r = 1; r <= size.rows; r++) {
      for (let c = 1; c <= size.columns; c++) {
        const source = sheet.peek(r, c);
        const styled =
          source.format.background !== null || source.format.fontWeight === 'bold' || source.note || source.validation;
        if (r > lastRow && !source.validation) continue;
        if (source.value === '' && !source.formula && !styled) continue;
        const cell = ws.getCell(r, c);
        if (source.formula) cell.value = { formula: source.formula.slice(1) };
        else if (source.value !== '') cell.value = source.value;
        if (source.format.background !== null) {
          cell.fill = {
            type: 'pattern',
            pattern: 'solid',
            fgColor: { argb: argb(source.format.background as string) },
          };
        }
        if (source.format.fontWeight === 'bold' || source.format.fontColor !== '#000000') {
          cell.font = { bold: source.format.fontWeight === 'bold', color: { argb: argb(source.format.fontColor) } };
        }
        if (source.format.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
        if (source.note) cell.note = source.note;
        const validation = source.validation;
        if (validation) {
          const [criteria, second] = validation.criteriaValues;
          if (validation.criteriaType === 'VALUE_IN_LIST') {
            cell.dataValidation = {
              type: 'list',
              allowBlank: true,
              formulae: [`"${(criteria as string[]).join(',')}"`],
              showErrorMessage: !validation.allowInvalid,
              prompt: validation.helpText,
              showInputMessage: !!validation.helpText,
            };
          } else if (validation.criteriaType === 'VALUE_IN_RANGE') {
            const box = (criteria as FakeRange).box();
            const last = `$${columnLetter(box.column)}$${box.row + box.numRows - 1}`;
            cell.dataValidation = {
              type: 'list',
              allowBlank: true,
              formulae: [`'${box.sheet.title()}'!$${columnLetter(box.column)}$${box.row}:${last}`],
              prompt: validation.helpText,
              showInputMessage: !!validation.helpText,
            };
          } else {
            cell.dataValidation = {
              type: 'decimal',
              operator: 'between',
              allowBlank: true,
              formulae: [criteria as number, second as number],
              prompt: validation.helpText,
              showInputMessage: !!validation.helpText,
            };
          }
        }
      }
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
