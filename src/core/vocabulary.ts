/**
 * The method's words, in every language: tab names, table headers, legend labels and dropdown choices.
 * Features find tabs and tables by any spelling here, so a French template opened with an English locale
 * still works.
 */
import { Bilingual } from './language';

/** The method's four steps; the KPI tab, reviewed every month, follows them. */
export type MethodTabKey = 'journeyMap' | 'useCases' | 'scenarioMap' | 'dataNeeds';
export type TabKey = MethodTabKey | 'kpis';

export const TAB_NAMES: Record<TabKey, Bilingual<string>> = {
  journeyMap: { en: 'Journey map', fr: 'Parcours client' },
  useCases: { en: 'Use cases', fr: "Cas d'usage" },
  scenarioMap: { en: 'Scenario map', fr: 'Scénarios' },
  dataNeeds: { en: 'Data needs', fr: 'Besoins de données' },
  kpis: { en: 'KPIs', fr: 'Indicateurs' },
};

/** The order of the tabs, which is the order of the method's four steps. */
export const TAB_ORDER: readonly MethodTabKey[] = ['journeyMap', 'useCases', 'scenarioMap', 'dataNeeds'];

export type UseCaseColumn =
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

export const USE_CASE_HEADERS: Record<UseCaseColumn, Bilingual<string>> = {
  id: { en: 'ID', fr: 'ID' },
  useCase: { en: 'Use case', fr: "Cas d'usage" },
  touchpoint: { en: 'Touchpoint', fr: 'Point de contact' },
  category: { en: 'Category', fr: 'Catégorie' },
  objective: { en: 'Objective', fr: 'Objectif' },
  businessImpact: { en: 'Business impact', fr: 'Impact business' },
  customerImpact: { en: 'Customer experience impact', fr: 'Impact expérience client' },
  difficulty: { en: 'Difficulty', fr: 'Difficulté' },
  score: { en: 'Score', fr: 'Score' },
  rank: { en: 'Rank', fr: 'Rang' },
  quadrant: { en: 'Quadrant', fr: 'Quadrant' },
};

/** The three ratings a team gives each use case, from 1 to 5. */
export type RatingColumn = 'businessImpact' | 'customerImpact' | 'difficulty';
export const RATING_COLUMNS: readonly RatingColumn[] = ['businessImpact', 'customerImpact', 'difficulty'];
/** The columns the add-on computes (and owns) when it prioritises. */
export type ComputedColumn = 'score' | 'rank' | 'quadrant';
export const COMPUTED_COLUMNS: readonly ComputedColumn[] = ['score', 'rank', 'quadrant'];

export type ScenarioColumn =
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

export const SCENARIO_HEADERS: Record<ScenarioColumn, Bilingual<string>> = {
  id: { en: 'ID', fr: 'ID' },
  name: { en: 'Scenario', fr: 'Scénario' },
  useCase: { en: 'Use case', fr: "Cas d'usage" },
  programme: { en: 'Programme', fr: 'Programme' },
  target: { en: 'Target', fr: 'Cible' },
  phase: { en: 'Phase', fr: 'Phase' },
  channel: { en: 'Channel', fr: 'Canal' },
  triggerType: { en: 'Trigger type', fr: 'Type de déclencheur' },
  trigger: { en: 'Trigger', fr: 'Déclencheur' },
  sequence: { en: 'Message sequence', fr: 'Séquence de messages' },
  status: { en: 'Status', fr: 'Statut' },
};

export type DataNeedColumn = 'scenario' | 'description' | 'variable' | 'source' | 'available';

export const DATA_NEED_HEADERS: Record<DataNeedColumn, Bilingual<string>> = {
  scenario: { en: 'Scenario', fr: 'Scénario' },
  description: { en: 'Description', fr: 'Description' },
  variable: { en: 'Variable', fr: 'Variable' },
  source: { en: 'Source', fr: 'Source' },
  available: { en: 'Available', fr: 'Disponible' },
};

/** The template's channels (the journey map's rows), in the order the template lists them. */
export type ChannelKey =
  'website' | 'mobileApp' | 'email' | 'sms' | 'phone' | 'socialNetworks' | 'store' | 'customerService';
export const CHANNEL_LABELS = {
  website: { en: 'Website', fr: 'Site web' },
  mobileApp: { en: 'Mobile app', fr: 'Application mobile' },
  email: { en: 'Email', fr: 'Email' },
  sms: { en: 'SMS', fr: 'SMS' },
  phone: { en: 'Phone', fr: 'Téléphone' },
  socialNetworks: { en: 'Social networks', fr: 'Réseaux sociaux' },
  store: { en: 'Store', fr: 'Magasin' },
  customerService: { en: 'Customer service', fr: 'Service client' },
} satisfies Record<ChannelKey, Bilingual<string>>;
export const CHANNEL_KEYS = Object.keys(CHANNEL_LABELS) as ChannelKey[];

