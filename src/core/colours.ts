/**
 * Colour codes of the journey map. The legend is the palette: each status (normal, friction, opportunity) is
 * recognised by its legend colour, the other shades of that colour's family in Google Sheets' palette, and any
 * colour perceptually close to one of those (CIEDE2000 ΔE ≤ MATCH_THRESHOLD) that is not closer to a shade of
 * another family. So a slightly different green picked by hand still counts, and red, blue, purple or grey
 * never do, whatever the threshold.
 */
import { COLOUR_STATUSES, ColourStatus } from './vocabulary';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * ΔE00 ≤ 8: two colours this close read as "the same colour, a shade lighter or darker" side by side (Excel's
 * neutral yellow #ffeb9c is 2 from #ffe599; its good green #c6efce is 6 from #d9ead3). Neighbouring families of
 * the palette can be closer than that (yellow light 3 and orange light 3 are 7.9 apart), which is why a colour
 * must also be nearer to a shade of its status than to a shade of any other family.
 */
export const MATCH_THRESHOLD = 8;

/** Google Sheets' palette, by family, from light 3 to dark 2 (the shades of the colour picker). */
export const PALETTE_FAMILIES: Record<string, readonly string[]> = {
  redBerry: ['#e6b8af', '#dd7e6b', '#cc4125', '#980000', '#a61c00', '#85200c'],
  red: ['#f4cccc', '#ea9999', '#e06666', '#ff0000', '#cc0000', '#990000'],
  orange: ['#fce5cd', '#f9cb9c', '#f6b26b', '#ff9900', '#e69138', '#b45f06'],
  yellow: ['#fff2cc', '#ffe599', '#ffd966', '#ffff00', '#f1c232', '#bf9000'],
  green: ['#d9ead3', '#b6d7a8', '#93c47d', '#00ff00', '#6aa84f', '#38761d'],
  cyan: ['#d0e0e3', '#a2c4c9', '#76a5af', '#00ffff', '#45818e', '#134f5c'],
  cornflowerBlue: ['#c9daf8', '#a4c2f4', '#6d9eeb', '#4a86e8', '#3c78d8', '#1155cc'],
  blue: ['#cfe2f3', '#9fc5e8', '#6fa8dc', '#0000ff', '#3d85c6', '#0b5394'],
  purple: ['#d9d2e9', '#b4a7d6', '#8e7cc3', '#9900ff', '#674ea7', '#351c75'],
  magenta: ['#ead1dc', '#d5a6bd', '#c27ba0', '#ff00ff', '#a64d79', '#741b47'],
  grey: ['#f3f3f3', '#efefef', '#d9d9d9', '#cccccc', '#b7b7b7', '#999999', '#666666', '#434343', '#000000'],
};

const NAMED: Record<string, string> = {
  white: '#ffffff',
  black: '#000000',
  red: '#ff0000',
  orange: '#ffa500',
  yellow: '#ffff00',
  green: '#008000',
  lime: '#00ff00',
  blue: '#0000ff',
  purple: '#800080',
  grey: '#808080',
  gray: '#808080',
};

/**
 * A fill as the Sheets API may report it: `#rrggbb` (any case), `#rgb`, `#rrggbbaa`, `rgb(…)`/`rgba(…)`, a CSS
 * name ("white" on older runtimes). Returns the lower-case `#rrggbb`, or null for no fill (empty, "none",
 * "transparent", white, or something unreadable).
 */
export function normaliseFill(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().toLowerCase();
  let hex: string | null = null;
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(text)) hex = text.slice(0, 7);
  else if (/^#[0-9a-f]{3}$/.test(text)) hex = `#${text[1]}${text[1]}${text[2]}${text[2]}${text[3]}${text[3]}`;
  else {
    const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(text);
    if (rgb) {
      if (rgb[4] !== undefined && Number(rgb[4]) === 0) return null;
      hex = `#${[rgb[1], rgb[2], rgb[3]].map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0')).join('')}`;
    } else hex = NAMED[text] ?? null;
  }
  return hex === null || hex === '#ffffff' ? null : hex;
}

export function hexToRgb(hex: string): Rgb {
  return { r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) };
}

export interface Lab {
  L: number;
  a: number;
  b: number;
}

function toLab({ r, g, b }: Rgb): Lab {
  const linear = (v: number): number => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [R, G, B] = [linear(r), linear(g), linear(b)];
  // sRGB → XYZ (D65), normalised by the reference white.
  const x = (R * 0.4124 + G * 0.3576 + B * 0.1805) / 0.95047;
  const y = R * 0.2126 + G * 0.7152 + B * 0.0722;
  const z = (R * 0.0193 + G * 0.1192 + B * 0.9505) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const [fx, fy, fz] = [f(x), f(y), f(z)];
  return { L: 116 * fy - 16, a: 500 * (fx - fy), b: 200 * (fy - fz) };
}

