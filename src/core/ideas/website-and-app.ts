/** Ideas for the website and the mobile app: the channels where customers are known by their account. */
import { Idea } from './idea';

export const WEBSITE_IDEAS = [
  {
    id: 'website-remember-cart',
    channel: 'website',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Keep the cart and viewed products from one visit to the next',
      fr: 'Garder le panier et les produits consultés d’une visite à l’autre',
    },
    detail: {
      en: 'The cart and the browsing history follow the customer’s account, so a visit begun yesterday or in the app carries on where it stopped. They also feed the cart and browsing reminders sent by email.',
      fr: 'Le panier et l’historique de navigation suivent le compte du client : une visite commencée la veille ou dans l’application reprend là où elle s’était arrêtée. Ils nourrissent aussi les relances de panier et de navigation par email.',
    },
  },
  {
    id: 'website-follow-on-from-campaign',
    channel: 'website',
    stage: 'discover',
    kind: 'opportunity',
    title: {
      en: 'Carry on the conversation begun by an email or a social post',
      fr: 'Prolonger la conversation ouverte par un email ou une publication',
    },
    detail: {
      en: 'Recognise visitors who arrive from a campaign email or a post on social networks and show them what follows on from it, not the generic home page. Connects email and social networks with the website.',
      fr: 'Reconnaître le visiteur qui arrive d’un email de campagne ou d’une publication sur les réseaux sociaux, et lui montrer la suite logique plutôt que la page d’accueil. Relie l’email et les réseaux sociaux au site.',
    },
  },
  {
    id: 'website-store-stock',
    channel: 'website',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'Show whether an item is in stock in the customer’s store',
      fr: 'Indiquer si l’article est en stock dans le magasin du client',
    },
    detail: {
      en: 'The product page gives the stock of a chosen store and, when the item is out, offers an email or a text as soon as it is back. Connects the website, the store and email or SMS.',
      fr: 'La fiche produit donne le stock du magasin choisi et, en cas de rupture, propose un email ou un SMS dès le retour de l’article. Relie le site, le magasin et l’email ou le SMS.',
    },
  },
  {
    id: 'website-click-and-collect',
    channel: 'website',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Offer free click & collect right on the product page',
      fr: 'Proposer le click & collect gratuit dès la fiche produit',
    },
    detail: {
      en: 'Customers in a hurry, or who would rather not pay for delivery, order online and collect from the store that holds the item. Connects the website with the store and brings online customers through its doors.',
      fr: 'Le client pressé, ou qui préfère éviter les frais de livraison, commande en ligne et retire l’article dans le magasin qui l’a en stock. Relie le site au magasin et y fait venir les clients du web.',
    },
  },
  {
    id: 'website-link-loyalty-card',
    channel: 'website',
    stage: 'createAccount',
    kind: 'opportunity',
    title: {
      en: 'Link the online account with the in-store loyalty card',
      fr: 'Rattacher le compte en ligne à la carte de fidélité du magasin',
    },
    detail: {
      en: 'On signing up, customers attach the loyalty card they already hold, so purchases and points from the website and the stores meet in one account.',
      fr: 'À l’inscription, le client rattache la carte de fidélité qu’il possède déjà : les achats et les points du site et des magasins se retrouvent dans un seul compte.',
    },
  },
  {
    id: 'website-hand-over',
    channel: 'website',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'Hand over to a store, the app or an adviser',
      fr: 'Passer le relais au magasin, à l’application ou à un conseiller',
    },
    detail: {
      en: 'A store locator, a link that opens the same page in the app and a call-back request on every product page let customers change channel without losing their way.',
      fr: 'Un localisateur de magasins, un lien qui ouvre la même page dans l’application et une demande de rappel sur chaque fiche produit permettent de changer de canal sans se perdre.',
    },
  },
  {
    id: 'website-past-searches',
    channel: 'website',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Recommend products that match the customer’s past searches',
      fr: 'Recommander des produits selon les recherches passées du client',
    },
    detail: {
      en: 'Returning visitors see suggestions drawn from what they searched for and bought, online and in store, rather than the best-sellers shown to everyone.',
      fr: 'Le visiteur qui revient voit des suggestions tirées de ses recherches et de ses achats, en ligne et en magasin, plutôt que les meilleures ventes montrées à tous.',
    },
  },
  {
    id: 'website-irrelevant-recommendations',
    channel: 'website',
    stage: 'research',
    kind: 'friction',
    title: {
      en: 'Recommendations unrelated to what the customer bought or viewed',
      fr: 'Des recommandations sans rapport avec les achats ou les consultations',
    },
    detail: {
      en: 'The site suggests a product the customer already bought in store, or one far from their tastes, because it only knows what they did online. Check every place that recommends: website, app and email.',
      fr: 'Le site propose un produit déjà acheté en magasin, ou éloigné des goûts du client, car il ne connaît que son comportement en ligne. À vérifier partout où l’on recommande : site, application, email.',
    },
  },
] satisfies Idea[];

