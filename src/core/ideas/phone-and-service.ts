/**
 * Ideas for the phone and customer service: the channels where a person answers, and where not knowing the rest
 * of the relationship is felt at once.
 */
import { Idea } from './idea';

export const PHONE_IDEAS = [
  {
    id: 'phone-caller-history',
    channel: 'phone',
    stage: 'askForHelp',
    kind: 'opportunity',
    title: {
      en: 'Recognise the caller and open their history before answering',
      fr: 'Reconnaître l’appelant et ouvrir son historique avant de décrocher',
    },
    detail: {
      en: 'The number identifies the customer, and the adviser sees their orders, store visits, emails received and last contacts as the call starts. Connects the phone with the CRM and every other channel.',
      fr: 'Le numéro identifie le client, et le conseiller voit dès le début de l’appel ses commandes, ses passages en magasin, les emails reçus et ses derniers contacts. Relie le téléphone au CRM et à tous les autres canaux.',
    },
  },
  {
    id: 'phone-outbound-offer',
    channel: 'phone',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Outbound calls with an offer fitted to the customer',
      fr: 'Des appels sortants avec une offre adaptée au client',
    },
    detail: {
      en: 'Customers are called when their history suggests a need, such as a contract about to end, with an offer built on what they bought online and in store.',
      fr: 'Le client est appelé quand son historique laisse deviner un besoin, comme un contrat qui arrive à échéance, avec une offre construite sur ses achats en ligne et en magasin.',
    },
  },
  {
    id: 'phone-call-back-from-website',
    channel: 'phone',
    stage: 'research',
    kind: 'opportunity',
    title: {
      en: 'A call back booked from the website or the app',
      fr: 'Un rappel réservé depuis le site ou l’application',
    },
    detail: {
      en: 'The customer picks a time on the product page; the adviser calls back with that page and the cart in front of them. Connects the website or the app with the phone.',
      fr: 'Le client choisit un créneau sur la fiche produit ; le conseiller le rappelle avec cette page et son panier sous les yeux. Relie le site ou l’application au téléphone.',
    },
  },
  {
    id: 'phone-order-for-collection',
    channel: 'phone',
    stage: 'buy',
    kind: 'opportunity',
    title: {
      en: 'Take an order by phone for collection in store',
      fr: 'Prendre une commande par téléphone, à retirer en magasin',
    },
    detail: {
      en: 'The adviser places the order in the same system as the website, so the customer gets the usual confirmation and collects the item in the store of their choice. Connects the phone, the website and the store.',
      fr: 'Le conseiller saisit la commande dans le même outil que le site : le client reçoit la confirmation habituelle et retire l’article dans le magasin de son choix. Relie le téléphone, le site et le magasin.',
    },
  },
  {
    id: 'phone-check-after-complaint',
    channel: 'phone',
    stage: 'comeBack',
    kind: 'opportunity',
    title: {
      en: 'Call back after a complaint to check it was put right',
      fr: 'Rappeler après une réclamation pour vérifier qu’elle est réglée',
    },
    detail: {
      en: 'A few days after a complaint made by email, chat or in store, an adviser calls to make sure the answer suited the customer. Connects customer service, the store and the phone.',
      fr: 'Quelques jours après une réclamation faite par email, par chat ou en magasin, un conseiller appelle pour s’assurer que la réponse a convenu au client. Relie le service client, le magasin et le téléphone.',
    },
  },
  {
    id: 'phone-repeat-order-number',
    channel: 'phone',
    stage: 'askForHelp',
    kind: 'friction',
    title: {
      en: 'Giving the order number and the whole story again on every call',
      fr: 'Redonner son numéro de commande et toute son histoire à chaque appel',
    },
    detail: {
      en: 'Each call starts from nothing because the adviser cannot see the order, the earlier calls or the emails exchanged. Look for every point where the customer is asked what the company already knows.',
      fr: 'Chaque appel repart de zéro, car le conseiller ne voit ni la commande, ni les appels précédents, ni les emails échangés. Repérer chaque endroit où l’on demande au client ce que l’entreprise sait déjà.',
    },
  },
] satisfies Idea[];

