/**
 * What every chart the page draws shares: the SVG, the title, the plot area, the axes with their ticks and
 * titles, and the legend. The charts themselves (charts.ts) draw inside the plot.
 */
import { DisplayChart } from '../protocol';
import { Scale } from './chart-scale';
import { say } from './page';

const SVG = 'http://www.w3.org/2000/svg';
const MUTED = '#5f6368';

export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The chart's SVG with its background, title, axis titles and legend; the plot area left for the drawing. */
export function chartFrame(chart: DisplayChart): { image: SVGSVGElement; plot: Plot } {
  const { width, height } = chart;
  const image = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' });
  image.append(svg('rect', { x: 0, y: 0, width, height, fill: '#fff' }));
  const title = { x: width / 2, y: 22, 'text-anchor': 'middle', 'font-size': 15, 'font-weight': 'bold' };
  image.append(svg('text', title, chart.title));
  const legendRoom = chart.legend === 'right' ? 140 : 0;
  const plot = {
    left: 56,
    top: 40,
    right: width - 16 - legendRoom,
    bottom: height - (chart.legend === 'bottom' ? 76 : 52),
  };
  const middle = (plot.top + plot.bottom) / 2;
  const xTitle = { x: (plot.left + plot.right) / 2, y: plot.bottom + 44, 'text-anchor': 'middle', 'font-size': 12 };
  image.append(svg('text', xTitle, chart.xTitle));
  const yTitle = { x: 16, y: middle, 'text-anchor': 'middle', 'font-size': 12, transform: `rotate(-90 16 ${middle})` };
  image.append(svg('text', yTitle, chart.yTitle));
  if (chart.legend) image.append(legend(chart, plot));
  return { image, plot };
}

/** Horizontal gridlines and their values up the left side. */
export function valueAxis(image: SVGSVGElement, plot: Plot, ticks: number[], y: Scale): void {
  for (const v of ticks) {
    image.append(svg('line', { x1: plot.left, x2: plot.right, y1: y(v), y2: y(v), stroke: '#e0e0e0' }));
    const label = { x: plot.left - 8, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 11, fill: MUTED };
    image.append(svg('text', label, String(v)));
  }
}

/** Vertical gridlines and their values along the bottom (a scatter's x axis). */
export function numberAxis(image: SVGSVGElement, plot: Plot, ticks: number[], x: Scale): void {
  for (const v of ticks) {
    image.append(svg('line', { x1: x(v), x2: x(v), y1: plot.top, y2: plot.bottom, stroke: '#e0e0e0' }));
    const label = { x: x(v), y: plot.bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED };
    image.append(svg('text', label, String(v)));
  }
}

/** The categories along the bottom, each centred under its place, on two lines at most. */
export function categoryAxis(image: SVGSVGElement, plot: Plot, categories: string[], centre: (i: number) => number) {
  image.append(svg('line', { x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: '#9aa0a6' }));
  const room = (plot.right - plot.left) / Math.max(1, categories.length);
  categories.forEach((category, i) => {
    const label = svg('text', { x: centre(i), y: plot.bottom + 15, 'text-anchor': 'middle', 'font-size': 11 });
    label.setAttribute('class', 'category');
    wrapped(category, Math.max(4, Math.floor(room / 6.5))).forEach((line, n) =>
      label.append(svg('tspan', { x: centre(i), dy: n === 0 ? 0 : 13 }, line)),
    );
    label.append(svg('title', {}, category));
    image.append(label);
  });
}

/** Words on two lines of `width` characters at most, the rest cut with an ellipsis. */
function wrapped(text: string, width: number): string[] {
  const lines: string[] = [''];
  for (const word of text.split(/\s+/)) {
    const line = lines[lines.length - 1];
    if (line === '' || `${line} ${word}`.length <= width) lines[lines.length - 1] = line ? `${line} ${word}` : word;
    else lines.push(word);
  }
  const shown = lines.slice(0, 2);
  const cut = lines.length > 2 || shown.some((l) => l.length > width);
  if (!cut) return shown;
  const last = shown.length - 1;
  shown[last] = `${shown[last].slice(0, width - 1)}…`;
  return shown.map((l, i) => (i < last && l.length > width ? `${l.slice(0, width - 1)}…` : l));
}

function legend(chart: DisplayChart, plot: Plot): SVGGElement {
  const group = svg('g', { class: 'legend' });
  chart.series.forEach((series, i) => {
    const [x, y] =
      chart.legend === 'right'
        ? [plot.right + 24, plot.top + i * 20]
        : [plot.left + (i * (plot.right - plot.left)) / chart.series.length, chart.height - 20];
    const entry = svg('g', { class: 'legend-entry' });
    entry.append(svg('rect', { x, y: y - 9, width: 12, height: 12, fill: series.colour }));
    entry.append(svg('text', { x: x + 18, y: y + 1, 'font-size': 12 }, series.name || `${say('series')} ${i + 1}`));
    group.append(entry);
  });
  return group;
}
