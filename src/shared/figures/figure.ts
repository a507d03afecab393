// One figure, declared once: where its value is read, its unit and decimals, how its change against another
// period is expressed and whether that change is good news, its name in the message catalogue (domain
// "figures") and the anchor of its definition in docs/analytics.md. Every surface (KPI cards, e-mails, CLI,
// exports) formats a figure and its change through the functions below, so one rule holds everywhere.
import type { Lang } from '../analytics-types';
import {
  formatInteger,
  formatMinutes,
  formatNumber,
  formatPercent,
  formatSigned,
  formatSignedPercent,
} from '../format';
import { translate } from '../i18n';
import type { figures } from '../i18n/fr/figures';

/** count: a whole number; percent: a value in % (87.5); minutes; score: out of 100; number: any ratio. */
export type FigureUnit = 'count' | 'percent' | 'minutes' | 'score' | 'number';

/**
 * relative: in % of the previous value (volumes); points: the difference in points (rates, scores);
 * minutes: the difference in minutes (delays). docs/analytics.md#kpi-change
 */
export type ChangeRule = 'relative' | 'points' | 'minutes';

export type FigureLabel = keyof typeof figures;

export interface Figure<Source> {
  /** stable key: the e-mail's data-kpi, the card's test id */
  key: string;
  /** its texts in the catalogue: figures.<label>.name / .short / .column */
  label: FigureLabel;
  /** the value in a source row; null when the row cannot have one (shown "—", exported empty) */
  read: (source: Source) => number | null;
  unit: FigureUnit;
  /** decimals on screen (files keep 2, docs/analytics.md#rounding) */
  decimals: number;
  change: ChangeRule;
  higherIsBetter: boolean;
  /** anchor of its definition in docs/analytics.md */
  doc: string;
}

/** The value as a person reads it; "—" when there is none (a day without data). */
export function formatFigure(lang: Lang, f: Figure<never>, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (f.unit) {
    case 'count':
      return formatInteger(lang, value);
    case 'percent':
      return formatPercent(lang, value, f.decimals);
    case 'minutes':
      return formatMinutes(lang, value, f.decimals);
    case 'score':
    case 'number':
      return formatNumber(lang, value, f.decimals);
  }
}

export type ChangeTone = 'good' | 'bad' | 'flat';

export interface FigureChange {
  /** "+2,9 %", "−1,2 pts", "+0,5 min"; "—" when a relative change has nothing to compare with */
  text: string;
  tone: ChangeTone;
}

/** The change of a figure against another period, rounded to 1 decimal (docs/analytics.md#kpi-change). */
export function figureChange(lang: Lang, f: Figure<never>, current: number, previous: number): FigureChange {
  if (f.change === 'relative' && (previous === 0 || !Number.isFinite(previous)))
    return { text: '—', tone: 'flat' };
  const diff = f.change === 'relative' ? ((current - previous) * 100) / previous : current - previous;
  const rounded = Math.round(diff * 10) / 10 || 0;
  const tone: ChangeTone = rounded === 0 ? 'flat' : rounded > 0 === f.higherIsBetter ? 'good' : 'bad';
  const text =
    f.change === 'relative'
      ? formatSignedPercent(lang, rounded)
      : `${formatSigned(lang, rounded)}\u00a0${f.change === 'points' ? 'pts' : 'min'}`;
  return { text, tone };
}

/** The change as text, or "—" when there is no other period to compare with. */
export function figureChangeText(
  lang: Lang,
  f: Figure<never>,
  current: number | null,
  other: number | null,
  hasOther: boolean,
): string {
  if (!hasOther || current === null || other === null) return '—';
  return figureChange(lang, f, current, other).text;
}

export function figureName(lang: Lang, f: Figure<never>): string {
  return translate(lang, `figures.${f.label}.name`);
}

/** The name heading a table column on screen. */
export function figureShortName(lang: Lang, f: Figure<never>): string {
  return translate(lang, `figures.${f.label}.short`);
}

/** The header of an exported column (units in brackets; the reference server's names in English). */
export function figureColumnName(lang: Lang, f: Figure<never>): string {
  return translate(lang, `figures.${f.label}.column`);
}
