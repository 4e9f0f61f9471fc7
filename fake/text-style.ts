/** TextStyle and its builder (SpreadsheetApp.newTextStyle()): built locally, then set with Range.setTextStyles. */
import { CallLog } from './calls';
import type { Cell } from './cell';
import { countCalls } from './counting';
import { TextStyleView } from './inspect';
import { normaliseColour } from './values';

export class FakeTextStyle {
  constructor(readonly view: TextStyleView) {}

  isBold(): boolean | null {
    return this.view.bold;
  }
  getForegroundColor(): string | null {
    return this.view.color;
  }
  getFontSize(): number | null {
    return this.view.size;
  }
}

/** A cell's text style, as Range.getTextStyles reads it. */
export function textStyleOf(log: CallLog, format: Cell['format']): FakeTextStyle {
  const bold = format.fontWeight === 'bold';
  return new FakeTextStyle({
    log,
    bold,
    italic: format.fontStyle === 'italic',
    color: format.fontColor,
    size: format.fontSize,
  });
}

const TEXT_STYLE_API = [
  'isBold',
  'getForegroundColor',
  'getFontSize',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.TextStyle)[];
countCalls(FakeTextStyle, 'TextStyle', TEXT_STYLE_API);

export class FakeTextStyleBuilder {
  readonly view: { -readonly [K in keyof TextStyleView]: TextStyleView[K] };

  constructor(log: CallLog) {
    this.view = { log, bold: null, italic: null, color: null, size: null };
  }

  setBold(bold: boolean): this {
    this.view.bold = bold;
    return this;
  }
  setItalic(italic: boolean): this {
    this.view.italic = italic;
    return this;
  }
  setForegroundColor(color: string): this {
    this.view.color = normaliseColour(color);
    return this;
  }
  setFontSize(size: number): this {
    this.view.size = size;
    return this;
  }
  build(): FakeTextStyle {
    return new FakeTextStyle({ ...this.view });
  }
}

const TEXT_STYLE_BUILDER_API = [
  'setBold',
  'setItalic',
  'setForegroundColor',
  'setFontSize',
  'build',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.TextStyleBuilder)[];
countCalls(FakeTextStyleBuilder, 'TextStyleBuilder', TEXT_STYLE_BUILDER_API);
