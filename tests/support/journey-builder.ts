/** Builds journey-map tabs of any size and placement in a fake spreadsheet, for tests and the benchmark. */
import { FakeSheet, FakeSpreadsheet } from '../../fake';

export interface JourneyOptions {
  stages: number;
  channels: number;
  /** 1-based cell of the anchor ("Channel"). */
  anchor?: { row: number; column: number };
  /** 1-based cell of the first legend label; the other two follow to its right. */
  legend?: { row: number; column: number } | null;
  tab?: string;
  language?: 'en' | 'fr';
  /** Fill of each touchpoint (channel index, stage index) → colour, or null for an empty cell. */
  touchpoint?: (channel: number, stage: number) => { text: string; fill: string | null } | null;
}

const LEGEND = {
  en: ['Normal', 'Friction', 'Opportunity'],
  fr: ['Normal', 'Friction', 'Opportunité'],
};

export function buildJourneyMap(book: FakeSpreadsheet, options: JourneyOptions): FakeSheet {
  const language = options.language ?? 'en';
  const anchor = options.anchor ?? { row: 5, column: 1 };
  const legend = options.legend === undefined ? { row: 2, column: 2 } : options.legend;
  const touchpoint =
    options.touchpoint ??
    ((c, s) =>
      (c + s) % 3 === 0 ? { text: `T${c}.${s}`, fill: ['#ffe599', '#f6b26b', '#93c47d'][(c * s) % 3] } : null);
  return book.log.uncounted(() => {
    const sheet = book.insertSheet(options.tab ?? (language === 'fr' ? 'Parcours client' : 'Journey map'));
    const rows = anchor.row + options.channels + 5;
    const columns = anchor.column + options.stages + 5;
    sheet.view.resize(Math.max(rows, 20), Math.max(columns, 10));
    const values: unknown[][] = [];
    const fills: (string | null)[][] = [];
    for (let c = 0; c <= options.channels; c++) {
      const valueRow: unknown[] = [];
      const fillRow: (string | null)[] = [];
      for (let s = 0; s <= options.stages; s++) {
        if (c === 0 && s === 0) valueRow.push(language === 'fr' ? 'Canal' : 'Channel');
        else if (c === 0) valueRow.push(`Stage ${s}`);
        else if (s === 0) valueRow.push(`Channel ${c}`);
        else {
          const t = touchpoint(c - 1, s - 1);
          valueRow.push(t ? t.text : '');
          fillRow.push(t ? t.fill : null);
          continue;
        }
        fillRow.push(null);
      }
      values.push(valueRow);
      fills.push(fillRow);
    }
    const block = sheet.getRange(anchor.row, anchor.column, options.channels + 1, options.stages + 1);
    block.setValues(values);
    block.setBackgrounds(fills);
    if (legend) {
      const labels = sheet.getRange(legend.row, legend.column, 1, 3);
      labels.setValues([LEGEND[language]]);
      labels.setBackgrounds([['#ffe599', '#f6b26b', '#93c47d']]);
    }
    return sheet;
  });
}
