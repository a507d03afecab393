// The four views as a tab list (arrow keys move between tabs, Enter/Space/click opens).
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigation, VIEW_PANEL_ID, VIEWS } from '../state/navigation';

export function NavTabs(): ReactNode {
  const { t } = useTranslation();
  const { view, go } = useNavigation();
  const onKey = (e: KeyboardEvent<HTMLButtonElement>, i: number): void => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = (i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length;
    go(VIEWS[next]!);
    (e.currentTarget.parentElement?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <nav className="tabs" role="tablist" aria-label={t('app.nav')}>
      {VIEWS.map((v, i) => (
        <button
          key={v}
          type="button"
          role="tab"
          id={`tab-${v}`}
          aria-selected={view === v}
          aria-controls={VIEW_PANEL_ID}
          tabIndex={view === v ? 0 : -1}
          onClick={() => go(v)}
          onKeyDown={(e) => onKey(e, i)}
          data-testid={`nav-${v}`}
        >
          {t(`app.views.${v}`)}
        </button>
      ))}
    </nav>
  );
}
