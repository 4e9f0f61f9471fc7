/**
 * EmbeddedChart and its builder (Sheet.newChart(), EmbeddedChart.modify()). Any chart type, any number of ranges
 * and any option: Apps Script validates neither option keys nor values (a typo fails silently), so neither does
 * the fake. A chart keeps its id through modify() and Sheet.updateChart, which is how the add-on finds it again.
 */
import { CallLog } from './calls';
import { countCalls } from './counting';
import { ChartPosition, ChartView } from './inspect';
import type { FakeRange } from './range';

let nextChartId = 1;

export class FakeChart {
  constructor(readonly view: ChartView) {}

  getChartId(): number {
    return this.view.chartId;
  }
  getRanges(): FakeRange[] {
    return [...this.view.ranges];
  }
  getOptions(): { get(option: string): unknown } {
    return { get: (option: string) => this.view.options[option] ?? null };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const p = this.view.position;
    return {
      getAnchorRow: () => p.anchorRow,
      getAnchorColumn: () => p.anchorColumn,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
  }
  modify(): FakeChartBuilder {
    return new FakeChartBuilder(this.view.log, this);
  }
}

const EMBEDDED_CHART_API = [
  'getChartId',
  'getRanges',
  'getOptions',
  'getContainerInfo',
  'modify',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.EmbeddedChart)[];
countCalls(FakeChart, 'EmbeddedChart', EMBEDDED_CHART_API);

/** The chart being built: nothing reaches Sheets until Sheet.insertChart or Sheet.updateChart. */
export interface ChartDraft {
  readonly log: CallLog;
  readonly chartId: number;
  chartType: string;
  ranges: FakeRange[];
  position: ChartPosition;
  options: Record<string, unknown>;
}

export class FakeChartBuilder {
  readonly view: ChartDraft;

  /** A new chart gets the next id; modify() starts from the chart's own, id included. */
  constructor(log: CallLog, from?: FakeChart) {
    const start = from?.view;
    this.view = {
      log,
      chartId: start ? start.chartId : nextChartId++,
      chartType: start ? start.chartType : 'LINE',
      ranges: start ? [...start.ranges] : [],
      position: start ? { ...start.position } : { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 },
      options: start ? { ...start.options } : {},
    };
  }

  setChartType(type: string): this {
    this.view.chartType = type;
    return this;
  }
  addRange(range: FakeRange): this {
    this.view.ranges.push(range);
    return this;
  }
  clearRanges(): this {
    this.view.ranges = [];
    return this;
  }
  setPosition(anchorRow: number, anchorColumn: number, offsetX: number, offsetY: number): this {
    this.view.position = { anchorRow, anchorColumn, offsetX, offsetY };
    return this;
  }
  setNumHeaders(headers: number): this {
    this.view.options.numHeaders = headers;
    return this;
  }
  setOption(option: string, value: unknown): this {
    this.view.options[option] = value;
    return this;
  }
  build(): FakeChart {
    const { log, chartId, chartType, ranges, position, options } = this.view;
    return new FakeChart({
      log,
      chartId,
      chartType,
      ranges: [...ranges],
      position: { ...position },
      options: { ...options },
    });
  }
}

const EMBEDDED_CHART_BUILDER_API = [
  'setChartType',
  'addRange',
  'clearRanges',
  'setPosition',
  'setNumHeaders',
  'setOption',
  'build',
] as const satisfies readonly (keyof GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder)[];
countCalls(FakeChartBuilder, 'EmbeddedChartBuilder', EMBEDDED_CHART_BUILDER_API);
