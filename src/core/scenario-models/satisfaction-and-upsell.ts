/** Models of the Customer satisfaction and Upsell programmes: looking after customers who have already bought. */
import { PROGRAMME, SOURCE, ScenarioModel, TARGET } from './model';

export const SATISFACTION_AND_UPSELL_MODELS = [
  {
    id: 'birthday',
    name: { en: 'Birthday', fr: 'Anniversaire' },
    programme: PROGRAMME.customerSatisfaction,
    target: 'allContacts',
    phase: 'relationship',
    channel: 'email',
    triggerType: 'event',
    trigger: { en: 'The contact’s birthday', fr: 'L’anniversaire du contact' },
    steps: [
      {
        day: 0,
        channel: 'email',
        message: {
          en: 'Birthday greetings with a gift to use online or in store',
          fr: 'Vœux d’anniversaire avec un cadeau à utiliser en ligne ou en magasin',
        },
      },
      {
        day: 7,
        channel: 'sms',
        message: {
          en: 'Reminder before the gift expires, with the address of the customer’s store',
          fr: 'Rappel avant l’expiration du cadeau, avec l’adresse du magasin du client',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'Date of birth', fr: 'Date de naissance' }, source: SOURCE.crm },
      {
        variable: { en: 'Preferred store or channel', fr: 'Magasin ou canal préféré' },
        source: SOURCE.crm,
      },
      { variable: { en: 'Gift code', fr: 'Code cadeau' }, source: SOURCE.promotions },
    ],
  },
  {
    id: 'post-purchase-follow-up',
    name: { en: 'Post-purchase follow-up', fr: 'Suivi après achat' },
    programme: PROGRAMME.customerSatisfaction,
    target: TARGET.recentBuyers,
    phase: 'relationship',
    channel: 'email',
    triggerType: 'behaviour',
    trigger: {
      en: 'Order delivered or collected, or purchase made in store',
      fr: 'Commande livrée ou retirée, ou achat fait en magasin',
    },
    steps: [
      {
        day: 2,
        channel: 'email',
        message: {
          en: 'Help getting started with the product bought: tips, a guide or a video',
          fr: 'Aide pour bien démarrer avec le produit acheté : conseils, guide ou vidéo',
        },
      },
      {
        day: 10,
        channel: 'email',
        message: {
          en: 'A request for a review and a satisfaction score (NPS)',
          fr: 'Une demande d’avis et d’une note de satisfaction (NPS)',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'Order lines', fr: 'Lignes de commande' }, source: SOURCE.ordersAndTills },
      { variable: { en: 'Delivery or collection date', fr: 'Date de livraison ou de retrait' }, source: SOURCE.orders },
      { variable: { en: 'Channel of purchase', fr: 'Canal d’achat' }, source: SOURCE.ordersAndTills },
      { variable: { en: 'Satisfaction answers', fr: 'Réponses de satisfaction' }, source: SOURCE.surveys },
    ],
  },
  {
    id: 'cross-sell-after-purchase',
    name: { en: 'Cross-sell after purchase', fr: 'Vente complémentaire après achat' },
    programme: PROGRAMME.upsell,
    target: TARGET.recentBuyers,
    phase: 'upsell',
    channel: 'email',
    triggerType: 'behaviour',
    trigger: {
      en: 'Buys a product that has known complements, online or in store',
      fr: 'Achète un produit qui a des compléments connus, en ligne ou en magasin',
    },
    steps: [
      {
        day: 7,
        channel: 'email',
        message: {
          en: 'Products that go with the purchase, available online and in the customer’s store',
          fr: 'Des produits qui complètent l’achat, disponibles en ligne et dans le magasin du client',
        },
      },
    ],
    dataNeeds: [
      { variable: { en: 'Order lines', fr: 'Lignes de commande' }, source: SOURCE.ordersAndTills },
      {
        variable: { en: 'Complementary products of each product', fr: 'Produits complémentaires de chaque produit' },
        source: SOURCE.catalogue,
      },
    ],
  },
  {
    id: 'loyalty-tier',
    name: { en: 'Loyalty tier reached', fr: 'Palier de fidélité atteint' },
    programme: PROGRAMME.upsell,
    target: TARGET.loyaltyMembers,
    phase: 'upsell',
    channel: 'email',
    triggerType: 'event',
    trigger: {
      en: 'The points balance reaches a new tier',
      fr: 'Le solde de points atteint un nouveau palier',
    },
    steps: [
      {
        day: 0,
        channel: 'email',
        message: {
          en: 'Congratulations, and the new tier’s benefits, valid online and in store',
          fr: 'Félicitations, et les avantages du nouveau palier, valables en ligne et en magasin',
        },
      },
      {
        day: 0,
        channel: 'mobileApp',
        message: {
          en: 'The new tier shown on the loyalty card in the app',
          fr: 'Le nouveau palier affiché sur la carte de fidélité dans l’application',
        },
      },
    ],
    dataNeeds: [
      {
        variable: { en: 'Points balance, one for every channel', fr: 'Solde de points, le même sur tous les canaux' },
        source: SOURCE.loyalty,
      },
      { variable: { en: 'Tier rules', fr: 'Règles des paliers' }, source: SOURCE.loyalty },
    ],
  },
] satisfies ScenarioModel[];
