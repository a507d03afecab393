import { resolve } from 'node:path';
import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { withDevServerAllowancesInHtml } from './src/main/electron/dev-server-csp';

// Dev server only: the meta CSP must let React Refresh's inline preamble run (see dev-server-csp.ts).
const devServerCsp: Plugin = {
  name: 'dispatch:dev-server-csp',
  apply: 'serve',
  transformIndexHtml: { order: 'pre', handler: withDevServerAllowancesInHtml },
};

// The preload is built as CommonJS: an ESM preload only loads with sandbox off, and the sandbox stays on.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        // worker.js: the worker thread of src/main/worker/ (long jobs off the main thread), next to index.js.
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          worker: resolve(__dirname, 'src/main/worker/worker-entry.ts'),
        },
      },
    },
  },
  preload: {
    plugins: [externalizeDepsPlugin()],
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react(), devServerCsp],
    build: {
      // electron-vite leaves every build unminified; the renderer is what the window (or a browser under `serve`)
      // downloads and parses, so it is minified. Main and preload stay readable for stack traces.
      minify: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/renderer/index.html') },
      },
    },
  },
});
