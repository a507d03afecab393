// The shell's desktop duties, wired to Electron: the tray (tray-model.ts), OS notifications (desktop-notices.ts),
// open at login (login-item.ts) and what closing the window does. Everything is read through the API the window
// uses (the reports overview, the sync state); the decisions live in those plain modules.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { app, Notification } from 'electron';
import type { CoreHost } from '../core-host';
import { readStoredSyncState } from '../api/sync-status-query';
import type { ReportsOverview } from '../../shared/contract/reports-schemas';
import { translate } from '../../shared/i18n';
import { todayIn } from '../../shared/time';
import { createAppTray, type AppTray } from './app-tray';
import { createNoticeWatcher, syncFailingAfterMsOf, type Notice, type NoticeScreen } from './desktop-notices';
import { startsHidden } from './login-item';
import type { LoginItemControl } from './login-item-control';
import { keepsRunningOnClose, nextReport, type TrayAction } from './tray-model';

const REFRESH_MS = 60_000;

interface ShellState {
  stillRunningSaid?: boolean;
  openAtLoginOffered?: boolean;
}

export interface DesktopDuties {
  /** true when closing the last window keeps the app running in the tray */
  keepRunningOnClose(): boolean;
  /** true when this launch starts hidden in the tray (open at login) */
  startHidden(): boolean;
  /** re-reads what the tray and the notices show */
  refresh(): Promise<void>;
  destroy(): void;
}

export function startDesktopDuties(opts: {
  core: CoreHost;
  iconPath: string;
  openWindow: () => void;
  /** brings the window forward on a screen (a notice's click) */
  openScreen: (screen: NoticeScreen) => void;
  syncNow: () => void;
  quit: () => void;
  loginItem: LoginItemControl;
}): DesktopDuties {
  const { core } = opts;
  const statePath = join(app.getPath('userData'), 'shell-state.json');
  const readState = (): ShellState => {
    try {
      return JSON.parse(readFileSync(statePath, 'utf8')) as ShellState;
    } catch {
      return {};
    }
  };
  const writeState = (patch: ShellState) => {
    mkdirSync(dirname(statePath), { recursive: true });
    writeFileSync(statePath, JSON.stringify({ ...readState(), ...patch }));
  };

  // Open at login (login-item-control.ts): null where it is not offered.
  const openAtLogin = () => opts.loginItem.get();
  const setOpenAtLogin = (on: boolean) => opts.loginItem.set(on);

  let overview: ReportsOverview | null = null;
  let syncFailingSince: number | null = null;
  const watcher = createNoticeWatcher({ startedAt: Date.now() });
  const notify = (n: Pick<Notice, 'title' | 'body'>, onClick: () => void) => {
    if (!Notification.isSupported()) return;
    const notification = new Notification({ title: n.title, body: n.body, icon: opts.iconPath });
    notification.on('click', onClick);
    notification.show();
  };
  const reportsScheduled = () => nextReport(overview?.jobs ?? null) !== null;

  const run = (action: TrayAction) => {
    if (action === 'open') opts.openWindow();
    if (action === 'syncNow') opts.syncNow();
    if (action === 'quit') opts.quit();
    if (action === 'toggleOpenAtLogin') {
      setOpenAtLogin(!openAtLogin());
      void refresh();
    }
    if (action === 'sendNextReport') {
      const next = nextReport(overview?.jobs ?? null);
      // "Send now" never marks a scheduled period as done; a failure shows as a delivery notice.
      if (next) void core.handlers['reports:send-now']({ kind: next.kind }).finally(() => void refresh());
    }
  };
  const tray: AppTray | null = createAppTray(opts.iconPath, run);

  async function refresh(): Promise<void> {
    const s = core.settings();
    const lang = s.ui.language;
    const res = await core.handlers['reports:get-overview'](undefined).catch(() => null);
    if (res?.ok) overview = res.data as ReportsOverview;
    const live = core.syncController.state();
    if (live.lastError === null) syncFailingSince = null;
    else syncFailingSince ??= Date.now();
    const stored = readStoredSyncState(core.store.db, todayIn(s.analytics.timeZone, Date.now()), lang);
    tray?.update({
      lang,
      timeZone: s.analytics.timeZone,
      running: live.running,
      lastSuccessAt: stored.lastSuccessAt,
      failed: live.lastError !== null,
      jobs: overview?.jobs ?? null,
      failedDeliveries: overview?.failedDeliveries ?? 0,
      openAtLogin: openAtLogin(),
    });
    const syncFailingAfterMs = syncFailingAfterMsOf(s.shell);
    for (const n of watcher.check({
      lang,
      now: Date.now(),
      overview,
      syncFailingSince,
      syncFailingAfterMs,
    })) {
      notify(n, () => opts.openScreen(n.screen));
    }
    // Offered once, when a schedule is on: this computer then has to be running for the reports to go out.
    if (reportsScheduled() && openAtLogin() === false && !readState().openAtLoginOffered) {
      writeState({ openAtLoginOffered: true });
      const t = (key: 'Title' | 'Body') => translate(lang, `shell.notices.offerOpenAtLogin${key}`);
      notify({ title: t('Title'), body: t('Body') }, () => {
        setOpenAtLogin(true);
        void refresh();
      });
    }
  }

  const timer = setInterval(() => void refresh().catch(() => undefined), REFRESH_MS);
  timer.unref();
  // The tray follows a sync's start and end, not each progress step.
  let shownRunning = false;
  const unsubscribe = core.events.subscribe((event) => {
    const running = core.syncController.state().running;
    if (event === 'sync:finished' || running !== shownRunning) {
      shownRunning = running;
      void refresh().catch(() => undefined);
    }
  });
  const offSettings = core.onSettingsChanged(() => void refresh().catch(() => undefined));

  return {
    keepRunningOnClose() {
      const keep = keepsRunningOnClose({
        hasTray: tray !== null,
        keepRunningInTray: core.settings().shell.keepRunningInTray,
        reportsScheduled: reportsScheduled(),
      });
      if (keep && !readState().stillRunningSaid) {
        writeState({ stillRunningSaid: true });
        const lang = core.settings().ui.language;
        notify(
          {
            title: translate(lang, 'shell.notices.stillRunningTitle'),
            body: translate(lang, 'shell.notices.stillRunningBody'),
          },
          opts.openWindow,
        );
      }
      return keep;
    },
    startHidden() {
      // Without a tray a hidden start would leave no way in.
      const atLoginOnMac = process.platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin;
      return tray !== null && startsHidden(process.argv, atLoginOnMac);
    },
    refresh,
    destroy() {
      clearInterval(timer);
      unsubscribe();
      offSettings();
      tray?.destroy();
    },
  };
}