/** The template's stages (the journey map's columns), in the first person and in the journey's order. */
export type StageKey =
  'discover' | 'research' | 'createAccount' | 'buy' | 'receive' | 'use' | 'askForHelp' | 'comeBack';
export const STAGE_LABELS = {
  discover: { en: 'I discover the brand', fr: 'Je découvre la marque' },
  research: { en: 'I look for information', fr: 'Je me renseigne' },
  createAccount: { en: 'I create an account', fr: 'Je me crée un compte' },
  buy: { en: 'I buy', fr: "J'achète" },
  receive: { en: 'I receive my order', fr: 'Je reçois ma commande' },
  use: { en: 'I use the product', fr: "J'utilise le produit" },
  askForHelp: { en: 'I ask for help', fr: "Je demande de l'aide" },
  comeBack: { en: 'I come back', fr: 'Je reviens' },
} satisfies Record<StageKey, Bilingual<string>>;
export const STAGE_KEYS = Object.keys(STAGE_LABELS) as StageKey[];

/** The journey map's stage lanes: rows under the matrix, one cell per stage, found by their labels. */
export type LaneKey = 'goal' | 'experience';
export const LANE_LABELS = {
  goal: { en: 'Customer goal', fr: 'Objectif du client' },
  experience: { en: 'Experience (1–5)', fr: 'Expérience (1–5)' },
} satisfies Record<LaneKey, Bilingual<string>>;

/**
 * What "Draw the experience curves" writes and finds again on a journey map: the charts' titles (each map's curve is
 * titled with its persona after the prefix) and the chart-data blocks' titles and header.
 */
export const CURVE_LABELS = {
  chartPrefix: { en: 'Experience curve — ', fr: 'Courbe d’expérience — ' },
  comparisonTitle: { en: 'Experience curves by persona', fr: 'Courbes d’expérience par persona' },
  dataTitle: {
    en: 'Experience curve data (written by Draw the experience curves)',
    fr: 'Données de la courbe d’expérience (écrites par Tracer les courbes d’expérience)',
  },
  comparisonDataTitle: {
    en: 'Experience curves by persona: data (written by Draw the experience curves)',
    fr: 'Courbes d’expérience par persona : données (écrites par Tracer les courbes d’expérience)',
  },
  stage: { en: 'Stage', fr: 'Étape' },
  axis: { en: 'Experience (1 painful – 5 delightful)', fr: 'Expérience (1 pénible – 5 enchanteur)' },
} satisfies Record<string, Bilingual<string>>;

/** A persona journey map's block above its legend: the persona's name and a line to describe them. */
export const PERSONA_LABELS = {
  persona: { en: 'Persona', fr: 'Persona' },
  description: { en: 'Description', fr: 'Description' },
} satisfies Record<string, Bilingual<string>>;

/** The journey map's anchor: the cell with the stages to its right and the channels below it. */
export const JOURNEY_ANCHOR: Bilingual<string> = { en: 'Channel', fr: 'Canal' };

export type ColourStatus = 'normal' | 'friction' | 'opportunity';
export const COLOUR_STATUSES: readonly ColourStatus[] = ['normal', 'friction', 'opportunity'];

export const LEGEND_LABELS: Record<ColourStatus, Bilingual<string>> = {
  normal: { en: 'Normal', fr: 'Normal' },
  friction: { en: 'Friction', fr: 'Friction' },
  opportunity: { en: 'Opportunity', fr: 'Opportunité' },
};

/** The legend's default fills: the light shades of Google Sheets' palette, readable under black text. */
export const LEGEND_DEFAULT_COLOURS: Record<ColourStatus, string> = {
  normal: '#ffe599',
  friction: '#f6b26b',
  opportunity: '#93c47d',
};

/**
 * The use-case categories for a touchpoint's status: a friction becomes one to fix, an opportunity one to develop.
 * Written into the Category column by the actions that turn touchpoints and ideas into use cases.
 */
export const USE_CASE_CATEGORY_LABELS = {
  friction: { en: 'Friction to fix', fr: 'Friction à corriger' },
  opportunity: { en: 'Omnichannel opportunity', fr: 'Opportunité omnicanale' },
} satisfies Record<Exclude<ColourStatus, 'normal'>, Bilingual<string>>;

export type Phase = 'welcome' | 'activation' | 'relationship' | 'upsell';
export const PHASES: readonly Phase[] = ['welcome', 'activation', 'relationship', 'upsell'];
export const PHASE_LABELS: Record<Phase, Bilingual<string>> = {
  welcome: { en: 'Welcome', fr: 'Bienvenue' },
  activation: { en: 'Activation', fr: 'Activation' },
  relationship: { en: 'Relationship', fr: 'Relationnel' },
  upsell: { en: 'Upsell', fr: 'Upsell' },
};

