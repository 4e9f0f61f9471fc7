/** The words of the template tabs: help lines, the journey's stages and channels, and the worked examples. */
import { Bilingual } from './language';
import {
  Availability,
  CHANNEL_KEYS,
  CHANNEL_LABELS,
  ChannelKey,
  ColourStatus,
  STAGE_KEYS,
  STAGE_LABELS,
  StageKey,
} from './vocabulary';

type B = Bilingual<string>;

interface TouchpointExample {
  channel: ChannelKey;
  stage: StageKey;
  status: ColourStatus;
  text: B;
}

export const TEMPLATE_TEXT = {
  journeyMap: {
    help: {
      en: 'One column per stage of the journey, one row per channel. Colour each touchpoint as the legend says, then run Omnichannel › Validate colour codes.',
      fr: 'Une colonne par étape du parcours, une ligne par canal. Colorez chaque point de contact selon la légende, puis lancez Omnicanal › Valider les codes couleur.',
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
    stages: STAGE_KEYS.map((key) => STAGE_LABELS[key]),
    channels: CHANNEL_KEYS.map((key) => CHANNEL_LABELS[key]),
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
    ] as TouchpointExample[],
  },
  useCases: {
    help: {
      en: 'Turn each friction and opportunity into a use case. Rate business impact, customer experience impact and difficulty from 1 to 5, then run Omnichannel › Prioritise use cases.',
      fr: 'Transformez chaque friction et opportunité en cas d’usage. Notez l’impact business, l’impact expérience client et la difficulté de 1 à 5, puis lancez Omnicanal › Prioriser les cas d’usage.',
    },
    headerNotes: {
      businessImpact: {
        en: 'Business impact, from 1 to 5.\n1 = little effect on revenue or costs.\n5 = a major effect on revenue or costs.',
        fr: 'Impact business, de 1 à 5.\n1 = peu d’effet sur le chiffre d’affaires ou les coûts.\n5 = un effet majeur sur le chiffre d’affaires ou les coûts.',
      },
      customerImpact: {
        en: 'Impact on the customer experience, from 1 to 5.\n1 = customers will barely notice.\n5 = removes a major pain point or delights customers.',
        fr: 'Impact sur l’expérience client, de 1 à 5.\n1 = les clients le remarqueront à peine.\n5 = supprime une gêne majeure ou enchante les clients.',
      },
      difficulty: {
        en: 'Difficulty of implementation, from 1 to 5.\n1 = easy: days of work with the tools and data we have.\n5 = hard: months of work, new tools or data to collect.',
        fr: 'Difficulté de mise en œuvre, de 1 à 5.\n1 = facile : quelques jours avec les outils et données existants.\n5 = difficile : des mois, de nouveaux outils ou données à collecter.',
      },
      score: {
        en: 'Computed by Omnichannel › Prioritise use cases: from 4 (little value, hardest) to 100 (most value, easiest).',
        fr: 'Calculé par Omnicanal › Prioriser les cas d’usage : de 4 (peu de valeur, le plus difficile) à 100 (le plus de valeur, le plus facile).',
      },
      rank: { en: 'Computed: 1 = deploy first.', fr: 'Calculé : 1 = à déployer en premier.' },
      quadrant: {
        en: 'Computed: Quick win, Major project, Fill-in or Money pit.',
        fr: 'Calculé : Gain rapide, Projet majeur, Bonus ou À éviter.',
      },
    },
    scaleHelp: {
      en: 'A whole number from 1 (lowest) to 5 (highest).',
      fr: 'Un nombre de 1 (le plus bas) à 5 (le plus haut).',
    },
    weightHelp: { en: 'A weight from 0 to 10 (default 1).', fr: 'Un poids de 0 à 10 (1 par défaut).' },
    weightsNote: {
      en: 'Value = (wB × business impact + wC × customer experience impact) ÷ (wB + wC). Set wC to 2 to care twice as much about the customer experience, then prioritise again.',
      fr: 'Valeur = (wB × impact business + wC × impact expérience client) ÷ (wB + wC). Mettez wC à 2 pour compter deux fois plus l’expérience client, puis priorisez à nouveau.',
    },
    examples: [
      {
        id: 'UC-01',
        useCase: {
          en: 'Show free click & collect on product pages',
          fr: 'Afficher le click & collect gratuit sur les fiches produit',
        },
        category: { en: 'Conversion', fr: 'Conversion' },
        objective: {
          en: 'Turn online visits into store sales',
          fr: 'Transformer les visites en ligne en ventes en magasin',
        },
        b: 4,
        c: 4,
        d: 2,
      },
      {
        id: 'UC-02',
        useCase: { en: 'Abandoned-cart reminders by email', fr: 'Relances de panier abandonné par email' },
        category: { en: 'Conversion', fr: 'Conversion' },
        objective: { en: 'Recover lost sales', fr: 'Récupérer des ventes perdues' },
        b: 5,
        c: 3,
        d: 2,
      },
      {
        id: 'UC-03',
        useCase: {
          en: 'Customer service sees the online order history',
          fr: 'Le service client voit l’historique des commandes en ligne',
        },
        category: { en: 'Customer satisfaction', fr: 'Satisfaction client' },
        objective: { en: 'Stop making customers repeat themselves', fr: 'Ne plus faire répéter les clients' },
        b: 3,
        c: 5,
        d: 4,
      },
      {
        id: 'UC-04',
        useCase: {
          en: 'Store staff see the customer’s online cart',
          fr: 'Les vendeurs voient le panier en ligne du client',
        },
        category: { en: 'Omnichannel experience', fr: 'Expérience omnicanale' },
        objective: {
          en: 'Finish in store a purchase started online',
          fr: 'Finir en magasin un achat commencé en ligne',
        },
        b: 3,
        c: 4,
        d: 5,
      },
      {
        id: 'UC-05',
        useCase: { en: 'Birthday offer by SMS', fr: 'Offre d’anniversaire par SMS' },
        category: { en: 'Loyalty', fr: 'Fidélisation' },
        objective: { en: 'Bring customers back once a year', fr: 'Faire revenir les clients une fois par an' },
        b: 2,
        c: 3,
        d: 1,
      },
    ],
  },
  scenarioMap: {
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
  },
  dataNeeds: {
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
    ] as { description: B; variable: B; source: B; available: Availability }[],
  },
};
