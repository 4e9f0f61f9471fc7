/**
 * Embedded charts over the grid, anchored at their cell (and offset) as in Sheets, drawn by type: a scatter's
 * points on two value axes, a line chart's series across its categories (a blank is a gap in the line), a column
 * chart's series side by side or stacked. Each point and bar says its value in a tooltip.
 */
import { DisplayChart } from '../protocol';
import { Plot, categoryAxis, chartFrame, numberAxis, svg, valueAxis } from './chart-frame';
import { axisTicks, scale } from './chart-scale';
import { sentence } from './page';

export function drawChart(chart: DisplayChart, table: HTMLTableElement): HTMLElement {
  const box = document.createElement('figure');
  box.className = 'chart';
  box.dataset.type = chart.drawn;
  box.setAttribute('aria-label', chart.title);
  if (chart.drawn === 'COLUMN' && chart.type !== 'COLUMN') box.title = sentence('drawnAs', chart.type);
  const anchor = table.querySelector<HTMLElement>(`td[data-r="${chart.anchorRow}"][data-c="${chart.anchorColumn}"]`);
  box.style.left = `${(anchor ? anchor.offsetLeft : 0) + chart.offsetX}px`;
  box.style.top = `${(anchor ? anchor.offsetTop : 0) + chart.offsetY}px`;
  const { image, plot } = chartFrame(chart);
  if (chart.drawn === 'SCATTER') drawScatter(image, plot, chart);
  else if (chart.drawn === 'LINE') drawLines(image, plot, chart);
  else drawColumns(image, plot, chart);
  box.append(image);
  return box;
}

const named = (chart: DisplayChart, name: string, text: string): string =>
  chart.series.length > 1 && name ? `${name} — ${text}` : text;

/** The first column across, each series up: only pairs of numbers are points. */
function drawScatter(image: SVGSVGElement, plot: Plot, chart: DisplayChart): void {
  const xs = chart.categories.filter((x): x is number => typeof x === 'number');
  const ys = chart.series.flatMap((s) => s.values.filter((y): y is number => y !== null));
  const xTicks = axisTicks(xs, chart.xWindow, true);
  const yTicks = axisTicks(ys, chart.yWindow, true);
  const x = scale([xTicks[0], xTicks[xTicks.length - 1]], [plot.left, plot.right]);
  const y = scale([yTicks[0], yTicks[yTicks.length - 1]], [plot.bottom, plot.top]);
  numberAxis(image, plot, xTicks, x);
  valueAxis(image, plot, yTicks, y);
  for (const series of chart.series) {
    series.values.forEach((value, i) => {
      const at = chart.categories[i];
      if (value === null || typeof at !== 'number') return;
      const dot = svg('circle', { cx: x(at), cy: y(value), r: 6, fill: series.colour, 'fill-opacity': 0.75 });
      dot.append(svg('title', {}, named(chart, series.name, `(${at}, ${value})`)));
      image.append(dot);
    });
  }
}

/** Categories evenly across, one line per series with a point at each value; a blank breaks the line. */
function drawLines(image: SVGSVGElement, plot: Plot, chart: DisplayChart): void {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = axisTicks(values, chart.yWindow, false);
  const y = scale([ticks[0], ticks[ticks.length - 1]], [plot.bottom, plot.top]);
  const step = (plot.right - plot.left) / Math.max(1, chart.categories.length);
  const x = (i: number): number => plot.left + step * (i + 0.5);
  valueAxis(image, plot, ticks, y);
  categoryAxis(image, plot, chart.categories.map(String), x);
  for (const series of chart.series) {
    const runs: string[][] = [[]];
    series.values.forEach((value, i) => {
      if (value === null) runs.push([]);
      else runs[runs.length - 1].push(`${x(i)},${y(value)}`);
    });
    for (const run of runs.filter((r) => r.length > 1)) {
      const line = { points: run.join(' '), fill: 'none', stroke: series.colour, 'stroke-width': 2 };
      image.append(svg('polyline', { ...line, class: 'series-line' }));
    }
    series.values.forEach((value, i) => {
      if (value === null) return;
      const dot = svg('circle', { cx: x(i), cy: y(value), r: 4, fill: series.colour, class: 'point' });
      dot.append(svg('title', {}, named(chart, series.name, `${chart.categories[i]}: ${value}`)));
      image.append(dot);
    });
  }
}

/** One band per category: the series' bars side by side, or stacked from zero in series order. */
function drawColumns(image: SVGSVGElement, plot: Plot, chart: DisplayChart): void {
  const count = chart.categories.length;
  const value = (s: number, i: number): number => Math.max(0, chart.series[s].values[i] ?? 0);
  const heights = chart.stacked
    ? chart.categories.map((_, i) => chart.series.reduce((sum, _s, s) => sum + value(s, i), 0))
    : chart.series.flatMap((_, s) => chart.categories.map((_c, i) => value(s, i)));
  const ticks = axisTicks(heights, chart.yWindow, true);
  const y = scale([ticks[0], ticks[ticks.length - 1]], [plot.bottom, plot.top]);
  const band = (plot.right - plot.left) / Math.max(1, count);
  const bars = chart.stacked ? 1 : Math.max(1, chart.series.length);
  const width = (band * 0.7) / bars;
  valueAxis(image, plot, ticks, y);
  categoryAxis(image, plot, chart.categories.map(String), (i) => plot.left + band * (i + 0.5));
  chart.categories.forEach((category, i) => {
    let base = 0;
    chart.series.forEach((series, s) => {
      const v = value(s, i);
      if (v === 0) return;
      const left = plot.left + band * i + band * 0.15 + (chart.stacked ? 0 : s * width);
      const bottom = chart.stacked ? base : 0;
      const bar = { x: left, y: y(bottom + v), width, height: y(bottom) - y(bottom + v), fill: series.colour };
      const rect = svg('rect', { ...bar, class: 'bar' });
      rect.append(svg('title', {}, named(chart, series.name, `${category}: ${v}`)));
      image.append(rect);
      if (chart.stacked) base += v;
    });
  });
}
