/** The scenario map's words: its help line, the overview's labels, the dropdowns' help, the worked scenario. */

export const SCENARIO_MAP_TEXT = {
  help: {
    en: 'Who (target), when (phase), where (channel), how (programme, trigger, message sequence). Add scenarios with Omnichannel › Add a scenario…',
    fr: 'Qui (cible), quand (phase), où (canal), comment (programme, déclencheur, séquence de messages). Ajoutez des scénarios avec Omnicanal › Ajouter un scénario…',
  },
  overviewTitle: {
    en: 'Overview: scenarios by target and phase (updates by itself)',
    fr: 'Vue d’ensemble : scénarios par cible et par phase (se met à jour seule)',
  },
  overviewCorner: { en: 'Target ↓ / Phase →', fr: 'Cible ↓ / Phase →' },
  programmeHelp: {
    en: 'Conversion, Activation, Upsell, Customer satisfaction, or your own programme.',
    fr: 'Conversion, Activation, Upsell, Satisfaction client, ou votre propre programme.',
  },
  phaseHelp: {
    en: 'When: Welcome, Activation, Relationship or Upsell.',
    fr: 'Quand : Bienvenue, Activation, Relationnel ou Upsell.',
  },
  triggerTypeHelp: {
    en: 'Behaviour (something the customer does) or Event (a date, such as a birthday).',
    fr: 'Comportement (une action du client) ou Événement (une date, comme un anniversaire).',
  },
  useCaseHelp: {
    en: 'The ID of the use case this scenario serves, from the use-case table.',
    fr: 'L’ID du cas d’usage que ce scénario sert, dans le tableau des cas d’usage.',
  },
  statusHelp: { en: 'Idea, Specified or Live.', fr: 'Idée, Spécifié ou Déployé.' },
  example: {
    name: { en: 'Abandoned cart', fr: 'Panier abandonné' },
    channel: { en: 'Email', fr: 'Email' },
    trigger: {
      en: 'Leaves products in the cart without ordering',
      fr: 'Laisse des produits dans son panier sans commander',
    },
    steps: [
      {
        day: 1,
        channel: { en: 'Email', fr: 'Email' },
        message: { en: 'Reminder of the products left in the cart', fr: 'Rappel des produits restés dans le panier' },
      },
      {
        day: 5,
        channel: { en: 'Email', fr: 'Email' },
        message: { en: 'Second reminder with a promo code', fr: 'Deuxième relance avec un code promo' },
      },
    ],
  },
};
