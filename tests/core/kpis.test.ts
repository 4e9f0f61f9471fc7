// The KPI tab as data: its columns, the method's five indicators, twelve months from the month of set-up, and formulas
// that parse in French and English sheets alike.
import { failsToParse } from '../../fake';
import { LANGUAGES } from '../../src/core/language';
import { kpiMonths, kpisSpec } from '../../src/core/templates';
import { DIRECTION_LABELS, KPI_HEADERS, KPI_STATUS_LABELS, TAB_NAMES } from '../../src/core/vocabulary';

const NOVEMBER = new Date(2026, 10, 17);

describe('kpiMonths', () => {
  it('counts twelve months from the month of set-up, across the new year', () => {
    expect(kpiMonths(NOVEMBER)).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
    ]);
    expect(kpiMonths(new Date(2027, 0, 1))[11]).toBe('2027-12');
  });
});

describe.each(LANGUAGES)('the KPI tab in %s', (language) => {
  const spec = kpisSpec(language, NOVEMBER);
  const { values } = spec.grid;
  const header = values[2];
  const column = (label: string): number => header.indexOf(label);

  it('heads its columns in the issue’s order: indicator … owner, the months, Trend, Latest vs target', () => {
    expect(spec.name).toBe(TAB_NAMES.kpis[language]);
    const h = (k: keyof typeof KPI_HEADERS) => KPI_HEADERS[k][language];
    expect(header).toEqual([
      h('indicator'),
      h('definition'),
      h('unit'),
      h('betterWhen'),
      h('target'),
      h('owner'),
      ...kpiMonths(NOVEMBER),
      h('trend'),
      h('latest'),
    ]);
  });

  it('lists the method’s five indicators, journey duration better lower, the others higher', () => {
    const rows = values.slice(3, 8);
    expect(rows.map((r) => r[column(KPI_HEADERS.unit[language])])).toEqual(
      language === 'fr'
        ? ['changements par client', 'jours', '%', 'devise', '%']
        : ['switches per customer', 'days', '%', 'currency', '%'],
    );
    const better = rows.map((r) => r[column(KPI_HEADERS.betterWhen[language])]);
    const { higher, lower } = DIRECTION_LABELS;
    expect(better).toEqual([higher, lower, higher, higher, higher].map((d) => d[language]));
    for (const row of rows) expect(String(row[1]).length).toBeGreaterThan(30);
    // Room for the team's own: rows with the formulas and the dropdown, nothing typed.
    expect(values.length).toBe(18);
    expect(values[8].every((v) => v === '')).toBe(true);
  });

  it('writes Trend and Latest vs target as formulas for every row, parseable in any locale', () => {
    expect(spec.formulas).toHaveLength(2 * 15);
    expect(new Set(spec.formulas.map((f) => f.column))).toEqual(new Set([19, 20]));
    expect(spec.formulas.map((f) => f.row).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 15 }, (_, i) => [4 + i, 4 + i]).flat(),
    );
    for (const { formula } of spec.formulas) {
      expect(failsToParse(formula, 'fr_FR')).toBe(false);
      expect(formula).not.toMatch(/TRUE|FALSE|VRAI|FAUX/);
    }
    const [trend, latest] = spec.formulas.filter((f) => f.row === 4).map((f) => f.formula);
    expect(trend).toBe('=SPARKLINE($G4:$R4)');
    expect(latest).toContain('OR($D4="Lower";$D4="Plus bas")');
    expect(latest).toContain(`"${KPI_STATUS_LABELS.onTarget[language]}";"${KPI_STATUS_LABELS.belowTarget[language]}"`);
  });

  it('offers Better when as a dropdown and colours Latest vs target by a conditional format', () => {
    expect(spec.validations).toEqual([
      expect.objectContaining({ row: 4, column: 4, numRows: 'toEnd', rule: expect.objectContaining({ kind: 'list' }) }),
    ]);
    expect(spec.conditionalFormats?.map((f) => [f.column, f.text])).toEqual([
      [20, KPI_STATUS_LABELS.onTarget[language]],
      [20, KPI_STATUS_LABELS.belowTarget[language]],
    ]);
  });
});