export const CUSTOMER_SERVICE_IDEAS = [
  {
    id: 'customer-service-journey-view',
    channel: 'customerService',
    stage: 'askForHelp',
    kind: 'opportunity',
    title: {
      en: 'A full view of each customer’s journey for the agents',
      fr: 'Une vue complète du parcours de chaque client pour les conseillers',
    },
    detail: {
      en: 'Agents see orders, visits, campaigns received and past contacts on one screen, whatever channel each came through. Connects customer service with the CRM, the website and the stores.',
      fr: 'Le conseiller voit sur un seul écran les commandes, les visites, les campagnes reçues et les contacts passés, quel que soit leur canal. Relie le service client au CRM, au site et aux magasins.',
    },
  },
  {
    id: 'customer-service-one-conversation',
    channel: 'customerService',
    stage: 'askForHelp',
    kind: 'opportunity',
    title: {
      en: 'One conversation history, so customers never repeat themselves',
      fr: 'Un seul fil des échanges, pour ne jamais faire répéter le client',
    },
    detail: {
      en: 'Chat, email, calls and messages on social networks go into one thread, so whoever answers next knows what has been said. Connects customer service with the phone, email and social networks.',
      fr: 'Chat, emails, appels et messages sur les réseaux sociaux rejoignent un même fil : la personne qui répond ensuite sait ce qui a été dit. Relie le service client au téléphone, à l’email et aux réseaux sociaux.',
    },
  },
  {
    id: 'customer-service-act-on-orders',
    channel: 'customerService',
    stage: 'askForHelp',
    kind: 'opportunity',
    title: {
      en: 'Agents who change orders, returns and accounts themselves',
      fr: 'Des conseillers qui modifient eux-mêmes commandes, retours et comptes',
    },
    detail: {
      en: 'In a single contact the agent cancels an item, books a return in store or corrects an address, instead of sending the customer to another channel. Connects customer service with the order system and the stores.',
      fr: 'En un seul contact, le conseiller annule un article, organise un retour en magasin ou corrige une adresse, au lieu de renvoyer le client vers un autre canal. Relie le service client aux commandes et aux magasins.',
    },
  },
  {
    id: 'customer-service-chat-to-call',
    channel: 'customerService',
    stage: 'askForHelp',
    kind: 'opportunity',
    title: {
      en: 'A chat that turns into a call when the question gets harder',
      fr: 'Un chat qui devient un appel quand la question se complique',
    },
    detail: {
      en: 'Agents are trained to guide customers from one channel to another, and the call opens with the chat’s transcript in front of them. Connects the website’s chat with the phone.',
      fr: 'Les conseillers sont formés à guider le client d’un canal à l’autre, et l’appel commence avec la transcription du chat sous les yeux. Relie le chat du site au téléphone.',
    },
  },
  {
    id: 'customer-service-warn-of-delay',
    channel: 'customerService',
    stage: 'receive',
    kind: 'opportunity',
    title: {
      en: 'Warn customers of a delay before they have to ask',
      fr: 'Prévenir le client d’un retard avant qu’il ait à le demander',
    },
    detail: {
      en: 'When an order runs late, customer service writes first, by email or text, with a new date and a gesture, rather than waiting for the call. Connects the order system, customer service, email and SMS.',
      fr: 'Quand une commande prend du retard, le service client écrit le premier, par email ou SMS, avec une nouvelle date et un geste, au lieu d’attendre l’appel. Relie les commandes, le service client, l’email et le SMS.',
    },
  },
  {
    id: 'customer-service-dead-end',
    channel: 'customerService',
    stage: 'askForHelp',
    kind: 'friction',
    title: {
      en: 'Dead ends that make the customer start all over again',
      fr: 'Des impasses qui obligent le client à tout recommencer',
    },
    detail: {
      en: 'A chatbot that can go no further, a form that ends without an answer, a transfer that drops the call: the customer must begin again somewhere else. Look for every exit with no way through to another channel.',
      fr: 'Un chatbot qui ne va pas plus loin, un formulaire resté sans réponse, un transfert qui coupe l’appel : le client doit tout reprendre ailleurs. Repérer chaque sortie sans passage vers un autre canal.',
    },
  },
  {
    id: 'customer-service-different-answers',
    channel: 'customerService',
    stage: 'askForHelp',
    kind: 'friction',
    title: {
      en: 'A different answer depending on the channel asked',
      fr: 'Une réponse différente selon le canal où l’on pose la question',
    },
    detail: {
      en: 'The chat, the phone and the store give three answers to the same question about a refund or a guarantee. Look for knowledge that each channel keeps to itself.',
      fr: 'Le chat, le téléphone et le magasin donnent trois réponses à la même question sur un remboursement ou une garantie. Repérer les connaissances que chaque canal garde pour lui.',
    },
  },
] satisfies Idea[];
