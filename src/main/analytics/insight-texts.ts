// Words of the insights and weekday patterns, French first. Numbers are written with one decimal and a point, as
// in the design ("Mardi a systématiquement plus de retards (moy: 12.5 min)").
import type { Lang } from '../../shared/analytics-types';

export type InsightRule =
  | 'punctuality_low'
  | 'punctuality_excellent'
  | 'delay_high'
  | 'trend_improving'
  | 'trend_declining'
  | 'pattern_frequent_delays'
  | 'volume_low'
  | 'volume_high'
  | 'quality_excellent'
  | 'quality_low';

export interface InsightText {
  title: string;
  message: string;
  recommendation: string | null;
}

/** Values a rule's text may quote. */
export interface InsightValues {
  value: number;
  threshold: number;
  count?: number;
  days?: number;
}

const f1 = (n: number): string => n.toFixed(1);
const signed = (n: number): string => (n > 0 ? `+${f1(n)}` : f1(n));

type TextFn = (v: InsightValues) => InsightText;

const FR: Record<InsightRule, TextFn> = {
  punctuality_low: (v) => ({
    title: 'Taux de ponctualité faible',
    message: `Votre taux de ponctualité (${f1(v.value)}%) est en dessous du seuil recommandé de ${f1(v.threshold)}%.`,
    recommendation: 'Analysez les causes des retards récurrents : courses, chauffeurs et heures concernés.',
  }),
  punctuality_excellent: (v) => ({
    title: 'Excellente ponctualité',
    message: `Votre taux de ponctualité (${f1(v.value)}%) est excellent !`,
    recommendation: null,
  }),
  delay_high: (v) => ({
    title: 'Retard moyen élevé',
    message: `Le retard moyen est de ${f1(v.value)} minutes. Cela impacte la satisfaction client.`,
    recommendation:
      'Revoyez la planification : temps de trajet, marges entre les courses et nombre de chauffeurs.',
  }),
  trend_improving: (v) => ({
    title: 'Amélioration continue',
    message: `Votre score de qualité s'améliore (${signed(v.value)}% sur les ${v.days} derniers jours de données par rapport aux ${v.days} premiers).`,
    recommendation: 'Identifiez ce qui a changé pour le conserver.',
  }),
  trend_declining: (v) => ({
    title: 'Dégradation de la qualité',
    message: `Votre score de qualité diminue (${signed(v.value)}% sur les ${v.days} derniers jours de données par rapport aux ${v.days} premiers).`,
    recommendation: 'Examinez les opérations des derniers jours : retards, annulations et effectifs.',
  }),
  pattern_frequent_delays: (v) => ({
    title: 'Retards fréquents',
    message: `${v.count} jours sur ${v.days} ont un retard moyen de plus de ${f1(v.threshold)} min.`,
    recommendation: 'Analysez les patterns (jour de la semaine, heure, chauffeur) pour en trouver la cause.',
  }),
  volume_low: (v) => ({
    title: 'Volume faible',
    message: `Moyenne de ${f1(v.value)} courses/jour.`,
    recommendation: 'Opportunité de croissance : vous avez de la capacité pour davantage de courses.',
  }),
  volume_high: (v) => ({
    title: 'Volume élevé',
    message: `Moyenne de ${f1(v.value)} courses/jour. Excellent volume !`,
    recommendation: "Vérifiez que l'effectif de chauffeurs suit la demande aux heures de pointe.",
  }),
  quality_excellent: (v) => ({
    title: 'Score de qualité excellent',
    message: `Score global de ${f1(v.value)}/100. Excellent travail !`,
    recommendation: null,
  }),
  quality_low: (v) => ({
    title: 'Score de qualité faible',
    message: `Score global de ${f1(v.value)}/100, sous le seuil de ${f1(v.threshold)}.`,
    recommendation:
      "Plan d'amélioration nécessaire : commencez par la composante la plus faible du score (ponctualité, retards ou annulations).",
  }),
};

