// Open at login (src/main/electron/login-item.ts): off unless asked, started hidden, one mechanism per platform.
import { describe, expect, it } from 'vitest';
import {
  autostartEntry,
  autostartFile,
  electronLoginItemSettings,
  HIDDEN_ARG,
  loginItemMechanism,
  startsHidden,
} from '../../src/main/electron/login-item';

describe('open at login', () => {
  it('uses Electron’s login items on macOS and Windows, an XDG autostart entry on Linux', () => {
    expect(loginItemMechanism('darwin')).toBe('electron');
    expect(loginItemMechanism('win32')).toBe('electron');
    expect(loginItemMechanism('linux')).toBe('xdg-autostart');
    expect(loginItemMechanism('aix')).toBeNull();
  });

  it('starts hidden when registered, and registers nothing extra when turned off', () => {
    expect(electronLoginItemSettings(true)).toEqual({ openAtLogin: true, args: [HIDDEN_ARG] });
    expect(electronLoginItemSettings(false)).toEqual({ openAtLogin: false, args: [] });
    expect(startsHidden(['/opt/app', HIDDEN_ARG], false)).toBe(true);
    expect(startsHidden(['/opt/app'], true)).toBe(true);
    expect(startsHidden(['/opt/app'], false)).toBe(false);
  });

  it('writes the autostart entry under XDG_CONFIG_HOME (absolute only), else ~/.config', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/x/cfg' }, '/home/a', 'dispatch-analytics')).toBe(
      '/x/cfg/autostart/dispatch-analytics.desktop',
    );
    expect(autostartFile({ XDG_CONFIG_HOME: 'rel' }, '/home/a', 'dispatch-analytics')).toBe(
      '/home/a/.config/autostart/dispatch-analytics.desktop',
    );
  });

  it('starts an AppImage through its own file, quoting the path', () => {
    const entry = autostartEntry({
      execPath: '/tmp/.mount_x/dispatch-analytics',
      appImage: '/home/a/Apps/Dispatch "DA" $1.AppImage',
      productName: 'Dispatch Analytics',
    });
    expect(entry).toContain('Exec="/home/a/Apps/Dispatch \\"DA\\" \\$1.AppImage" --hidden\n');
    expect(entry).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Dispatch Analytics\n/);
    expect(
      autostartEntry({ execPath: '/opt/Dispatch Analytics/dispatch-analytics', productName: 'D' }),
    ).toContain('Exec="/opt/Dispatch Analytics/dispatch-analytics" --hidden');
  });
});
