// Under the title, on every screen: whose figures these are, and — while they are the built-in demo's — that they
// are not real, with the way to connect the real server. Demo figures look exactly like real ones otherwise,
// also after a switch to a real server that failed (the demo data then stays, with the sync's error).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppInfo } from '../hooks/use-data';
import { useNavigation } from '../state/navigation';

export function DataOriginBanner(): ReactNode {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const origin = useAppInfo().data?.data;
  if (!origin?.company) return null;
  if (!origin.demo) {
    return (
      <p className="company-line muted" data-testid="company-name">
        {origin.company}
      </p>
    );
  }
  return (
    <p className="notice demo" role="status" data-testid="demo-banner">
      <strong>{t('app.demoData')}</strong> — {origin.company} ·{' '}
      <button type="button" className="link" onClick={() => go('settings')}>
        {t('app.demoConnect')}
      </button>
    </p>
  );
}
