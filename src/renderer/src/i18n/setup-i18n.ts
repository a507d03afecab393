// i18next with the two bundled languages, fed from the shared catalogue (src/shared/i18n) that the CLI, the
// shell, errors and reports also use; French is the default and the fallback. No backend/loader: the texts ship
// inside the bundle (offline app, strict CSP).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../shared/analytics-types';
import { catalogues } from '../../../shared/i18n/catalog';

export function setupI18n(lang: Lang = 'fr'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } },
    lng: lang,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  document.documentElement.lang = lang;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
  });
  return i18next;
}
