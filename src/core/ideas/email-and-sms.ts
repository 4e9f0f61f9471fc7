/** Ideas for email and SMS: the channels the brand writes on first, where knowing the other channels pays most. */
import { Idea } from './idea';

export const EMAIL_IDEAS = [
  {
    id: 'email-cart-reminder',
    channel: 'email',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Remind customers of the items left in their cart',
      fr: 'Rappeler au client les articles laissés dans son panier',
    },
    detail: {
      en: 'An email shows the products left in the website or app cart, with a link that reopens the cart just as it was. Connects email with the website and the app.',
      fr: 'Un email montre les produits laissés dans le panier du site ou de l’application, avec un lien qui rouvre le panier tel quel. Relie l’email au site et à l’application.',
    },
  },
  {
    id: 'email-recommendations-from-all-purchases',
    channel: 'email',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Recommend from browsing and from purchases online and in store',
      fr: 'Recommander selon la navigation et les achats en ligne et en magasin',
    },
    detail: {
      en: 'The products an email puts forward come from the pages viewed and from what was bought on every channel, so nobody is offered what they already own. Connects email, the website and the store.',
      fr: 'Les produits mis en avant dans l’email viennent des pages consultées et des achats sur tous les canaux : personne ne se voit proposer ce qu’il possède déjà. Relie l’email, le site et le magasin.',
    },
  },
  {
    id: 'email-after-purchase-help',
    channel: 'email',
    stage: 'use',
    kind: 'opportunity',
    title: {
      en: 'After-purchase help tailored to what was bought',
      fr: 'Une aide après l’achat adaptée au produit acheté',
    },
    detail: {
      en: 'Whether the item was bought online or in store, a few days later the customer receives tips, a guide or a video for that very product. Connects the stores’ tills and the website’s orders with email.',
      fr: 'Que l’article ait été acheté en ligne ou en magasin, le client reçoit quelques jours plus tard des conseils, un guide ou une vidéo sur ce produit précis. Relie les caisses et les commandes du site à l’email.',
    },
  },
  {
    id: 'email-one-click-back',
    channel: 'email',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'One click back to the right page of the website or the app',
      fr: 'Un clic pour revenir à la bonne page du site ou de l’application',
    },
    detail: {
      en: 'Every link opens the very page the email talks about, in the app when it is installed, with the customer already signed in. Connects email with the website and the app.',
      fr: 'Chaque lien ouvre la page exacte dont parle l’email, dans l’application si elle est installée, avec le client déjà connecté. Relie l’email au site et à l’application.',
    },
  },
  {
    id: 'email-store-event-invitation',
    channel: 'email',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Invite customers to an event in their own store',
      fr: 'Inviter le client à un événement dans son magasin',
    },
    detail: {
      en: 'The customer’s usual store, known from the loyalty card or from click & collect orders, decides which invitation they receive. Connects email and the store.',
      fr: 'Le magasin habituel du client, connu par sa carte de fidélité ou ses retraits en click & collect, décide de l’invitation qu’il reçoit. Relie l’email et le magasin.',
    },
  },
  {
    id: 'email-generic-promotion',
    channel: 'email',
    stage: null,
    kind: 'friction',
    title: {
      en: 'Generic promotions that ignore where the customer stopped',
      fr: 'Des promotions génériques qui ignorent où le client s’est arrêté',
    },
    detail: {
      en: 'A customer who has just asked a store about a sofa receives the same discount email as everyone else. Look for emails that could use what the website, the store or customer service already know.',
      fr: 'Un client qui vient de se renseigner sur un canapé en magasin reçoit le même email de remise que tout le monde. Repérer les emails qui pourraient utiliser ce que savent déjà le site, le magasin ou le service client.',
    },
  },
] satisfies Idea[];

export const SMS_IDEAS = [
  {
    id: 'sms-back-in-stock',
    channel: 'sms',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'Back-in-stock alert by text, drawn from website browsing',
      fr: 'Alerte SMS de retour en stock, tirée de la navigation sur le site',
    },
    detail: {
      en: 'A customer who viewed or asked for an item that was out of stock gets a text when it is back, in their store or online. Connects the website’s browsing data, store stock and SMS.',
      fr: 'Le client qui a consulté ou demandé un article en rupture reçoit un SMS à son retour, dans son magasin ou en ligne. Relie la navigation sur le site, le stock des magasins et le SMS.',
    },
  },
  {
    id: 'sms-coupon-any-channel',
    channel: 'sms',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Mobile coupons that work online and in store alike',
      fr: 'Des coupons mobiles valables en ligne comme en magasin',
    },
    detail: {
      en: 'One code, shown at the till or typed at checkout, so the customer chooses where to use it. Connects SMS, the website and the store’s tills.',
      fr: 'Un seul code, présenté en caisse ou saisi lors du paiement en ligne : le client choisit où l’utiliser. Relie le SMS, le site et les caisses du magasin.',
    },
  },
  {
    id: 'sms-reorder-by-reply',
    channel: 'sms',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Let loyal customers reorder by replying to a text',
      fr: 'Permettre aux clients fidèles de commander en répondant à un SMS',
    },
    detail: {
      en: 'Regular customers reply to a text to order their usual product again or to have it set aside in store, with their payment details already on their account. Connects SMS with the order system and the store.',
      fr: 'Le client régulier répond à un SMS pour recommander son produit habituel ou le faire mettre de côté en magasin, avec ses moyens de paiement déjà enregistrés. Relie le SMS aux commandes et au magasin.',
    },
  },
  {
    id: 'sms-order-tracking',
    channel: 'sms',
    stage: 'receive',
    kind: 'opportunity',
    title: {
      en: 'Order confirmation, then delivery news with a tracking link',
      fr: 'Confirmation de commande, puis suivi de livraison avec un lien',
    },
    detail: {
      en: 'Whatever channel the order was placed on, a text confirms it, then says when the parcel leaves and when it is near, with a link to its tracking page on the website or in the app.',
      fr: 'Quel que soit le canal de la commande, un SMS la confirme, puis annonce le départ et l’arrivée du colis, avec un lien vers son suivi sur le site ou dans l’application.',
    },
  },
  {
    id: 'sms-ready-for-collection',
    channel: 'sms',
    stage: 'receive',
    kind: 'opportunity',
    title: {
      en: 'Tell customers when their click & collect order is ready',
      fr: 'Prévenir le client que sa commande est prête en magasin',
    },
    detail: {
      en: 'As soon as the store has prepared an online order, a text gives the opening hours and the desk to go to, with a link to change the day. Connects the website, the store and SMS.',
      fr: 'Dès que le magasin a préparé une commande passée en ligne, un SMS donne les horaires et le comptoir où la retirer, avec un lien pour changer de jour. Relie le site, le magasin et le SMS.',
    },
  },
  {
    id: 'sms-coupon-online-only',
    channel: 'sms',
    stage: 'buy',
    kind: 'friction',
    title: {
      en: 'A coupon sent by text that only works on the website',
      fr: 'Un coupon reçu par SMS qui ne fonctionne que sur le site',
    },
    detail: {
      en: 'The customer shows the text at the till and is told the code is for online orders only. Look for offers whose rules differ between the channel that sends them and the one where they are used.',
      fr: 'Le client présente le SMS en caisse et s’entend dire que le code ne vaut qu’en ligne. Repérer les offres dont les règles changent entre le canal qui les envoie et celui où on les utilise.',
    },
  },
] satisfies Idea[];
