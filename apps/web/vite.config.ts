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
