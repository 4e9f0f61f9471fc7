import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { WorkbenchSession } from '../../workbench/session';
import { toXlsx } from '../../workbench/xlsx';

/** A second scenario, so the overview has two targets: the template's example and this one. */
const welcome = (name: string, target: string) => ({
  name,
  programme: 'Activation',
  target,
  phase: 'welcome',
  channel: 'Email',
  triggerType: 'behaviour',
  trigger: 'Signs up to the newsletter',
  steps: [{ day: 0, channel: 'Email', message: 'Welcome and brand story' }],
  dataNeeds: [],
});

function templateWithTwoScenarios(locale: string, name: string, target: string): WorkbenchSession {
  const session = new WorkbenchSession({ locale, start: 'empty' });
  expect(session.runMenuItem('setUpTemplate').ok).toBe(true);
  expect(session.runServerFunction('addScenario', [welcome(name, target)])).toMatchObject({ ok: true });
  return session;
}

const decode = (xml: string): string =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&amp;/g, '&');

function all(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = new RegExp(pattern.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m);
  return found;
}

interface XmlCell {
  formula: string | null;
  value: string | number | null;
}

/** The package as Excel and LibreOffice read it: the XML of each part, not exceljs's idea of it. */
async function openPackage(buffer: Buffer) {
  const zip = await JSZip.loadAsync(buffer);
  const text = (path: string): Promise<string> => zip.file(path)!.async('string');
  const workbook = await text('xl/workbook.xml');
  const rels = await text('xl/_rels/workbook.xml.rels');
  const shared = all(/<si>([\s\S]*?)<\/si>/, await text('xl/sharedStrings.xml')).map((si) =>
    all(/<t[^>]*>([\s\S]*?)<\/t>/, si[1])
      .map((t) => decode(t[1]))
      .join(''),
  );
  const sheets = all(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/, workbook).map((m) => ({
    name: decode(m[1]),
    path: `xl/${new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"`).exec(rels)![1]}`,
  }));
  const sheetXml = async (name: string): Promise<string> => text(sheets.find((s) => s.name === name)!.path);
  const cell = (xml: string, ref: string): XmlCell => {
    const m = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>([\\s\\S]*?)</c>)`).exec(xml);
    const type = m ? /t="(\w+)"/.exec(m[1])?.[1] : undefined;
    const formula = m?.[2] ? /<f[^>]*>([\s\S]*?)<\/f>/.exec(m[2]) : null;
    const v = m?.[2] ? /<v>([\s\S]*?)<\/v>/.exec(m[2])?.[1] : undefined;
    const value = v === undefined ? null : type === 's' ? shared[Number(v)] : type ? decode(v) : Number(v);
    return { formula: formula ? decode(formula[1]) : null, value };
  };
  return { workbook, sheets, sheetXml, cell };
}

/** `$D$4:$D`: a range open at its end, which Excel does not have (a longer column name is not mistaken for one). */
const OPEN_ENDED = /\$[A-Z]+\$\d+:\$[A-Z]+(?![$A-Z])/;

