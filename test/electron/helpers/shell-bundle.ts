// Builds the shell's main and preload bundles (electron-vite's config) into `outDir`, for loading in Node against
// the electron stand-in. The UI is never built: the shell tests never render it.
export async function buildShellBundle(root: string, outDir: string): Promise<void> {
  const { resolveConfig } = await import('electron-vite');
  const { build } = await import('vite');
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const resolved = await resolveConfig({ root, logLevel: 'warn', build: { outDir } }, 'build', 'production');
  await build(resolved.config!.main!);
  await build(resolved.config!.preload!);
}