const EN: Record<InsightRule, TextFn> = {
  punctuality_low: (v) => ({
    title: 'Low punctuality',
    message: `Your on-time rate (${f1(v.value)}%) is below the recommended ${f1(v.threshold)}%.`,
    recommendation: 'Look into the causes of recurring delays: which trips, drivers and hours are involved.',
  }),
  punctuality_excellent: (v) => ({
    title: 'Excellent punctuality',
    message: `Your on-time rate (${f1(v.value)}%) is excellent!`,
    recommendation: null,
  }),
  delay_high: (v) => ({
    title: 'High average delay',
    message: `The average delay is ${f1(v.value)} minutes. This affects customer satisfaction.`,
    recommendation: 'Review the planning: travel times, slack between trips and the number of drivers.',
  }),
  trend_improving: (v) => ({
    title: 'Steady improvement',
    message: `Your quality score is improving (${signed(v.value)}% over the last ${v.days} days of data against the first ${v.days}).`,
    recommendation: 'Find out what changed so you can keep it.',
  }),
  trend_declining: (v) => ({
    title: 'Quality is declining',
    message: `Your quality score is falling (${signed(v.value)}% over the last ${v.days} days of data against the first ${v.days}).`,
    recommendation: 'Review the recent days’ operations: delays, cancellations and staffing.',
  }),
  pattern_frequent_delays: (v) => ({
    title: 'Frequent delays',
    message: `${v.count} days out of ${v.days} have an average delay over ${f1(v.threshold)} min.`,
    recommendation: 'Look for patterns (weekday, hour, driver) to find the cause.',
  }),
  volume_low: (v) => ({
    title: 'Low volume',
    message: `An average of ${f1(v.value)} trips per day.`,
    recommendation: 'Room to grow: you have capacity for more trips.',
  }),
  volume_high: (v) => ({
    title: 'High volume',
    message: `An average of ${f1(v.value)} trips per day. Excellent volume!`,
    recommendation: 'Check that driver staffing keeps up with demand at peak hours.',
  }),
  quality_excellent: (v) => ({
    title: 'Excellent quality score',
    message: `Overall score of ${f1(v.value)}/100. Excellent work!`,
    recommendation: null,
  }),
  quality_low: (v) => ({
    title: 'Low quality score',
    message: `Overall score of ${f1(v.value)}/100, below the ${f1(v.threshold)} threshold.`,
    recommendation:
      'An improvement plan is needed: start with the weakest part of the score (punctuality, delays or cancellations).',
  }),
};

export function insightText(rule: InsightRule, lang: Lang, values: InsightValues): InsightText {
  return (lang === 'en' ? EN : FR)[rule](values);
}

const WEEKDAYS: Record<Lang, readonly string[]> = {
  fr: ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

/** Capitalised weekday name, 0 = Monday. */
export function weekdayName(weekday: number, lang: Lang): string {
  return WEEKDAYS[lang === 'en' ? 'en' : 'fr'][weekday] ?? String(weekday);
}

export function highDelayDayText(weekday: number, avgDelay: number, lang: Lang) {
  const name = weekdayName(weekday, lang);
  return lang === 'en'
    ? {
        message: `${name} consistently has more delays (avg: ${f1(avgDelay)} min)`,
        recommendation: `Add buffer time or extra drivers on ${name}s`,
      }
    : {
        message: `${name} a systématiquement plus de retards (moy: ${f1(avgDelay)} min)`,
        recommendation: `Ajoutez du temps buffer ou des chauffeurs supplémentaires le ${name.toLowerCase()}`,
      };
}

export function busyDayText(weekday: number, avgBookings: number, lang: Lang) {
  const name = weekdayName(weekday, lang);
  return lang === 'en'
    ? {
        message: `${name} is the busiest day (avg: ${f1(avgBookings)} trips)`,
        recommendation: 'Make sure enough drivers are available',
      }
    : {
        message: `${name} est le jour le plus chargé (moy: ${f1(avgBookings)} courses)`,
        recommendation: "Assurez-vous d'avoir assez de chauffeurs disponibles",
      };
}

export function notEnoughDataText(lang: Lang): string {
  return lang === 'en'
    ? 'Not enough data to detect patterns'
    : 'Pas assez de données pour détecter des patterns';
}