export const MOBILE_APP_IDEAS = [
  {
    id: 'mobile-app-shared-account',
    channel: 'mobileApp',
    stage: 'createAccount',
    kind: 'opportunity',
    title: {
      en: 'One account with the website: wish lists and carts on every device',
      fr: 'Un seul compte avec le site : envies et panier sur tous les appareils',
    },
    detail: {
      en: 'The app signs in with the website account and shares its wish lists and cart, so a product saved on a computer is waiting on the phone. Connects the mobile app and the website.',
      fr: 'L’application utilise le compte du site et partage ses listes d’envies et son panier : un produit mis de côté sur l’ordinateur attend sur le téléphone. Relie l’application et le site.',
    },
  },
  {
    id: 'mobile-app-order-history',
    channel: 'mobileApp',
    stage: 'use',
    kind: 'opportunity',
    title: {
      en: 'Show every order, whether placed online, in the app or in store',
      fr: 'Montrer toutes les commandes, passées en ligne ou en magasin',
    },
    detail: {
      en: 'The order history gathers purchases from every channel, with receipts and guarantees, so the customer has one place to find them. Connects the app with the website and the stores’ tills.',
      fr: 'L’historique rassemble les achats de tous les canaux, avec tickets et garanties : le client les retrouve en un seul endroit. Relie l’application au site et aux caisses des magasins.',
    },
  },
  {
    id: 'mobile-app-store-map',
    channel: 'mobileApp',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Store map and stock check for the store the customer is in',
      fr: 'Plan et stock du magasin où se trouve le client',
    },
    detail: {
      en: 'In the store, the app shows which aisle holds a product and whether any are left, and offers to order it online when there are none. Connects the app, the store and the website.',
      fr: 'En magasin, l’application indique le rayon d’un produit et s’il en reste, et propose de le commander en ligne sinon. Relie l’application, le magasin et le site.',
    },
  },
  {
    id: 'mobile-app-barcode-scan',
    channel: 'mobileApp',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'Scan a barcode in store to read reviews and see other sizes',
      fr: 'Scanner un code-barres en rayon pour lire les avis et voir les tailles',
    },
    detail: {
      en: 'Scanning a label in the aisle opens the product’s page, with customer reviews and the colours or sizes available online. Connects the store’s shelves with the website’s full range.',
      fr: 'Scanner une étiquette en rayon ouvre la fiche du produit, avec les avis clients et les coloris ou tailles disponibles en ligne. Relie les rayons du magasin à toute l’offre du site.',
    },
  },
  {
    id: 'mobile-app-in-store-push',
    channel: 'mobileApp',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'A push with a personalised offer when the customer enters a store',
      fr: 'Une notification avec une offre personnalisée à l’entrée du magasin',
    },
    detail: {
      en: 'With consent to use their location, the app notices a store visit and sends an offer drawn from the customer’s purchases and wish list. Connects the app and the store.',
      fr: 'Si le client accepte la géolocalisation, l’application repère sa venue en magasin et lui envoie une offre tirée de ses achats et de sa liste d’envies. Relie l’application et le magasin.',
    },
  },
  {
    id: 'mobile-app-log-in-again',
    channel: 'mobileApp',
    stage: 'createAccount',
    kind: 'friction',
    title: {
      en: 'Logging in again at every change of device or channel',
      fr: 'Devoir se reconnecter à chaque changement d’appareil ou de canal',
    },
    detail: {
      en: 'The customer signs in on the website, again in the app, then gives their details once more in store, and each channel knows only its own part. Look for every point where they are asked who they are again.',
      fr: 'Le client se connecte sur le site, puis dans l’application, puis redonne ses coordonnées en magasin, et chaque canal n’en connaît qu’une partie. Repérer chaque endroit où on lui redemande qui il est.',
    },
  },
  {
    id: 'mobile-app-pointless-pushes',
    channel: 'mobileApp',
    stage: 'comeBack',
    kind: 'friction',
    title: {
      en: 'Notifications that bring nothing but generic promotions',
      fr: 'Des notifications qui n’apportent que des promotions génériques',
    },
    detail: {
      en: 'Too many pushes with no value for the person lead customers to switch notifications off or remove the app, which closes the channel for good. A push should use what the other channels know.',
      fr: 'Trop de notifications sans intérêt pour la personne poussent le client à les couper ou à supprimer l’application, ce qui ferme le canal pour de bon. Une notification devrait utiliser ce que savent les autres canaux.',
    },
  },
] satisfies Idea[];
