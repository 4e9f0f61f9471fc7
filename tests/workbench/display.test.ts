import { FakeSpreadsheet } from '../../fake';
import { displaySheet } from '../../workbench/display';
import { SERIES_COLOURS } from '../../workbench/display-chart';
import { DisplayChart, DisplaySheet } from '../../workbench/protocol';
import { STAGES, chartBook } from '../support/chart-book';

const book = chartBook();
const shown = (name: string): DisplaySheet => displaySheet(book.view.sheet(name));
const chartOf = (sheet: DisplaySheet, title: string): DisplayChart => {
  const chart = sheet.charts.find((c) => c.title === title);
  if (!chart) throw new Error(`No chart ${title} (have ${sheet.charts.map((c) => c.title).join(', ')})`);
  return chart;
};
const cellAt = (sheet: DisplaySheet, r: number, c: number) => sheet.cells.find((x) => x.r === r && x.c === c);

describe('a line chart, as the experience curves draw it', () => {
  const curve = chartOf(shown('Journey map'), 'Experience curve — Young parents');

  it('reads two ranges side by side: the stages across, the ratings as one series named by its header', () => {
    expect(curve).toMatchObject({ type: 'LINE', drawn: 'LINE', anchorRow: 1, anchorColumn: 5, width: 560 });
    expect(curve.categories).toEqual(STAGES);
    expect(curve.series).toEqual([{ name: 'Young parents', colour: SERIES_COLOURS[0], values: [3, 4, null, 2, 5] }]);
  });

  it('keeps the axes’ titles and the window the add-on fixed, and draws no legend for one line', () => {
    expect(curve.xTitle).toBe('Stage');
    expect(curve.yTitle).toBe('1 = painful, 5 = delightful');
    expect(curve.yWindow).toEqual({ min: 1, max: 5 });
    expect(curve.xWindow).toEqual({ min: null, max: null });
    expect(curve.legend).toBeNull();
  });

  it('draws one line per persona from one block, with a legend, each blank a gap', () => {
    const comparison = chartOf(shown('Journey map'), 'Experience curves by persona');
    expect(comparison.series.map((s) => [s.name, s.values])).toEqual([
      ['Young parents', [3, 4, null, 2, 5]],
      ['Students', [4, null, 2, 3, 4]],
    ]);
    expect(comparison.series.map((s) => s.colour)).toEqual(SERIES_COLOURS.slice(0, 2));
    expect(comparison.legend).toBe('right');
  });
});

describe('a stacked column chart, as the Summary draws it', () => {
  const columns = chartOf(shown('Summary'), 'Touchpoints per stage');

  it('reads the categories, one series per column, the colours the add-on set and a legend below', () => {
    expect(columns).toMatchObject({ drawn: 'COLUMN', stacked: true, legend: 'bottom', height: 320 });
    expect(columns.categories).toEqual(STAGES.slice(0, 3));
    expect(columns.series).toEqual([
      { name: 'Normal', colour: '#ffe599', values: [2, 1, 0] },
      { name: 'Friction', colour: '#f6b26b', values: [1, 2, 1] },
      { name: 'Opportunity', colour: '#93c47d', values: [0, 1, 3] },
    ]);
  });
});

