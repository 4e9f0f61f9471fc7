/** The data-needs tab's words: its help line, the dropdowns' help and the worked scenario's data needs. */
import { Bilingual } from '../language';
import { Availability } from '../vocabulary';

type B = Bilingual<string>;

export const DATA_NEEDS_TEXT = {
  help: {
    en: 'For each scenario, the variables it needs and where they come from (databases, tools).',
    fr: 'Pour chaque scénario, les variables nécessaires et leur source (bases de données, outils).',
  },
  scenarioHelp: { en: 'A scenario name from the scenario map.', fr: 'Un nom de scénario de la carte des scénarios.' },
  availableHelp: { en: 'Yes, No or Partial.', fr: 'Oui, Non ou Partiel.' },
  examples: [
    {
      description: { en: 'Show the products left in the cart', fr: 'Montrer les produits restés dans le panier' },
      variable: { en: 'Cart contents (products, prices, images)', fr: 'Contenu du panier (produits, prix, images)' },
      source: { en: 'E-commerce platform', fr: 'Plateforme e-commerce' },
      available: 'yes',
    },
    {
      description: { en: 'Skip people who ordered in the meantime', fr: 'Exclure ceux qui ont commandé entre-temps' },
      variable: { en: 'Orders of the last 5 days', fr: 'Commandes des 5 derniers jours' },
      source: { en: 'Order management system', fr: 'Système de gestion des commandes' },
      available: 'yes',
    },
    {
      description: { en: 'Email only those who agreed to it', fr: 'N’écrire qu’à ceux qui l’ont accepté' },
      variable: { en: 'Email opt-in', fr: 'Consentement email' },
      source: { en: 'CRM', fr: 'CRM' },
      available: 'partial',
    },
    {
      description: {
        en: 'A unique promo code for the second email',
        fr: 'Un code promo unique pour le deuxième email',
      },
      variable: { en: 'Promo code', fr: 'Code promo' },
      source: { en: 'Promotions tool', fr: 'Outil de promotions' },
      available: 'no',
    },
  ] satisfies { description: B; variable: B; source: B; available: Availability }[],
};
