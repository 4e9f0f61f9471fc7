/** The KPI tab's words: its help line, the notes on its headers and the method's five indicators. */
import { Bilingual } from '../language';
import { Direction } from '../vocabulary';

type B = Bilingual<string>;

export interface Indicator {
  name: B;
  definition: B;
  unit: B;
  betterWhen: Direction;
}

export const KPI_TEXT = {
  help: {
    en: 'Review these indicators with the team every month: type each month’s figure under its month. Trend draws the months; Latest vs target compares the last month with a figure to the target, higher or lower as Better when says.',
    fr: 'Passez ces indicateurs en revue avec l’équipe chaque mois : saisissez le chiffre de chaque mois sous son mois. Tendance trace les mois ; Dernier vs cible compare le dernier mois renseigné à la cible, plus haut ou plus bas selon Mieux si.',
  },
  betterWhenNote: {
    en: 'Higher: the indicator is on target at or above its target. Lower: at or below it (a journey’s duration, for instance).',
    fr: 'Plus haut : l’indicateur est dans la cible à sa cible ou au-dessus. Plus bas : à sa cible ou en dessous (la durée d’un parcours, par exemple).',
  },
  betterWhenHelp: { en: 'Higher or Lower.', fr: 'Plus haut ou Plus bas.' },
  targetNote: {
    en: 'The figure to reach, in the indicator’s unit (a percentage as 80%).',
    fr: 'Le chiffre à atteindre, dans l’unité de l’indicateur (un pourcentage sous la forme 80 %).',
  },
  monthNote: {
    en: 'One column per month, from the month the tab was created. Add the team’s own indicators in the rows below.',
    fr: 'Une colonne par mois, à partir du mois de création de l’onglet. Ajoutez les indicateurs de l’équipe dans les lignes du dessous.',
  },
  indicators: [
    {
      name: { en: 'Channel-switching frequency', fr: 'Fréquence de changement de canal' },
      definition: {
        en: 'Average number of times a customer moves from one channel to another during one journey (website, app, store…).',
        fr: 'Nombre moyen de passages d’un canal à un autre par client au cours d’un parcours (site, application, magasin…).',
      },
      unit: { en: 'switches per customer', fr: 'changements par client' },
      betterWhen: 'higher',
    },
    {
      name: { en: 'Total journey duration', fr: 'Durée totale du parcours' },
      definition: {
        en: 'Average number of days from the first contact to the purchase (or to the end of the journey you map).',
        fr: 'Nombre moyen de jours entre le premier contact et l’achat (ou la fin du parcours cartographié).',
      },
      unit: { en: 'days', fr: 'jours' },
      betterWhen: 'lower',
    },
    {
      name: { en: 'Cross-channel conversion rate', fr: 'Taux de conversion cross-canal' },
      definition: {
        en: 'Share of journeys started on one channel that end in a purchase on another.',
        fr: 'Part des parcours commencés sur un canal qui se terminent par un achat sur un autre.',
      },
      unit: { en: '%', fr: '%' },
      betterWhen: 'higher',
    },
    {
      name: { en: 'Customer lifetime value across channels', fr: 'Valeur vie client tous canaux' },
      definition: {
        en: 'Average revenue per customer over the whole relationship, purchases on every channel added up.',
        fr: 'Chiffre d’affaires moyen par client sur toute la relation, achats de tous les canaux cumulés.',
      },
      unit: { en: 'currency', fr: 'devise' },
      betterWhen: 'higher',
    },
    {
      name: { en: 'Retention rate', fr: 'Taux de fidélisation' },
      definition: {
        en: 'Share of the customers at the start of the period who bought again during it (loyalty and retention).',
        fr: 'Part des clients du début de période qui ont racheté pendant la période (fidélité et rétention).',
      },
      unit: { en: '%', fr: '%' },
      betterWhen: 'higher',
    },
  ] satisfies Indicator[],
};
