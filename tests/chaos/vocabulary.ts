/**
 * The labels the add-on shows in the sheet, both languages, copied here on purpose: the chaos test reads the
 * workbook as a person does, by what the cells say, and must not lean on src/ (which is being refactored) to know
 * where things are.
 */
export type Lang = 'en' | 'fr';
type Labels<K extends string> = Record<K, readonly string[]>;

export type TabKey = 'journeyMap' | 'useCases' | 'scenarioMap' | 'dataNeeds' | 'summary' | 'kpis';
export const TAB_NAMES: Record<TabKey, Record<Lang, string>> = {
  journeyMap: { en: 'Journey map', fr: 'Parcours client' },
  useCases: { en: 'Use cases', fr: "Cas d'usage" },
  scenarioMap: { en: 'Scenario map', fr: 'Scénarios' },
  dataNeeds: { en: 'Data needs', fr: 'Besoins de données' },
  summary: { en: 'Summary', fr: 'Synthèse' },
  kpis: { en: 'KPIs', fr: 'Indicateurs' },
};
/** Between the journey map's name and a persona's in a persona map's tab name. */
export const PERSONA_SEPARATOR = ' — ';

export type UseCaseKey =
  | 'id'
  | 'useCase'
  | 'touchpoint'
  | 'category'
  | 'objective'
  | 'businessImpact'
  | 'customerImpact'
  | 'difficulty'
  | 'score'
  | 'rank'
  | 'quadrant';
export const USE_CASE_HEADERS: Labels<UseCaseKey> = {
  id: ['ID'],
  useCase: ['Use case', "Cas d'usage"],
  touchpoint: ['Touchpoint', 'Point de contact'],
  category: ['Category', 'Catégorie'],
  objective: ['Objective', 'Objectif'],
  businessImpact: ['Business impact', 'Impact business'],
  customerImpact: ['Customer experience impact', 'Impact expérience client'],
  difficulty: ['Difficulty', 'Difficulté'],
  score: ['Score'],
  rank: ['Rank', 'Rang'],
  quadrant: ['Quadrant'],
};
export const RATING_KEYS = ['businessImpact', 'customerImpact', 'difficulty'] as const;
export const COMPUTED_KEYS = ['score', 'rank', 'quadrant'] as const;

export const WEIGHT_LABELS = {
  title: ['Priority weights', 'Pondérations de la priorité'],
  business: ['Weight of business impact (wB)', 'Poids de l’impact business (wB)'],
  customer: ['Weight of customer experience impact (wC)', 'Poids de l’impact expérience client (wC)'],
};
export const MATRIX_DATA_TITLE = [
  'Priority matrix data (written by Prioritise use cases)',
  'Données de la matrice de priorité (écrites par Prioriser les cas d’usage)',
];

export type ScenarioKey =
  | 'id'
  | 'name'
  | 'useCase'
  | 'programme'
  | 'target'
  | 'phase'
  | 'channel'
  | 'triggerType'
  | 'trigger'
  | 'sequence'
  | 'status';
export const SCENARIO_HEADERS: Labels<ScenarioKey> = {
  id: ['ID'],
  name: ['Scenario', 'Scénario'],
  useCase: ['Use case', "Cas d'usage"],
  programme: ['Programme'],
  target: ['Target', 'Cible'],
  phase: ['Phase'],
  channel: ['Channel', 'Canal'],
  triggerType: ['Trigger type', 'Type de déclencheur'],
  trigger: ['Trigger', 'Déclencheur'],
  sequence: ['Message sequence', 'Séquence de messages'],
  status: ['Status', 'Statut'],
};
export const OVERVIEW_CORNER = ['Target ↓ / Phase →', 'Cible ↓ / Phase →'];

export type DataNeedKey = 'scenario' | 'description' | 'variable' | 'source' | 'available';
export const DATA_NEED_HEADERS: Labels<DataNeedKey> = {
  scenario: ['Scenario', 'Scénario'],
  description: ['Description'],
  variable: ['Variable'],
  source: ['Source'],
  available: ['Available', 'Disponible'],
};

export const JOURNEY_ANCHOR = ['Channel', 'Canal'];
export const LEGEND_LABELS = {
  normal: ['Normal'],
  friction: ['Friction'],
  opportunity: ['Opportunity', 'Opportunité'],
};

export const EXPERIENCE_LANE = ['Experience (1–5)', 'Expérience (1–5)'];
export const CURVE_LABELS = {
  dataTitle: [
    'Experience curve data (written by Draw the experience curves)',
    'Données de la courbe d’expérience (écrites par Tracer les courbes d’expérience)',
  ],
  comparisonDataTitle: [
    'Experience curves by persona: data (written by Draw the experience curves)',
    'Courbes d’expérience par persona : données (écrites par Tracer les courbes d’expérience)',
  ],
  stage: ['Stage', 'Étape'],
  chartPrefix: ['Experience curve — ', 'Courbe d’expérience — '],
  comparisonTitle: ['Experience curves by persona', 'Courbes d’expérience par persona'],
};
/** The Summary's notes line: everything above it is the add-on's, everything below the team's. */
export const SUMMARY_MARKER = [
  '✎ Your notes go below this line: they are kept when the summary is refreshed. Everything above it is rewritten.',
  '✎ Vos notes vont sous cette ligne : elles sont conservées quand la synthèse est mise à jour. Tout ce qui est au-dessus est réécrit.',
];

export const PHASES = {
  welcome: { en: 'Welcome', fr: 'Bienvenue' },
  activation: { en: 'Activation', fr: 'Activation' },
  relationship: { en: 'Relationship', fr: 'Relationnel' },
  upsell: { en: 'Upsell', fr: 'Upsell' },
};
export const TRIGGER_TYPES = {
  behaviour: { en: 'Behaviour', fr: 'Comportement' },
  event: { en: 'Event', fr: 'Événement' },
};
export const STATUS_IDEA = { en: 'Idea', fr: 'Idée' };
export const DAY_PREFIX = { en: 'D+', fr: 'J+' };

/** How the add-on compares labels (its README): case, spaces, a trailing colon and the kind of apostrophe do not matter. */
export function labelKey(text: unknown): string {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/\s*:$/, '')
    .toLowerCase();
}

const keySets = new WeakMap<readonly string[], Set<string>>();

/** Whether a cell holds one of these labels (the label lists are constants: their keys are computed once). */
export function isLabel(cell: unknown, spellings: readonly string[]): boolean {
  // Labels are short (the Summary's notes line is the longest): a long note is not one, and is not worth normalising.
  if (typeof cell !== 'string' || cell === '' || cell.length > 160) return false;
  let keys = keySets.get(spellings);
  if (!keys) keySets.set(spellings, (keys = new Set(spellings.map(labelKey))));
  return keys.has(labelKey(cell));
}
