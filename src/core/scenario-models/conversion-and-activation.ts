/** Models of the Conversion and Activation programmes: turning interest into a first or a new purchase. */
import { PROGRAMME, SOURCE, ScenarioModel, TARGET } from './model';

export const CONVERSION_AND_ACTIVATION_MODELS = [
  {
    id: 'welcome',
    name: { en: 'Welcome', fr: 'Bienvenue' },
    programme: PROGRAMME.activation,
    target: 'allContacts',
    phase: 'welcome',
    channel: 'email',
    triggerType: 'behaviour',
    trigger: {
      en: 'Signs up (newsletter, account or loyalty card) or makes a first purchase, online or in store',
      fr: 'S’inscrit (newsletter, compte ou carte de fidélité) ou fait un premier achat, en ligne ou en magasin',
    },
    steps: [
      {
        day: 0,
        channel: 'email',
        message: {
          en: 'Welcome email: what the brand offers and how to reach it on every channel',
          fr: 'Email de bienvenue : ce que propose la marque et comment la joindre sur chaque canal',
        },
      },
      {
        day: 3,
        channel: 'email',
        message: {
          en: 'The brand’s best content, and a link to download the app',
          fr: 'Les meilleurs contenus de la marque, et un lien pour télécharger l’application',
        },
      },
      {
        day: 7,
        channel: 'email',
        message: {
          en: 'A first-order incentive, only for contacts who have not bought yet',
          fr: 'Une incitation à la première commande, seulement pour ceux qui n’ont pas encore acheté',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'Email opt-in', fr: 'Consentement email' }, source: SOURCE.crm },
      {
        variable: {
          en: 'Sign-up source (website, app, store)',
          fr: 'Origine de l’inscription (site, application, magasin)',
        },
        source: SOURCE.crm,
      },
      {
        variable: { en: 'First purchase, online or in store', fr: 'Premier achat, en ligne ou en magasin' },
        source: SOURCE.ordersAndTills,
      },
    ],
  },
  {
    id: 'abandoned-cart',
    name: { en: 'Abandoned cart', fr: 'Panier abandonné' },
    programme: PROGRAMME.conversion,
    target: TARGET.knownVisitors,
    phase: 'activation',
    channel: 'email',
    triggerType: 'behaviour',
    trigger: {
      en: 'Leaves products in the cart, on the website or in the app, without ordering',
      fr: 'Laisse des produits dans son panier, sur le site ou dans l’application, sans commander',
    },
    steps: [
      {
        day: 1,
        channel: 'email',
        message: {
          en: 'Reminder showing the cart’s products, with a link that reopens the cart',
          fr: 'Rappel des produits du panier, avec un lien qui rouvre le panier',
        },
      },
      {
        day: 5,
        channel: 'email',
        message: {
          en: 'Second reminder with a promo code, unless the customer has ordered since, in store included',
          fr: 'Deuxième relance avec un code promo, sauf si le client a commandé depuis, magasin compris',
        },
      },
    ],
    dataNeeds: [
      {
        variable: { en: 'Cart contents (products, prices, images)', fr: 'Contenu du panier (produits, prix, images)' },
        source: SOURCE.ecommerce,
      },
      {
        variable: { en: 'Orders placed since, on every channel', fr: 'Commandes passées depuis, sur tous les canaux' },
        source: SOURCE.ordersAndTills,
      },
      { variable: { en: 'Email opt-in', fr: 'Consentement email' }, source: SOURCE.crm },
      { variable: { en: 'Promo code', fr: 'Code promo' }, source: SOURCE.promotions },
    ],
  },
  {
    id: 'browse-abandonment',
    name: { en: 'Browse abandonment', fr: 'Abandon de navigation' },
    programme: PROGRAMME.conversion,
    target: TARGET.knownVisitors,
    phase: 'activation',
    channel: 'email',
    triggerType: 'behaviour',
    trigger: {
      en: 'Views the same product several times without buying it',
      fr: 'Consulte plusieurs fois le même produit sans l’acheter',
    },
    steps: [
      {
        day: 1,
        channel: 'email',
        message: {
          en: 'The product viewed, its customer reviews and its stock in the nearest store',
          fr: 'Le produit consulté, ses avis clients et son stock dans le magasin le plus proche',
        },
      },
    ],
    dataNeeds: [
      {
        variable: { en: 'Browsing history linked to the contact', fr: 'Historique de navigation relié au contact' },
        source: SOURCE.webAnalytics,
      },
      {
        variable: { en: 'Customer reviews of the product', fr: 'Avis clients sur le produit' },
        source: SOURCE.reviews,
      },
      { variable: { en: 'Stock by store', fr: 'Stock par magasin' }, source: SOURCE.stock },
      { variable: { en: 'Email opt-in', fr: 'Consentement email' }, source: SOURCE.crm },
    ],
  },
  {
    id: 'back-in-stock',
    name: { en: 'Back in stock', fr: 'Retour en stock' },
    programme: PROGRAMME.conversion,
    target: TARGET.waitingForAnItem,
    phase: 'relationship',
    channel: 'sms',
    triggerType: 'behaviour',
    trigger: {
      en: 'Asked to be told when an out-of-stock item returns, or viewed it while it was out',
      fr: 'A demandé à être prévenu du retour d’un article en rupture, ou l’a consulté pendant la rupture',
    },
    steps: [
      {
        day: 0,
        channel: 'sms',
        message: {
          en: 'The item is back in the chosen store: a link to reserve it there or to order it online',
          fr: 'L’article est de retour dans le magasin choisi : un lien pour le réserver ou le commander en ligne',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'Item awaited', fr: 'Article attendu' }, source: SOURCE.ecommerce },
      { variable: { en: 'Chosen store', fr: 'Magasin choisi' }, source: SOURCE.crm },
      { variable: { en: 'Stock levels by store', fr: 'Niveaux de stock par magasin' }, source: SOURCE.stock },
      { variable: { en: 'SMS opt-in', fr: 'Consentement SMS' }, source: SOURCE.crm },
    ],
  },
  {
    id: 'in-store-push',
    name: { en: 'In-store push', fr: 'Notification en magasin' },
    programme: PROGRAMME.conversion,
    target: TARGET.appUsersSharingLocation,
    phase: 'relationship',
    channel: 'mobileApp',
    triggerType: 'behaviour',
    trigger: { en: 'The app detects the customer in a store', fr: 'L’application détecte le client dans un magasin' },
    steps: [
      {
        day: 0,
        channel: 'mobileApp',
        message: {
          en: 'A personalised offer for this store, drawn from the customer’s purchases and wish list',
          fr: 'Une offre personnalisée pour ce magasin, tirée des achats et de la liste d’envies du client',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'App notification opt-in', fr: 'Consentement aux notifications' }, source: SOURCE.mobileApp },
      { variable: { en: 'Location consent', fr: 'Consentement à la géolocalisation' }, source: SOURCE.mobileApp },
      { variable: { en: 'Store visited', fr: 'Magasin visité' }, source: SOURCE.mobileApp },
      {
        variable: { en: 'Preferences and wish list', fr: 'Préférences et liste d’envies' },
        source: SOURCE.crm,
      },
    ],
  },
  {
    id: 'win-back',
    name: { en: 'Win-back', fr: 'Reconquête' },
    programme: PROGRAMME.activation,
    target: TARGET.lapsedCustomers,
    phase: 'relationship',
    channel: 'email',
    triggerType: 'behaviour',
    trigger: {
      en: 'Has bought nothing, online or in store, for six months (adjust to your buying cycle)',
      fr: 'N’a rien acheté, en ligne ni en magasin, depuis six mois (à adapter à votre cycle d’achat)',
    },
    steps: [
      {
        day: 0,
        channel: 'email',
        message: {
          en: 'We miss you: what is new, and recommendations drawn from past purchases',
          fr: 'Vous nous manquez : les nouveautés, et des recommandations tirées des achats passés',
        },
      },
      {
        day: 14,
        channel: 'email',
        message: {
          en: 'An offer valid online and in store, unless the customer has bought again since',
          fr: 'Une offre valable en ligne et en magasin, sauf si le client a racheté depuis',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'Date of last purchase', fr: 'Date du dernier achat' }, source: SOURCE.ordersAndTills },
      { variable: { en: 'Preferences', fr: 'Préférences' }, source: SOURCE.crm },
      {
        variable: { en: 'Purchase history over 12 months', fr: 'Historique d’achats sur 12 mois' },
        source: SOURCE.ordersAndTills,
      },
      { variable: { en: 'Offer code', fr: 'Code de l’offre' }, source: SOURCE.promotions },
    ],
  },
] satisfies ScenarioModel[];
