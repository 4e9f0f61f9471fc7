/**
 * Ideas for social networks and the store: where customers discover and where they often buy, so the two are
 * worth connecting (a product found on social networks, its reviews read online, bought in the store).
 */
import { Idea } from './idea';

export const SOCIAL_NETWORK_IDEAS = [
  {
    id: 'social-link-to-product',
    channel: 'socialNetworks',
    stage: 'discover',
    kind: 'opportunity',
    title: {
      en: 'Link each promoted product to the same item on the website',
      fr: 'Relier chaque produit mis en avant au même article sur le site',
    },
    detail: {
      en: 'A post or an ad leads straight to the product’s page, with its stock in nearby stores, rather than to the home page. Connects social networks with the website and the store.',
      fr: 'Une publication ou une publicité mène droit à la fiche du produit, avec son stock dans les magasins proches, plutôt qu’à la page d’accueil. Relie les réseaux sociaux au site et au magasin.',
    },
  },
  {
    id: 'social-offer-on-every-channel',
    channel: 'socialNetworks',
    stage: 'discover',
    kind: 'opportunity',
    title: {
      en: 'Exclusive offers for followers, usable on every channel',
      fr: 'Des offres réservées aux abonnés, valables sur tous les canaux',
    },
    detail: {
      en: 'A code revealed to followers works on the website, in the app and at the store’s till alike. Connects social networks with every channel where people buy.',
      fr: 'Un code révélé aux abonnés fonctionne aussi bien sur le site que dans l’application ou en caisse. Relie les réseaux sociaux à tous les canaux où l’on achète.',
    },
  },
  {
    id: 'social-store-events',
    channel: 'socialNetworks',
    stage: 'discover',
    kind: 'opportunity',
    title: {
      en: 'Promote in-store events to bring online followers to the shops',
      fr: 'Annoncer les événements en magasin pour y attirer les abonnés',
    },
    detail: {
      en: 'Launches, workshops and meetings in store are announced to the followers who live nearby, with a sign-up link. Connects social networks and the store.',
      fr: 'Lancements, ateliers et rencontres en magasin sont annoncés aux abonnés qui habitent à proximité, avec un lien d’inscription. Relie les réseaux sociaux et le magasin.',
    },
  },
  {
    id: 'social-retarget-visitors',
    channel: 'socialNetworks',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'Show website visitors ads for the products they viewed',
      fr: 'Recibler les visiteurs du site avec les produits qu’ils ont vus',
    },
    detail: {
      en: 'Visitors who left without buying see those products again in their feeds, and the ad brings them back to their cart. Connects the website and social networks, with the visitor’s consent to cookies.',
      fr: 'Le visiteur parti sans acheter retrouve ces produits dans son fil d’actualité, et la publicité le ramène à son panier. Relie le site et les réseaux sociaux, avec l’accord du visiteur pour les cookies.',
    },
  },
  {
    id: 'social-shoppable-posts',
    channel: 'socialNetworks',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Shoppable posts and lives: buy without leaving the platform',
      fr: 'Publications et lives achetables : acheter sans quitter la plateforme',
    },
    detail: {
      en: 'The customer buys from a post or a live stream, and the order still joins their account, earns loyalty points and can be returned in store. Connects social networks with the order system and the store.',
      fr: 'Le client achète depuis une publication ou un live, et la commande rejoint quand même son compte, rapporte des points de fidélité et peut être rendue en magasin. Relie les réseaux sociaux aux commandes et au magasin.',
    },
  },
  {
    id: 'social-offer-unknown-in-store',
    channel: 'socialNetworks',
    stage: 'buy',
    kind: 'friction',
    title: {
      en: 'An offer seen on social networks that the store knows nothing of',
      fr: 'Une offre vue sur les réseaux sociaux que le magasin ignore',
    },
    detail: {
      en: 'The customer shows the till an offer spotted on Instagram and is told it does not apply here. Look for promotions announced on one channel and unknown to the others.',
      fr: 'Le client montre en caisse une offre repérée sur Instagram et s’entend dire qu’elle ne vaut pas ici. Repérer les promotions annoncées sur un canal et inconnues des autres.',
    },
  },
] satisfies Idea[];

