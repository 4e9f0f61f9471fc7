/**
 * What a team types: notes in both languages, long text, emoji and right-to-left text, ratings typed every way,
 * weights, colours of every kind, and sidebar input that Sheets would love to convert.
 */
import { Rng } from './prng';
import { Lang, PHASES, TRIGGER_TYPES } from './vocabulary';

const NOTES = [
  'Check with the store team',
  'À revoir avec le service client',
  'Budget validé en comité',
  'Owner: Léa',
  '🚀 Lancement prévu au T3 🎯',
  '👩‍💻 à coder, ✔ validé',
  'ملاحظة الفريق: مراجعة الأولوية',
  'הערה של הצוות',
  'Mixed اتجاه text ✔',
  'Nota: revisar con Ventas',
];

const LONG =
  'This use case needs the loyalty data from every store before we can plan the rollout, and legal must agree. ';

/** A note: usually short, sometimes very long; always starting with a letter or an emoji, so it stays text. */
export function noteText(rng: Rng, token: string): string {
  const base = rng.chance(0.15) ? LONG.repeat(rng.int(5, 40)) : rng.pick(NOTES);
  return rng.chance(0.5) ? `${base} ${token}` : `${token} ${base}`;
}

/** Ratings as people type them (strings are typed input: the sheet converts some of them). */
export const GOOD_RATINGS: readonly unknown[] = [1, 2, 3, 4, 5, '4', ' 4 ', '3', 4.5, '2.5'];
export const BAD_RATINGS: readonly unknown[] = [0, 6, -1, 'four', 'quatre', 'high', true, 'TRUE', '2024-01-05', ''];
/** `4,5` is a number in a French sheet and text in an English one; the add-on reads both as 4.5. */
export function rating(rng: Rng, good = 0.8): unknown {
  if (rng.chance(good)) return rng.chance(0.15) ? '4,5' : rng.pick(GOOD_RATINGS);
  return rng.pick(BAD_RATINGS);
}

export const GOOD_WEIGHTS: readonly unknown[] = [2, 3, 0.5, 0, '2', 1.5, 10, 1];
export const BAD_WEIGHTS: readonly unknown[] = ['deux', -1, 'high'];

export const COLOURS: readonly (string | null)[] = [
  '#ffe599',
  '#f6b26b',
  '#93c47d',
  '#fff2cc',
  '#ffd966',
  '#f9cb9c',
  '#b6d7a8',
  '#6aa84f',
  '#ffeb9c',
  '#FFE599',
  '#ff0000',
  '#4a86e8',
  '#abc',
  'LIGHTCORAL',
  'yellow',
  'lime',
  'not-a-colour',
  null,
];

/** Text the sidebar sends that Sheets would turn into a formula, a number, a date or a time if written bare. */
export const CONVERTIBLE = [
  '9:00',
  'May 2025',
  'Mars 2026',
  '$12',
  '12 €',
  '=SUM(A1)',
  '+33 6 12 34 56 78',
  '-10% off',
  '@channel',
  "'quoted",
  '007',
  'TRUE',
  'vrai',
  '2024-01-05',
  '1,5',
  '1.5',
  '50%',
  '3/4',
];
const PLAIN = [
  'Say "hello"',
  'Loyal customers',
  'Clients fidèles',
  'Welcome 👋',
  'مرحبا بك',
  'שלום לקוח',
  'Email',
  'SMS',
  'App push',
];

export function sidebarText(rng: Rng, max: number): string {
  if (rng.chance(0.35)) return rng.pick(CONVERTIBLE);
  if (rng.chance(0.1)) return `${'Long trigger text '.repeat(20)}`.slice(0, max).trim();
  return rng.pick(PLAIN);
}

export interface ScenarioInput {
  name: string;
  /** The use case the scenario serves, by its ID (left out when it serves none). */
  useCase?: string;
  programme: string;
  target: string;
  phase: string;
  channel: string;
  triggerType: string;
  trigger: string;
  steps: { day: number; channel: string; message: string }[];
  dataNeeds: { variable: string; source: string }[];
}

/** A scenario as the sidebar sends it; `valid` false gives one the server must refuse. */
export function scenarioInput(rng: Rng, name: string, lang: Lang, valid: boolean): ScenarioInput {
  const phase = rng.pick(Object.values(PHASES));
  const triggerType = rng.pick(Object.values(TRIGGER_TYPES));
  let day = 0;
  const steps = Array.from({ length: rng.int(1, 3) }, () => {
    day += rng.int(0, 10);
    return { day, channel: sidebarText(rng, 60), message: sidebarText(rng, 300) };
  });
  const input: ScenarioInput = {
    name,
    programme: sidebarText(rng, 60),
    target: sidebarText(rng, 60),
    phase: rng.chance(0.2) ? phase[lang === 'en' ? 'fr' : 'en'].toUpperCase() : phase[lang],
    channel: sidebarText(rng, 60),
    triggerType: rng.chance(0.2) ? triggerType[lang === 'en' ? 'fr' : 'en'] : triggerType[lang],
    trigger: sidebarText(rng, 200),
    steps,
    dataNeeds: Array.from({ length: rng.int(0, 2) }, () => ({
      variable: sidebarText(rng, 120),
      source: sidebarText(rng, 120),
    })),
  };
  if (!valid) spoil(rng, input);
  return input;
}

function spoil(rng: Rng, input: ScenarioInput): void {
  const how = rng.int(0, 3);
  if (how === 0) input.name = '';
  else if (how === 1) input.phase = 'Someday';
  else if (how === 2) input.steps = [...input.steps, { day: -3, channel: 'Email', message: 'Too early' }];
  else input.trigger = 'x'.repeat(250);
}
