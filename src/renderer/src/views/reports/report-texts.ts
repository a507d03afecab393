// The Reports screen's texts, from the shared catalogue's "reports" domain in the app's language.
// TEMPORARY bridge until the renderer reads the shared catalogue through i18next (then: useTranslation()).
import { useAppEnv } from '../../state/app-context';
import { reports as en } from '../../../../shared/i18n/en/reports';
import { reports as fr } from '../../../../shared/i18n/fr/reports';

type Screen = typeof fr.screen;

export type ReportText = (key: keyof Screen, params?: Record<string, string | number>) => string;

export function useReportTexts(): { rt: ReportText; catalogue: typeof fr } {
  const { lang } = useAppEnv();
  const catalogue = lang === 'en' ? (en as typeof fr) : fr;
  const rt: ReportText = (key, params) =>
    catalogue.screen[key].replace(/\{\{\s*(\w+)\s*\}\}/g, (w, n: string) =>
      params?.[n] === undefined ? w : String(params[n]),
    );
  return { rt, catalogue };
}