export const STORE_IDEAS = [
  {
    id: 'store-staff-see-online-data',
    channel: 'store',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Staff see the customer’s online cart, orders and wish list',
      fr: 'Le vendeur voit le panier, les commandes et les envies en ligne',
    },
    detail: {
      en: 'From a tablet, staff find the customer by their loyalty card or email address and finish the purchase begun online. Connects the store with the website and the app.',
      fr: 'Depuis une tablette, le vendeur retrouve le client par sa carte de fidélité ou son adresse email et conclut l’achat commencé en ligne. Relie le magasin au site et à l’application.',
    },
  },
  {
    id: 'store-collect-and-return',
    channel: 'store',
    stage: 'receive',
    kind: 'opportunity',
    title: {
      en: 'Collect and return online orders in any store',
      fr: 'Retirer et rendre en magasin les commandes passées en ligne',
    },
    detail: {
      en: 'The store hands over click & collect orders and takes back items bought on the website, refunded as if they had been bought there. Connects the website and the store, and brings online customers in.',
      fr: 'Le magasin remet les commandes en click & collect et reprend les articles achetés sur le site, remboursés comme s’ils y avaient été achetés. Relie le site et le magasin, et y fait venir les clients du web.',
    },
  },
  {
    id: 'store-digital-kiosk',
    channel: 'store',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'Digital kiosks that extend the range beyond the shelves',
      fr: 'Des bornes numériques qui prolongent l’offre au-delà des rayons',
    },
    detail: {
      en: 'A size or colour the store does not have is ordered at a kiosk, for home delivery or collection in store. Connects the store with the website’s full range.',
      fr: 'Une taille ou un coloris absent du magasin se commande sur une borne, livré à domicile ou à retirer sur place. Relie le magasin à toute l’offre du site.',
    },
  },
  {
    id: 'store-memorable-events',
    channel: 'store',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Memorable in-store events for the brand’s community',
      fr: 'Des événements mémorables en magasin pour la communauté de la marque',
    },
    detail: {
      en: 'Workshops, launches or private sales, announced by email and on social networks, booked online and followed by a thank-you message. Connects the store with email and social networks.',
      fr: 'Ateliers, lancements ou ventes privées, annoncés par email et sur les réseaux sociaux, réservés en ligne et suivis d’un message de remerciement. Relie le magasin à l’email et aux réseaux sociaux.',
    },
  },
  {
    id: 'store-keeps-digital-promises',
    channel: 'store',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'The store keeps the promises the digital channels made',
      fr: 'Le magasin tient les promesses faites par les canaux numériques',
    },
    detail: {
      en: 'Prices, offers, stock and services announced on the website, in the app or on social networks hold true at the till. Connects every digital channel with the store.',
      fr: 'Prix, offres, stock et services annoncés sur le site, dans l’application ou sur les réseaux sociaux se vérifient en caisse. Relie chaque canal numérique au magasin.',
    },
  },
  {
    id: 'store-stock-mismatch',
    channel: 'store',
    stage: 'buy',
    kind: 'friction',
    title: {
      en: 'Stock shown online that is not on the shelf in store',
      fr: 'Un stock affiché en ligne qui n’est pas en rayon',
    },
    detail: {
      en: 'The website says the item is available in the store, and the customer comes and leaves empty-handed, or the other way round. Online and in-store stock should come from one source, kept up to date.',
      fr: 'Le site annonce l’article disponible en magasin, et le client se déplace pour repartir les mains vides, ou l’inverse. Le stock en ligne et en magasin devrait venir d’une seule source, tenue à jour.',
    },
  },
  {
    id: 'store-policies-differ',
    channel: 'store',
    stage: null,
    kind: 'friction',
    title: {
      en: 'Return and loyalty rules that differ from one channel to another',
      fr: 'Des règles de retour et de fidélité qui changent selon le canal',
    },
    detail: {
      en: 'An online purchase cannot be returned in store, or points earned on the website do not count at the till. Look for each rule the customer meets on two channels with two different answers.',
      fr: 'Un achat en ligne ne peut pas être rendu en magasin, ou les points gagnés sur le site ne comptent pas en caisse. Repérer chaque règle que le client rencontre sur deux canaux avec deux réponses différentes.',
    },
  },
] satisfies Idea[];
