// Open at login, applied: reads and sets it the way login-item.ts decides (macOS, Windows:
// app.setLoginItemSettings; Linux: an XDG autostart file), and answers the contract's 'shell:get-login-item' /
// 'shell:set-login-item' channels with it. Only for an installed app: an unpackaged one would register the
// development Electron, so there the channels answer "not available" like `serve` does.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { App } from 'electron';
import { API_SCHEMAS } from '../../shared/api-contract';
import type { Lang } from '../../shared/analytics-types';
import type { ApiHandler } from '../api/create-api-handlers';
import { loginItemUnavailable } from '../api/login-item-unavailable';
import { validationError } from '../api/api-errors';
import { autostartEntry, autostartFile, electronLoginItemSettings, loginItemMechanism } from './login-item';

export interface LoginItemControl {
  /** null: not offered here (unpackaged, or a platform without a mechanism) */
  get(): boolean | null;
  set(on: boolean): void;
}

/** What the control uses of Electron's `app`. */
export type LoginItemControlApp = Pick<App, 'isPackaged' | 'getLoginItemSettings' | 'setLoginItemSettings'>;

export function createLoginItemControl(opts: {
  app: LoginItemControlApp;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  execPath: string;
}): LoginItemControl {
  const mechanism = opts.app.isPackaged ? loginItemMechanism(opts.platform) : null;
  const autostart = autostartFile(opts.env, opts.home, 'dispatch-analytics');
  return {
    get() {
      if (mechanism === 'electron') return opts.app.getLoginItemSettings().openAtLogin;
      if (mechanism === 'xdg-autostart') return existsSync(autostart);
      return null;
    },
    set(on) {
      if (mechanism === 'electron') opts.app.setLoginItemSettings(electronLoginItemSettings(on));
      if (mechanism !== 'xdg-autostart') return;
      if (!on) return rmSync(autostart, { force: true });
      mkdirSync(dirname(autostart), { recursive: true });
      writeFileSync(
        autostart,
        autostartEntry({
          execPath: opts.execPath,
          appImage: opts.env.APPIMAGE,
          productName: 'Dispatch Analytics',
        }),
      );
    },
  };
}

/** The two channels, answered from `control` (the Reports screen's checkbox). */
export function loginItemHandlers(
  control: LoginItemControl,
  lang: () => Lang,
): {
  'shell:get-login-item': ApiHandler<'shell:get-login-item'>;
  'shell:set-login-item': ApiHandler<'shell:set-login-item'>;
} {
  const answer = () => {
    const openAtLogin = control.get();
    return openAtLogin === null ? loginItemUnavailable(lang()) : { ok: true as const, data: { openAtLogin } };
  };
  return {
    'shell:get-login-item': () => Promise.resolve(answer()),
    'shell:set-login-item': (input) => {
      const parsed = API_SCHEMAS['shell:set-login-item'].input.safeParse(input);
      if (!parsed.success) {
        return Promise.resolve({
          ok: false,
          error: validationError('shell:set-login-item', parsed.error, lang()),
        });
      }
      if (control.get() !== null) control.set(parsed.data.openAtLogin);
      return Promise.resolve(answer());
    },
  };
}
