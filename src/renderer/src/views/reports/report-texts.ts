// The Reports screen's texts: the shared catalogue's "reports" domain through i18next, plus the catalogue
// object itself for labels looked up by a value (report kind, delivery state, run outcome).
import { useTranslation } from 'react-i18next';
import { catalogues } from '../../../../shared/i18n/catalog';
import { useAppEnv } from '../../state/app-context';

type Screen = (typeof catalogues)['fr']['reports']['screen'];

export type ReportText = (key: keyof Screen, params?: Record<string, string | number>) => string;

export function useReportTexts(): { rt: ReportText; catalogue: (typeof catalogues)['fr']['reports'] } {
  const { t } = useTranslation();
  const { lang } = useAppEnv();
  const rt: ReportText = (key, params) => t(`reports.screen.${key}`, params ?? {});
  return { rt, catalogue: catalogues[lang].reports };
}
