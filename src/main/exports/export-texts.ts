// The export texts of a language: the catalogue's `exports` domain (src/shared/i18n/fr/exports.ts).
import type { Lang } from '../../shared/analytics-types';
import { catalogues, type Catalogue } from '../../shared/i18n';

export type ExportsTexts = Catalogue['exports'];

export function exportTexts(lang: Lang): ExportsTexts {
  return catalogues[lang].exports;
}
