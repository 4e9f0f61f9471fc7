/**
 * A fix to the package exceljs writes, made on its XML. exceljs quotes the sheet name in the print titles it defines
 * without doubling a quote inside it (`'Cas d'usage'!$1:$3`): Excel then repairs the file, dropping the name, and
 * LibreOffice repeats no rows. jszip is what exceljs itself zips with.
 */
import JSZip from 'jszip';
import { quotedSheetName } from './formula';

const unescape = (xml: string): string =>
  xml
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/'/g, '&apos;');

export async function quoteSheetNamesInDefinedNames(xlsx: Buffer, sheetNames: string[]): Promise<Buffer> {
  const needing = sheetNames.filter((name) => name.includes("'"));
  if (needing.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const path = 'xl/workbook.xml';
  const xml = await zip.file(path)!.async('string');
  const requote = (ref: string): string =>
    needing.reduce((out, name) => out.split(`'${name}'!`).join(`${quotedSheetName(name)}!`), ref);
  zip.file(
    path,
    xml.replace(
      /(<definedName [^>]*>)([^<]*)(<\/definedName>)/g,
      (_, open: string, ref: string, close: string) => open + escape(requote(unescape(ref))) + close,
    ),
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