export type TriggerType = 'behaviour' | 'event';
export const TRIGGER_TYPES: readonly TriggerType[] = ['behaviour', 'event'];
export const TRIGGER_TYPE_LABELS: Record<TriggerType, Bilingual<string>> = {
  behaviour: { en: 'Behaviour', fr: 'Comportement' },
  event: { en: 'Event', fr: 'Événement' },
};

export type ScenarioStatus = 'idea' | 'specified' | 'live';
export const SCENARIO_STATUS_LABELS: Record<ScenarioStatus, Bilingual<string>> = {
  idea: { en: 'Idea', fr: 'Idée' },
  specified: { en: 'Specified', fr: 'Spécifié' },
  live: { en: 'Live', fr: 'Déployé' },
};

/** The method's programmes; teams may add their own. */
export const PROGRAMMES: readonly Bilingual<string>[] = [
  { en: 'Conversion', fr: 'Conversion' },
  { en: 'Activation', fr: 'Activation' },
  { en: 'Upsell', fr: 'Upsell' },
  { en: 'Customer satisfaction', fr: 'Satisfaction client' },
];

export const ALL_CONTACTS: Bilingual<string> = { en: 'All contacts', fr: 'Tous les contacts' };

export type Availability = 'yes' | 'no' | 'partial';
export const AVAILABILITY_LABELS: Record<Availability, Bilingual<string>> = {
  yes: { en: 'Yes', fr: 'Oui' },
  no: { en: 'No', fr: 'Non' },
  partial: { en: 'Partial', fr: 'Partiel' },
};

/** The use-case tab's settings area: the weights of the priority rule, editable by the team. */
export const WEIGHTS_LABELS = {
  title: { en: 'Priority weights', fr: 'Pondérations de la priorité' },
  business: { en: 'Weight of business impact (wB)', fr: 'Poids de l’impact business (wB)' },
  customer: { en: 'Weight of customer experience impact (wC)', fr: 'Poids de l’impact expérience client (wC)' },
} satisfies Record<string, Bilingual<string>>;

export const DAY_PREFIX: Bilingual<string> = { en: 'D+', fr: 'J+' };

export const QUADRANT_LABELS: Record<'quickWin' | 'majorProject' | 'fillIn' | 'moneyPit', Bilingual<string>> = {
  quickWin: { en: 'Quick win', fr: 'Gain rapide' },
  majorProject: { en: 'Major project', fr: 'Projet majeur' },
  fillIn: { en: 'Fill-in', fr: 'Bonus' },
  moneyPit: { en: 'Money pit', fr: 'À éviter' },
};

/** The settings area's second part: the data the priority matrix chart plots, written by each run. */
export const PRIORITY_MATRIX_LABELS = {
  chartTitle: { en: 'Priority matrix', fr: 'Matrice de priorité' },
  dataTitle: {
    en: 'Priority matrix data (written by Prioritise use cases)',
    fr: 'Données de la matrice de priorité (écrites par Prioriser les cas d’usage)',
  },
  point: { en: 'Use case', fr: "Cas d'usage" },
  difficulty: { en: 'Difficulty (1 easy – 5 hard)', fr: 'Difficulté (1 facile – 5 difficile)' },
  value: { en: 'Value (1 low – 5 high)', fr: 'Valeur (1 faible – 5 forte)' },
} satisfies Record<string, Bilingual<string>>;

/** The add-on's own first tab: the method's chain at a glance (not a step of the method, so not a TabKey). */
export const SUMMARY_TAB_NAME: Bilingual<string> = { en: 'Summary', fr: 'Synthèse' };

/** The KPI tab's columns before the months, and the two after them. */
export type KpiColumn = 'indicator' | 'definition' | 'unit' | 'betterWhen' | 'target' | 'owner' | 'trend' | 'latest';
export const KPI_HEADERS = {
  indicator: { en: 'Indicator', fr: 'Indicateur' },
  definition: { en: 'Definition', fr: 'Définition' },
  unit: { en: 'Unit', fr: 'Unité' },
  betterWhen: { en: 'Better when', fr: 'Mieux si' },
  target: { en: 'Target', fr: 'Cible' },
  owner: { en: 'Owner', fr: 'Responsable' },
  trend: { en: 'Trend', fr: 'Tendance' },
  latest: { en: 'Latest vs target', fr: 'Dernier vs cible' },
} satisfies Record<KpiColumn, Bilingual<string>>;

/** Whether an indicator is better higher or lower: the Better when dropdown, which the comparison follows. */
export type Direction = 'higher' | 'lower';
export const DIRECTION_LABELS = {
  higher: { en: 'Higher', fr: 'Plus haut' },
  lower: { en: 'Lower', fr: 'Plus bas' },
} satisfies Record<Direction, Bilingual<string>>;

/** What Latest vs target shows. */
export const KPI_STATUS_LABELS = {
  onTarget: { en: 'On target', fr: 'Dans la cible' },
  belowTarget: { en: 'Below target', fr: 'Sous la cible' },
} satisfies Record<'onTarget' | 'belowTarget', Bilingual<string>>;
