// Open at login through the contract's channels, applied to the recording electron stand-in (macOS, Windows:
// app.setLoginItemSettings) or to a real XDG autostart file in a temp config folder (Linux).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createLoginItemControl,
  loginItemHandlers,
  type LoginItemControlApp,
} from '../../src/main/electron/login-item-control';
import { createElectronStandIn } from './helpers/electron-stand-in';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function setUp(platform: NodeJS.Platform, isPackaged = true) {
  let openAtLogin = false;
  const electron = createElectronStandIn({
    'app.isPackaged': { value: isPackaged },
    'app.getLoginItemSettings': () => ({ openAtLogin }),
    'app.setLoginItemSettings': (s) => void (openAtLogin = (s as { openAtLogin: boolean }).openAtLogin),
  });
  const config = mkdtempSync(join(tmpdir(), 'da-login-item-'));
  dirs.push(config);
  const control = createLoginItemControl({
    app: electron.exports.app as LoginItemControlApp,
    platform,
    env: { XDG_CONFIG_HOME: config },
    home: config,
    execPath: '/opt/Dispatch Analytics/dispatch-analytics',
  });
  const handlers = loginItemHandlers(control, () => 'fr');
  return { electron, handlers, autostart: join(config, 'autostart', 'dispatch-analytics.desktop') };
}

describe('open at login through shell:get-login-item / shell:set-login-item', () => {
  it('Windows and macOS: app.setLoginItemSettings with openAtLogin and the hidden start', async () => {
    const { electron, handlers } = setUp('win32');
    expect(await handlers['shell:get-login-item'](undefined)).toEqual({
      ok: true,
      data: { openAtLogin: false },
    });
    expect(await handlers['shell:set-login-item']({ openAtLogin: true })).toEqual({
      ok: true,
      data: { openAtLogin: true },
    });
    expect(electron.callsTo('app.setLoginItemSettings')).toEqual([
      [{ openAtLogin: true, args: ['--hidden'] }],
    ]);
    await handlers['shell:set-login-item']({ openAtLogin: false });
    expect(electron.callsTo('app.setLoginItemSettings').at(-1)).toEqual([{ openAtLogin: false, args: [] }]);
  });

  it('Linux: writes the XDG autostart entry starting hidden, and removes it', async () => {
    const { handlers, autostart } = setUp('linux');
    expect(await handlers['shell:set-login-item']({ openAtLogin: true })).toEqual({
      ok: true,
      data: { openAtLogin: true },
    });
    expect(readFileSync(autostart, 'utf8')).toMatch(
      /^Exec="\/opt\/Dispatch Analytics\/dispatch-analytics" --hidden$/m,
    );
    expect(await handlers['shell:set-login-item']({ openAtLogin: false })).toEqual({
      ok: true,
      data: { openAtLogin: false },
    });
    expect(existsSync(autostart)).toBe(false);
  });

  it('unpackaged: "not available", nothing registered', async () => {
    const { electron, handlers, autostart } = setUp('linux', false);
    const res = await handlers['shell:set-login-item']({ openAtLogin: true });
    expect(res).toMatchObject({ ok: false, error: { code: 'not_available' } });
    expect(!res.ok && res.error.message).toMatch(/application de bureau/);
    expect(existsSync(autostart)).toBe(false);
    expect(electron.callsTo('app.setLoginItemSettings')).toEqual([]);
  });

  it('refuses a malformed input with a sentence', async () => {
    const { handlers } = setUp('win32');
    expect(await handlers['shell:set-login-item']({ openAtLogin: 'yes' })).toMatchObject({
      ok: false,
      error: { kind: 'validation' },
    });
  });
});
