// A Vite plugin for the renderer build: <link rel="modulepreload"> in index.html for every chunk the first screen
// needs. The entry (main.tsx) is small and loads the app with import('./mount-app'); without these links the
// browser learns of that chunk and its imports only once the entry has run, one round of fetch and compile after
// another. With them every first-screen chunk is fetched (and compiled) while the entry runs. Electron's app://
// page and `serve` get the same HTML.

/** The chunks to preload: the chunk built from a module whose path ends with `moduleSuffix`, and every chunk it
 * imports statically, transitively (what the browser must have before that chunk can run), in load order. */
export function firstScreenChunks(bundle, moduleSuffix) {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
  const root = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(moduleSuffix));
  if (!root)
    throw new Error(`No chunk is built from ${moduleSuffix}: the first screen's preload list is stale.`);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (chunk) => {
    if (seen.has(chunk.fileName) || chunk.isEntry) return;
    seen.add(chunk.fileName);
    for (const name of chunk.imports) {
      const dep = byName.get(name);
      if (dep) visit(dep);
    }
  };
  visit(root);
  return [...seen];
}

/** The plugin: links for firstScreenChunks(moduleSuffix), in the head after the entry's own tags. */
export function firstScreenPreload(moduleSuffix) {
  return {
    name: 'dispatch:first-screen-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return [];
        return firstScreenChunks(ctx.bundle, moduleSuffix).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}
