/** The use-case tab's words: its help line, the notes on its headers and weights, and the worked use cases. */
import { Bilingual } from '../language';
import { ChannelKey, StageKey } from '../vocabulary';

interface UseCaseExample {
  id: string;
  touchpoint: { channel: ChannelKey; stage: StageKey } | null;
  useCase: Bilingual<string>;
  category: Bilingual<string>;
  objective: Bilingual<string>;
  b: number;
  c: number;
  d: number;
}

export const USE_CASE_TEXT = {
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
      touchpoint: { channel: 'website', stage: 'buy' },
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
      touchpoint: { channel: 'email', stage: 'buy' },
      useCase: { en: 'Abandoned-cart reminders by email', fr: 'Relances de panier abandonné par email' },
      category: { en: 'Conversion', fr: 'Conversion' },
      objective: { en: 'Recover lost sales', fr: 'Récupérer des ventes perdues' },
      b: 5,
      c: 3,
      d: 2,
    },
    {
      id: 'UC-03',
      touchpoint: { channel: 'phone', stage: 'askForHelp' },
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
      touchpoint: { channel: 'store', stage: 'buy' },
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
      touchpoint: null,
      useCase: { en: 'Birthday offer by SMS', fr: 'Offre d’anniversaire par SMS' },
      category: { en: 'Loyalty', fr: 'Fidélisation' },
      objective: { en: 'Bring customers back once a year', fr: 'Faire revenir les clients une fois par an' },
      b: 2,
      c: 3,
      d: 1,
    },
  ] satisfies UseCaseExample[],
};
