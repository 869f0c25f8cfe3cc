import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where the Plenum server listens in development; override with PLENUM_SERVER_URL. */
const server = process.env.PLENUM_SERVER_URL ?? 'http://127.0.0.1:8080';

/**
 * The web app is served by the Plenum server in production (strict CSP: only same-origin
 * scripts and styles), so the build emits plain external JS and CSS files and nothing inline.
 * In development Vite proxies the API, the signalling WebSocket and the health check.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // A modulepreload polyfill would be an inline-free but unnecessary extra; all target browsers support it.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: true,
    rolldownOptions: {
      // The workspace's own packages and modules do nothing when imported (no registration, no module-level state;
      // see DESIGN.md), so what the page does not use may be dropped even when it comes through a barrel
      // (`@plenum/client-kit`, `@plenum/module-core/client`): otherwise the first paint would carry the meeting's
      // signalling client. Stylesheets stay: a barrel (`index.ts`) may import its module's stylesheet for all
      // its components, so barrels keep their imports, and a used component keeps its own.
      treeshake: {
        moduleSideEffects: [
          { test: /\.css$/, sideEffects: true },
          { test: /\/index\.tsx?$/, sideEffects: true },
          { test: /^(?!.*\/node_modules\/).*\/(packages|modules)\/[^/]+\/.+\.tsx?$/, sideEffects: false },
        ],
      },
    },
  },
  server: {
    proxy: {
      '/v1': { target: server, ws: true, changeOrigin: false },
      '/auth': { target: server, changeOrigin: false },
      '/health': { target: server },
    },
  },
  preview: {
    proxy: {
      '/v1': { target: server, ws: true, changeOrigin: false },
      '/auth': { target: server, changeOrigin: false },
      '/health': { target: server },
    },
  },
});
