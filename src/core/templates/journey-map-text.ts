/** The journey map's words: its help line, the legend's notes, the worked touchpoints and stage lanes. */
import { Bilingual } from '../language';
import { ChannelKey, ColourStatus, StageKey } from '../vocabulary';

type B = Bilingual<string>;

interface TouchpointExample {
  channel: ChannelKey;
  stage: StageKey;
  status: ColourStatus;
  text: B;
}

export const JOURNEY_TEXT = {
  help: {
    en: 'One column per stage of the journey, one row per channel. Colour each touchpoint as the legend says, then run Omnichannel › Validate colour codes.',
    fr: 'Une colonne par étape du parcours, une ligne par canal. Colorez chaque point de contact selon la légende, puis lancez Omnicanal › Valider les codes couleur.',
  },
  personaHelp: {
    en: 'This persona’s journey: colour its touchpoints as the legend says, rate each stage’s experience from 1 to 5, then run Omnichannel › Draw the experience curves.',
    fr: 'Le parcours de ce persona : colorez ses points de contact selon la légende, notez l’expérience de chaque étape de 1 à 5, puis lancez Omnicanal › Tracer les courbes d’expérience.',
  },
  legend: { en: 'Legend', fr: 'Légende' },
  legendNotes: {
    normal: {
      en: 'Normal: the touchpoint works; nothing to do.',
      fr: 'Normal : le point de contact fonctionne, rien à faire.',
    },
    friction: { en: 'Friction: badly handled today; to fix.', fr: 'Friction : mal géré aujourd’hui, à corriger.' },
    opportunity: {
      en: 'Opportunity: could use what other channels know to build an omnichannel experience.',
      fr: 'Opportunité : pourrait utiliser ce que savent les autres canaux pour une expérience omnicanale.',
    },
  } satisfies Record<ColourStatus, B>,
  experienceNote: {
    en: 'How the stage feels to the customer, from 1 to 5.\n1 = painful.\n3 = neutral.\n5 = delightful.',
    fr: 'Ce que le client ressent à cette étape, de 1 à 5.\n1 = pénible.\n3 = neutre.\n5 = enchanteur.',
  },
  experienceHelp: {
    en: 'A whole number from 1 (painful) to 5 (delightful).',
    fr: 'Un nombre entier de 1 (pénible) à 5 (enchanteur).',
  },
  descriptionNote: {
    en: 'Who this persona is in a sentence or two: their goals, habits and frustrations, from real data.',
    fr: 'Qui est ce persona en une ou deux phrases : ses objectifs, ses habitudes, ses frustrations, d’après des données réelles.',
  },
  examples: [
    {
      channel: 'socialNetworks',
      stage: 'discover',
      status: 'normal',
      text: { en: 'Brand posts and ads', fr: 'Publications et publicités de la marque' },
    },
    {
      channel: 'website',
      stage: 'research',
      status: 'normal',
      text: { en: 'Product pages with customer reviews', fr: 'Fiches produit avec avis clients' },
    },
    {
      channel: 'mobileApp',
      stage: 'createAccount',
      status: 'friction',
      text: {
        en: 'An account created on the website is unknown to the app',
        fr: 'Un compte créé sur le site est inconnu de l’application',
      },
    },
    {
      channel: 'email',
      stage: 'createAccount',
      status: 'normal',
      text: { en: 'Welcome email', fr: 'Email de bienvenue' },
    },
    {
      channel: 'website',
      stage: 'buy',
      status: 'opportunity',
      text: {
        en: 'Show free click & collect on the product page',
        fr: 'Afficher le click & collect gratuit sur la fiche produit',
      },
    },
    {
      channel: 'email',
      stage: 'buy',
      status: 'opportunity',
      text: {
        en: 'Abandoned-cart reminder showing the cart’s products',
        fr: 'Relance de panier abandonné avec les produits du panier',
      },
    },
    {
      channel: 'store',
      stage: 'buy',
      status: 'friction',
      text: {
        en: 'Staff cannot see the customer’s online cart or orders',
        fr: 'Le vendeur ne voit ni le panier ni les commandes en ligne',
      },
    },
    {
      channel: 'sms',
      stage: 'receive',
      status: 'normal',
      text: { en: 'Delivery tracking SMS', fr: 'SMS de suivi de livraison' },
    },
    {
      channel: 'phone',
      stage: 'askForHelp',
      status: 'friction',
      text: {
        en: 'Customers must repeat their order number and history',
        fr: 'Le client doit redonner son numéro de commande et son historique',
      },
    },
    {
      channel: 'customerService',
      stage: 'comeBack',
      status: 'opportunity',
      text: {
        en: 'Call unhappy customers back with a personal offer',
        fr: 'Rappeler les clients mécontents avec une offre personnelle',
      },
    },
  ] satisfies TouchpointExample[],
  /** The template's stage lanes: what the customer wants at each stage, and how it feels today (1 to 5). */
  lanes: {
    discover: { goal: { en: 'Find a brand I can trust', fr: 'Trouver une marque de confiance' }, experience: 3 },
    research: {
      goal: { en: 'Compare products and read reviews', fr: 'Comparer les produits et lire les avis' },
      experience: 4,
    },
    createAccount: {
      goal: { en: 'Sign up once, on any device', fr: 'M’inscrire une fois, sur tous mes appareils' },
      experience: 2,
    },
    buy: { goal: { en: 'Buy quickly, where it suits me', fr: 'Acheter vite, là où ça m’arrange' }, experience: 3 },
    receive: { goal: { en: 'Know when my order arrives', fr: 'Savoir quand ma commande arrive' }, experience: 4 },
    use: { goal: { en: 'Get the most out of the product', fr: 'Bien profiter du produit' }, experience: 4 },
    askForHelp: {
      goal: { en: 'Get an answer without repeating myself', fr: 'Obtenir une réponse sans me répéter' },
      experience: 2,
    },
    comeBack: {
      goal: { en: 'Feel recognised as a loyal customer', fr: 'Me sentir reconnu comme client fidèle' },
      experience: 3,
    },
  } satisfies Record<StageKey, { goal: B; experience: number }>,
};