describe('charts read as Sheets reads their ranges', () => {
  function chartOn(build: (book: FakeSpreadsheet) => void): DisplayChart {
    const other = new FakeSpreadsheet();
    build(other);
    return displaySheet(other.getSheets()[0]).charts[0];
  }

  it('a priority matrix: header row, then numeric pairs; rows left blank below are no points', () => {
    const chart = chartOn((b) => {
      const sheet = b.getSheets()[0];
      sheet.getRange(1, 1, 3, 2).setValues([
        ['Difficulty', 'Value'],
        [1, 4.75],
        [3, 2],
      ]);
      const built = sheet.newChart().setChartType('SCATTER').addRange(sheet.getRange('A1:B6')).setNumHeaders(1);
      sheet.insertChart(built.setOption('hAxis.viewWindow.min', 0).setOption('hAxis.viewWindow.max', 6).build());
    });
    expect(chart).toMatchObject({ drawn: 'SCATTER', categories: [1, 3], xWindow: { min: 0, max: 6 }, legend: null });
    expect(chart.series).toEqual([{ name: 'Value', colour: SERIES_COLOURS[0], values: [4.75, 2] }]);
  });

  it('series in rows: single-row ranges, or a chart transposed, read their first column as the names', () => {
    for (const transposed of [false, true]) {
      const chart = chartOn((b) => {
        const sheet = b.getSheets()[0];
        sheet.getRange(1, 1, 2, 4).setValues([
          ['Stage', 'A', 'B', 'C'],
          ['Parents', 1, 5, 3],
        ]);
        let built = sheet.newChart().setChartType('LINE');
        built = transposed
          ? built.addRange(sheet.getRange('A1:D2')).setOption('transposeRowsAndColumns', true)
          : built.addRange(sheet.getRange('A1:D1')).addRange(sheet.getRange('A2:D2'));
        sheet.insertChart(built.build());
      });
      expect(chart.categories).toEqual(['A', 'B', 'C']);
      expect(chart.series).toEqual([{ name: 'Parents', colour: SERIES_COLOURS[0], values: [1, 5, 3] }]);
    }
  });

  it('guesses a header row when the builder said nothing: text above numbers', () => {
    const chart = chartOn((b) => {
      const sheet = b.getSheets()[0];
      sheet.getRange(1, 1, 3, 2).setValues([
        ['Phase', 'Scenarios'],
        ['Welcome', 2],
        ['Upsell', 1],
      ]);
      sheet.insertChart(sheet.newChart().setChartType('PIE').addRange(sheet.getRange('A1:B3')).build());
    });
    expect(chart).toMatchObject({ type: 'PIE', drawn: 'COLUMN', categories: ['Welcome', 'Upsell'] });
    expect(chart.series[0]).toMatchObject({ name: 'Scenarios', values: [2, 1] });
  });

  it('takes a series’ own colour over the list of colours', () => {
    const chart = chartOn((b) => {
      const sheet = b.getSheets()[0];
      sheet.getRange(1, 1, 2, 3).setValues([
        ['x', 'a', 'b'],
        ['one', 1, 2],
      ]);
      const built = sheet.newChart().setChartType('COLUMN').addRange(sheet.getRange('A1:C2')).setNumHeaders(1);
      sheet.insertChart(
        built.setOption('colors', ['#111111', '#222222']).setOption('series.1.color', '#ff0000').build(),
      );
    });
    expect(chart.series.map((s) => s.colour)).toEqual(['#111111', '#ff0000']);
  });
});

describe('links and sparklines in cells', () => {
  const summary = shown('Summary');

  it('draws a link to a cell of the workbook with its label, and where a click lands', () => {
    expect(cellAt(summary, 7, 1)).toMatchObject({
      text: 'Journey map › C4: no rating',
      link: { sheet: 'Journey map', row: 4, column: 3 },
    });
  });

  it('shows a link elsewhere as its label with its address, to be read, not followed', () => {
    const cell = cellAt(summary, 8, 1);
    expect(cell).toMatchObject({ text: 'The method', href: 'https://example.com/method' });
    expect(cell?.link).toBeUndefined();
  });

  it('marks a sparkline, alone or inside another formula, as one the workbench does not draw', () => {
    expect(cellAt(summary, 9, 1)).toMatchObject({ text: '', sparkline: true });
    expect(cellAt(summary, 10, 1)).toMatchObject({ text: '', sparkline: true });
    expect(cellAt(summary, 10, 1)?.formula?.text).toBe('=IF(COUNT(B3:D3)<2;"";SPARKLINE(B3:D3))');
  });

  it('shows any other formula it cannot compute as its text', () => {
    const sheet = new FakeSpreadsheet();
    sheet.getSheets()[0].getRange('B2').setFormula('=SUM(A1:A3)');
    expect(cellAt(displaySheet(sheet.getSheets()[0]), 2, 2)).toMatchObject({
      text: '=SUM(A1:A3)',
      formula: { text: '=SUM(A1:A3)', computed: false },
    });
  });
});

describe('the grid under the charts', () => {
  it('reaches as far as a chart floats, right and down', () => {
    const sheet = new FakeSpreadsheet().getSheets()[0];
    sheet.getRange(1, 1, 2, 2).setValues([
      ['x', 'y'],
      [1, 2],
    ]);
    const chart = sheet.newChart().setChartType('LINE').addRange(sheet.getRange('A1:B2')).setPosition(5, 11, 0, 320);
    sheet.insertChart(chart.setOption('width', 560).setOption('height', 300).build());
    const shown = displaySheet(sheet);
    // 560 px from column K, 100 px each: K to P; 620 px down from row 5, 21 px each: 30 rows.
    expect(shown.columns).toBe(17);
    expect(shown.rows).toBe(5 + 30);
  });
});
