/**
 * A scenario model: a complete marketing-automation scenario from the method, in every language, that a team
 * can add as it is and then adapt. The sources and targets several models share are named once here, so the
 * data-needs tab and the overview matrix group them under one spelling.
 */
import { Bilingual, Language } from '../language';
import { ScenarioInput } from '../scenario';
import { ALL_CONTACTS, CHANNEL_LABELS, ChannelKey, Phase, TriggerType } from '../vocabulary';

export interface ScenarioModel {
  /** Stable kebab-case key: 'welcome', 'abandoned-cart'… */
  id: string;
  /** The scenario's name, also the model's label where teams choose one. */
  name: Bilingual<string>;
  /** Preferably one of PROGRAMMES. */
  programme: Bilingual<string>;
  target: 'allContacts' | Bilingual<string>;
  phase: Phase;
  channel: ChannelKey;
  triggerType: TriggerType;
  trigger: Bilingual<string>;
  steps: { day: number; channel: ChannelKey; message: Bilingual<string> }[];
  dataNeeds: { variable: Bilingual<string>; source: Bilingual<string> }[];
}

/** The model as addScenario takes it, in a language: channel and target labels in that language. */
export function modelScenario(model: ScenarioModel, language: Language): ScenarioInput {
  return {
    name: model.name[language],
    programme: model.programme[language],
    target: (model.target === 'allContacts' ? ALL_CONTACTS : model.target)[language],
    // Phase and trigger type go as keys, as the sidebar sends them: validation reads keys and labels alike.
    phase: model.phase,
    channel: CHANNEL_LABELS[model.channel][language],
    triggerType: model.triggerType,
    trigger: model.trigger[language],
    steps: model.steps.map((step) => ({
      day: step.day,
      channel: CHANNEL_LABELS[step.channel][language],
      message: step.message[language],
    })),
    dataNeeds: model.dataNeeds.map((need) => ({ variable: need.variable[language], source: need.source[language] })),
  };
}

/** The method's PROGRAMMES by name, spelt exactly as there (a test holds it), so models read clearly. */
export const PROGRAMME = {
  conversion: { en: 'Conversion', fr: 'Conversion' },
  activation: { en: 'Activation', fr: 'Activation' },
  upsell: { en: 'Upsell', fr: 'Upsell' },
  customerSatisfaction: { en: 'Customer satisfaction', fr: 'Satisfaction client' },
} satisfies Record<string, Bilingual<string>>;

export const TARGET = {
  knownVisitors: { en: 'Identified visitors', fr: 'Visiteurs identifiés' },
  recentBuyers: { en: 'Recent buyers', fr: 'Acheteurs récents' },
  lapsedCustomers: { en: 'Lapsed customers', fr: 'Clients inactifs' },
  waitingForAnItem: { en: 'Contacts waiting for an item', fr: 'Contacts en attente d’un article' },
  appUsersSharingLocation: { en: 'App users sharing their location', fr: 'Utilisateurs géolocalisés de l’application' },
  loyaltyMembers: { en: 'Loyalty members', fr: 'Membres du programme de fidélité' },
} satisfies Record<string, Bilingual<string>>;

/** Where the data comes from; the first four are spelt as in the template's data-needs examples. */
export const SOURCE = {
  ecommerce: { en: 'E-commerce platform', fr: 'Plateforme e-commerce' },
  orders: { en: 'Order management system', fr: 'Système de gestion des commandes' },
  crm: { en: 'CRM', fr: 'CRM' },
  promotions: { en: 'Promotions tool', fr: 'Outil de promotions' },
  ordersAndTills: {
    en: 'Order management system and store tills',
    fr: 'Système de gestion des commandes et caisses des magasins',
  },
  webAnalytics: { en: 'Web analytics', fr: 'Outil d’analyse web' },
  stock: { en: 'Stock management system', fr: 'Système de gestion des stocks' },
  mobileApp: { en: 'Mobile app platform', fr: 'Plateforme de l’application mobile' },
  loyalty: { en: 'Loyalty programme', fr: 'Programme de fidélité' },
  catalogue: { en: 'Product catalogue', fr: 'Catalogue produits' },
  reviews: { en: 'Customer reviews tool', fr: 'Outil d’avis clients' },
  surveys: { en: 'Survey tool', fr: 'Outil d’enquête' },
} satisfies Record<string, Bilingual<string>>;
