// i18next with the two bundled languages; French is the default and the fallback. No backend/loader: the texts
// ship inside the bundle (offline app, strict CSP).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../shared/analytics-types';
import { en } from './en';
import { fr } from './fr';

export function setupI18n(lang: Lang = 'fr'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { fr: { translation: fr }, en: { translation: en } },
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
