import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDataDir, storePathIn } from '../src/main/app-paths';

describe('data folder', () => {
  it('follows each platform’s convention', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe(
      '/home/ana/.local/share/dispatch-analytics',
    );
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data' }, home: '/home/ana' })).toBe(
      '/data/dispatch-analytics',
    );
    // A relative XDG_DATA_HOME is invalid per the spec and ignored.
    expect(defaultDataDir({ platform: 'linux', env: { XDG_DATA_HOME: 'rel' }, home: '/h' })).toBe(
      '/h/.local/share/dispatch-analytics',
    );
    expect(defaultDataDir({ platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Dispatch Analytics',
    );
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Dispatch Analytics');
  });

  it('takes the flag over the environment over the default', () => {
    const p = { platform: 'linux' as const, env: { DISPATCH_ANALYTICS_DATA_DIR: '/from-env' }, home: '/h' };
    expect(resolveDataDir(undefined, p)).toBe('/from-env');
    expect(resolveDataDir('rel/dir', p)).toBe(resolve('rel/dir'));
    expect(resolveDataDir(undefined, { ...p, env: {} })).toBe('/h/.local/share/dispatch-analytics');
    expect(storePathIn('/x')).toBe('/x/dispatch-analytics.sqlite');
  });
});
