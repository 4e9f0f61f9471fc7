/**
 * A workbook with what the coming features draw, built through the fake's Apps Script API as they build it: a
 * journey map with an experience-curve block and its line chart (a blank rating: a gap), the personas' curves
 * side by side, and a Summary with a stacked column chart, links to cells and a sparkline.
 */
import { FakeSheet, FakeSpreadsheet } from '../../fake';

export const STAGES = ['I discover', 'I compare', 'I buy', 'I receive', 'I ask for help'];

function lineChart(sheet: FakeSheet, a1: string[], title: string, anchor: [number, number]): void {
  let builder = sheet.newChart().setChartType('LINE');
  for (const range of a1) builder = builder.addRange(sheet.getRange(range));
  const chart = builder
    .setNumHeaders(1)
    .setPosition(anchor[0], anchor[1], 0, 0)
    .setOption('title', title)
    .setOption('hAxis.title', 'Stage')
    .setOption('vAxis.title', '1 = painful, 5 = delightful')
    .setOption('vAxis.viewWindow.min', 1)
    .setOption('vAxis.viewWindow.max', 5)
    .setOption('width', 560)
    .setOption('height', 300)
    .build();
  sheet.insertChart(chart);
}

function journeyMap(book: FakeSpreadsheet): FakeSheet {
  const sheet = book.getSheets()[0].setName('Journey map');
  sheet.getRange(1, 1, 6, 3).setValues([
    ['Stage', 'Young parents', 'Students'],
    [STAGES[0], 3, 4],
    [STAGES[1], 4, ''],
    [STAGES[2], '', 2],
    [STAGES[3], 2, 3],
    [STAGES[4], 5, 4],
  ]);
  // The persona's own curve from two ranges (stages, ratings); the comparison from one block of three columns.
  lineChart(sheet, ['A1:A6', 'B1:B6'], 'Experience curve — Young parents', [1, 5]);
  lineChart(sheet, ['A1:C6'], 'Experience curves by persona', [18, 5]);
  return sheet;
}

function summary(book: FakeSpreadsheet, map: FakeSheet): FakeSheet {
  const sheet = book.insertSheet('Summary');
  const gid = map.getSheetId();
  sheet.getRange(1, 1, 4, 4).setValues([
    ['Stage', 'Normal', 'Friction', 'Opportunity'],
    [STAGES[0], 2, 1, 0],
    [STAGES[1], 1, 2, 1],
    [STAGES[2], 0, 1, 3],
  ]);
  sheet.getRange('A7').setFormula(`=HYPERLINK("#gid=${gid}&range=C4";"Journey map › C4: no rating")`);
  sheet.getRange('A8').setFormula('=HYPERLINK("https://example.com/method";"The method")');
  sheet.getRange('A9').setFormula('=SPARKLINE(B2:D2)');
  sheet.getRange('A10').setFormula('=IF(COUNT(B3:D3)<2;"";SPARKLINE(B3:D3))');
  const chart = sheet
    .newChart()
    .setChartType('COLUMN')
    .addRange(sheet.getRange('A1:D4'))
    .setNumHeaders(1)
    .setPosition(1, 6, 0, 0)
    .setOption('title', 'Touchpoints per stage')
    .setOption('isStacked', true)
    .setOption('colors', ['#ffe599', '#f6b26b', '#93c47d'])
    .setOption('legend.position', 'bottom')
    .setOption('width', 520)
    .setOption('height', 320)
    .build();
  sheet.insertChart(chart);
  return sheet;
}

/** The workbook, the Summary in front. */
export function chartBook(locale = 'en_US'): FakeSpreadsheet {
  const book = new FakeSpreadsheet({ locale });
  summary(book, journeyMap(book));
  return book;
}
