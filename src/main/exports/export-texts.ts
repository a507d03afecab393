// The export texts of a language, from the shared catalogue's `exports` domain.
import type { Lang } from '../../shared/analytics-types';
import { exportsEn } from '../../shared/i18n/en/exports';
import { exportsFr, type ExportsTexts } from '../../shared/i18n/fr/exports';

export function exportTexts(lang: Lang): ExportsTexts {
  return lang === 'en' ? exportsEn : exportsFr;
}
