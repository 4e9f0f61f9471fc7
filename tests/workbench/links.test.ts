import { drawsSparkline, hyperlinkAddress, linkTarget } from '../../workbench/links';

const TABS = [
  { id: 1001, name: 'Journey map' },
  { id: 1002, name: "Cas d'usage" },
];

describe('links to cells', () => {
  it.each([
    ['=HYPERLINK("#gid=1002&range=B4";"UC-01")', '#gid=1002&range=B4'],
    ['=hyperlink( "#gid=1002&range=B4" , "UC-01" )', '#gid=1002&range=B4'],
    ['=HYPERLINK("#gid=1001")', '#gid=1001'],
    ['=HYPERLINK("https://example.com/?q=""a""";"x")', 'https://example.com/?q="a"'],
    ['=HYPERLINK("#gid=1001";B2)', '#gid=1001'],
  ])('reads the address of %s', (formula, address) => {
    expect(hyperlinkAddress(formula)).toBe(address);
  });

  it.each([['=HYPERLINK(A1;"x")'], ['=IF(A1;HYPERLINK("#gid=1";"x");"")'], ['="HYPERLINK"']])(
    'finds no address written as text in %s',
    (formula) => {
      expect(hyperlinkAddress(formula)).toBeNull();
    },
  );

  it.each([
    ['#gid=1002&range=B4', { sheet: "Cas d'usage", row: 4, column: 2 }],
    ['#gid=1002&range=$AB$12', { sheet: "Cas d'usage", row: 12, column: 28 }],
    ['#gid=1001&range=C5:D9', { sheet: 'Journey map', row: 5, column: 3 }],
    ['#gid=1001', { sheet: 'Journey map', row: 1, column: 1 }],
  ])('lands %s on its tab and cell', (address, target) => {
    expect(linkTarget(address, TABS)).toEqual(target);
  });

  it.each([['#gid=9999&range=A1'], ['https://example.com/#gid=1001'], ['#range=A1']])(
    'leads nowhere in the workbook from %s',
    (address) => {
      expect(linkTarget(address, TABS)).toBeNull();
    },
  );
});

describe('sparklines', () => {
  it('are found alone or inside another formula, and not in text', () => {
    expect(drawsSparkline('=SPARKLINE(B2:M2)')).toBe(true);
    expect(drawsSparkline('=IF(COUNT(B2:M2)<2;"";SPARKLINE(B2:M2;{"charttype"\\"line"}))')).toBe(true);
    expect(drawsSparkline('=SUM(B2:M2)')).toBe(false);
  });
});