describe('the .xlsx export', () => {
  it('keeps tabs, headers, fills, validations, notes, formulas, frozen panes and widths through a round trip', async () => {
    const session = new WorkbenchSession({ locale: 'en_US', start: 'empty' });
    session.runMenuItem('setUpTemplate');
    session.editCell('Use cases', 10, 2, { background: '#ffffff' });
    const book = new ExcelJS.Workbook();
    // exceljs declares its own Buffer type, narrower than Node's.
    await book.xlsx.load((await toXlsx(session.book)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'Sheet1',
      'Journey map',
      'Use cases',
      'Scenario map',
      'Data needs',
      'KPIs',
    ]);

    const useCases = book.getWorksheet('Use cases')!;
    expect((useCases.getRow(3).values as unknown[]).slice(1, 12)).toEqual([
      'ID',
      'Use case',
      'Touchpoint',
      'Category',
      'Objective',
      'Business impact',
      'Customer experience impact',
      'Difficulty',
      'Score',
      'Rank',
      'Quadrant',
    ]);
    expect(useCases.getCell('H4').dataValidation).toMatchObject({ type: 'list', formulae: ['"1,2,3,4,5"'] });
    expect(String(useCases.getCell('H3').note)).toMatch(/1 = easy/);
    expect(useCases.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(useCases.getColumn(2).width).toBe(30);
    // An explicit white fill stays one (it hides grid lines); "no fill" stays none.
    expect(useCases.getCell('B10').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFFFFF' } });
    expect(useCases.getCell('B11').fill).toBeUndefined();

    const journey = book.getWorksheet('Journey map')!;
    expect(journey.getCell('C3').value).toBe('Friction');
    expect(journey.getCell('C3').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFF6B26B' },
    });

    const scenarios = book.getWorksheet('Scenario map')!;
    expect(String((scenarios.getCell('M4').value as { formula: string }).formula)).toMatch(/^IFERROR\(_xlfn\.LET\(/);
    const needs = book.getWorksheet('Data needs')!;
    expect(needs.getCell('A4').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Scenario map'!$B$4:$B$1000"],
    });
  });

  const cases = [
    { locale: 'en_US', tab: 'Scenario map', name: 'Welcome series', target: 'New customers' },
    { locale: 'fr_FR', tab: 'Scénarios', name: 'Série de bienvenue', target: 'Nouveaux clients' },
  ];
  const formulas: Record<string, string> = {};

  it.each(cases)(
    '$locale: writes the overview in Excel’s file form with the computed results as cached values',
    async ({ locale, tab, name, target }) => {
      const session = templateWithTwoScenarios(locale, name, target);
      const sheet = session.book.view.sheet(tab);
      const xlsx = await openPackage(await toXlsx(session.book));
      const xml = await xlsx.sheetXml(tab);

      const overview = xlsx.cell(xml, 'M4');
      const formula = overview.formula!;
      formulas[locale] = formula;
      for (const stored of ['_xlfn.LET(', '_xlpm.n,', '_xlfn._xlws.FILTER(', '_xlfn._xlws.SORT(', '_xlfn.MAKEARRAY('])
        expect(formula).toContain(stored);
      expect(formula).toMatch(/^IFERROR\(_xlfn\.LET\(_xlpm\.n,\$B\$4:\$B\$1000,_xlpm\.t,\$E\$4:\$E\$1000,/);
      expect(formula).not.toMatch(OPEN_ENDED);
      expect(formula).not.toContain(';');

      // The example scenario and the one added, sorted by target, each under its phase (from the sheet itself).
      const example = {
        name: sheet.view.valueAt(4, 2),
        target: sheet.view.valueAt(4, 5),
        phase: sheet.view.valueAt(4, 6),
      };
      const phases = [14, 15, 16, 17].map((c) => sheet.view.valueAt(3, c));
      const rows = [example, { name, target, phase: sheet.view.valueAt(5, 6) }].sort((a, b) =>
        String(a.target).localeCompare(String(b.target)),
      );
      expect(overview.value).toBe(rows[0].target);
      rows.forEach((row, i) => {
        const r = 4 + i;
        if (i > 0) expect(xlsx.cell(xml, `M${r}`)).toEqual({ formula: null, value: row.target });
        const c = 14 + phases.indexOf(row.phase);
        expect(xlsx.cell(xml, `${'MNOPQ'[c - 13]}${r}`)).toEqual({ formula: null, value: row.name });
      });
      // Every cell of the block holds what the workbench shows there, and nothing else holds a formula.
      for (let r = 4; r <= 5; r++)
        for (let c = 13; c <= 17; c++) {
          const shown = sheet.view.valueAt(r, c);
          expect(xlsx.cell(xml, `${'MNOPQ'[c - 13]}${r}`).value).toBe(shown === '' ? null : shown);
        }
      expect(all(/<f[ >]/, xml)).toHaveLength(1);
    },
  );

  it('writes the same formula whatever the locale', () => {
    expect(formulas.fr_FR).toBe(formulas.en_US);
  });

  it.each(cases)('$locale: prints every tab landscape, one page wide, header rows repeated', async (c) => {
    const session = templateWithTwoScenarios(c.locale, c.name, c.target);
    const xlsx = await openPackage(await toXlsx(session.book));
    for (const [index, { name }] of xlsx.sheets.entries()) {
      const xml = await xlsx.sheetXml(name);
      expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
      expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
      const frozen = session.book.view.sheet(name).view.frozen().rows;
      const quoted = `'${name.replace(/'/g, "''")}'`;
      const titles = all(/<definedName name="_xlnm.Print_Titles" localSheetId="(\d+)">([^<]*)</, xlsx.workbook)
        .filter((m) => Number(m[1]) === index)
        .map((m) => decode(m[2]));
      expect(titles).toEqual(frozen > 0 ? [`${quoted}!$1:$${frozen}`] : []);
    }
    // The four method tabs and the KPI tab.
    expect(xlsx.sheets.filter((s) => session.book.view.sheet(s.name).view.frozen().rows > 0)).toHaveLength(5);
  });
});