const deg = (rad: number): number => (rad * 180) / Math.PI;
const rad = (d: number): number => (d * Math.PI) / 180;

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005): about 1 is the smallest difference people notice. */
export function deltaE2000(hexA: string, hexB: string): number {
  return deltaE2000Lab(toLab(hexToRgb(hexA)), toLab(hexToRgb(hexB)));
}

export function deltaE2000Lab(c1: Lab, c2: Lab): number {
  const C1 = Math.hypot(c1.a, c1.b);
  const C2 = Math.hypot(c2.a, c2.b);
  const Cbar = (C1 + C2) / 2;
  const G = 0.5 * (1 - Math.sqrt(Cbar ** 7 / (Cbar ** 7 + 25 ** 7)));
  const a1 = (1 + G) * c1.a;
  const a2 = (1 + G) * c2.a;
  const C1p = Math.hypot(a1, c1.b);
  const C2p = Math.hypot(a2, c2.b);
  const hue = (b: number, a: number): number => (a === 0 && b === 0 ? 0 : (deg(Math.atan2(b, a)) + 360) % 360);
  const h1 = hue(c1.b, a1);
  const h2 = hue(c2.b, a2);
  const dL = c2.L - c1.L;
  const dC = C2p - C1p;
  let dh = 0;
  if (C1p * C2p !== 0) {
    dh = h2 - h1;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(C1p * C2p) * Math.sin(rad(dh / 2));
  const Lbar = (c1.L + c2.L) / 2;
  const Cbarp = (C1p + C2p) / 2;
  let hbar = h1 + h2;
  if (C1p * C2p !== 0) {
    if (Math.abs(h1 - h2) <= 180) hbar = (h1 + h2) / 2;
    else hbar = h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  }
  const T =
    1 -
    0.17 * Math.cos(rad(hbar - 30)) +
    0.24 * Math.cos(rad(2 * hbar)) +
    0.32 * Math.cos(rad(3 * hbar + 6)) -
    0.2 * Math.cos(rad(4 * hbar - 63));
  const dTheta = 30 * Math.exp(-(((hbar - 275) / 25) ** 2));
  const Rc = 2 * Math.sqrt(Cbarp ** 7 / (Cbarp ** 7 + 25 ** 7));
  const Sl = 1 + (0.015 * (Lbar - 50) ** 2) / Math.sqrt(20 + (Lbar - 50) ** 2);
  const Sc = 1 + 0.045 * Cbarp;
  const Sh = 1 + 0.015 * Cbarp * T;
  const Rt = -Math.sin(rad(2 * dTheta)) * Rc;
  return Math.sqrt((dL / Sl) ** 2 + (dC / Sc) ** 2 + (dH / Sh) ** 2 + Rt * (dC / Sc) * (dH / Sh));
}

/** The palette family holding `hex`, or the family of its nearest shade when that is within the threshold. */
export function familyOf(hex: string): string | null {
  let best: { family: string; distance: number } | null = null;
  for (const [family, shades] of Object.entries(PALETTE_FAMILIES)) {
    for (const shade of shades) {
      const distance = shade === hex ? 0 : deltaE2000(hex, shade);
      if (!best || distance < best.distance) best = { family, distance };
    }
  }
  return best && best.distance <= MATCH_THRESHOLD ? best.family : null;
}

/** The legend's colour per status: the palette that decides. */
export type Legend = Record<ColourStatus, string>;

export interface ColourRules {
  legend: Legend;
  /** Every reference shade and the status it stands for (null: a shade of a family no status uses). */
  references: { hex: string; status: ColourStatus | null }[];
}

/** The rules a legend implies: each status gets its legend colour plus the other shades of its family. */
export function rulesFromLegend(legend: Legend): ColourRules {
  const claimed = new Map<string, ColourStatus>();
  for (const status of COLOUR_STATUSES) {
    const family = familyOf(legend[status]);
    const shades = family && family !== 'grey' ? PALETTE_FAMILIES[family] : [];
    for (const shade of [legend[status], ...shades]) if (!claimed.has(shade)) claimed.set(shade, status);
  }
  // A legend colour always means its own status, even if another status's family also holds it.
  for (const status of COLOUR_STATUSES) claimed.set(legend[status], status);
  const references: ColourRules['references'] = [...claimed].map(([hex, status]) => ({ hex, status }));
  for (const shades of Object.values(PALETTE_FAMILIES)) {
    for (const hex of shades) if (!claimed.has(hex)) references.push({ hex, status: null });
  }
  return { legend, references };
}

/** The status a fill stands for under these rules, or null when it matches none. `hex` is a normalised fill. */
export function classifyColour(hex: string, rules: ColourRules): ColourStatus | null {
  for (const status of COLOUR_STATUSES) if (rules.legend[status] === hex) return status;
  let best: { status: ColourStatus | null; distance: number } | null = null;
  for (const reference of rules.references) {
    const distance = reference.hex === hex ? 0 : deltaE2000(hex, reference.hex);
    if (!best || distance < best.distance) best = { status: reference.status, distance };
  }
  return best && best.distance <= MATCH_THRESHOLD ? best.status : null;
}
