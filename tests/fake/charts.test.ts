// Embedded charts of any type, with several ranges and any options, kept by id through modify() and updateChart.
import { FakeSpreadsheet, createServices } from '../../fake';

function sheetWithSeries() {
  const book = new FakeSpreadsheet({ sheets: ['Trends'] });
  const { Charts } = createServices(book).globals as { Charts: { ChartType: Record<string, string> } };
  const sheet = book.getActiveSheet();
  sheet.getRange('A1:C4').setValues([
    ['Month', 'Email', 'SMS'],
    ['Jan', 10, 4],
    ['Feb', 12, 6],
    ['Mar', 15, 9],
  ]);
  return { sheet, Charts };
}

describe('embedded charts', () => {
  it('keeps both ranges of a line chart, in order, and every option as set', () => {
    const { sheet, Charts } = sheetWithSeries();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(sheet.getRange('A1:B4'))
      .addRange(sheet.getRange('C1:C4'))
      .setOption('curveType', 'function')
      .setOption('series.0.color', '#6aa84f')
      .setOption('vAxis.viewWindow.min', 0)
      .setPosition(6, 1, 0, 0)
      .build();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4', 'C1:C4']);
    expect(inserted.view.chartType).toBe('LINE');
    const options = inserted.getOptions();
    expect([options.get('curveType'), options.get('series.0.color'), options.get('vAxis.viewWindow.min')]).toEqual([
      'function',
      '#6aa84f',
      0,
    ]);
    expect(options.get('isStacked')).toBeNull();
    expect(inserted.getContainerInfo().getAnchorRow()).toBe(6);
  });

  it('keeps its id through modify() and updateChart, with the changes made', () => {
    const { sheet, Charts } = sheetWithSeries();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(sheet.getRange('A1:C4')).build());
    const [chart] = sheet.getCharts();
    const id = chart.getChartId();
    const changed = chart
      .modify()
      .setOption('isStacked', true)
      .clearRanges()
      .addRange(sheet.getRange('A1:B4'))
      .addRange(sheet.getRange('C1:C4'))
      .build();
    expect(changed.getChartId()).toBe(id);
    sheet.updateChart(changed);
    const charts = sheet.getCharts();
    expect(charts).toHaveLength(1);
    expect(charts[0].getChartId()).toBe(id);
    expect(charts[0].view.chartType).toBe('COLUMN');
    expect(charts[0].getOptions().get('isStacked')).toBe(true);
    expect(charts[0].getRanges()).toHaveLength(2);
    // The chart modified is a new value: the one on the sheet before stays as it was until updated.
    expect(chart.getOptions().get('isStacked')).toBeNull();
  });

  it('gives each new chart its own id, and offers the area and combo types', () => {
    const { sheet, Charts } = sheetWithSeries();
    const a = sheet.newChart().setChartType(Charts.ChartType.AREA).build();
    const b = sheet.newChart().setChartType(Charts.ChartType.COMBO).build();
    expect(a.getChartId()).not.toBe(b.getChartId());
    expect([a.view.chartType, b.view.chartType]).toEqual(['AREA', 'COMBO']);
  });
});
