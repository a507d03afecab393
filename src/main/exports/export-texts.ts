// The export texts of a language: the catalogue's `exports` domain (src/shared/i18n/fr/exports.ts) and the
// figures' names and column headers (src/shared/i18n/fr/figures.ts), for the columns the figures catalogue gives.
import type { Lang } from '../../shared/analytics-types';
import { catalogues, type Catalogue } from '../../shared/i18n';

export type ExportsTexts = Catalogue['exports'] & { figures: Catalogue['figures'] };

export function exportTexts(lang: Lang): ExportsTexts {
  return { ...catalogues[lang].exports, figures: catalogues[lang].figures };
}
