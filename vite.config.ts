import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './shared/security/csp.ts';

/**
 * The built renderer carries its CSP as a meta tag so that the web build runs
 * under the same policy as Electron (which also sends it as a header). The dev
 * server is left without it: React's fast refresh needs inline scripts.
 */
function cspMetaTag(): Plugin {
  return {
    name: 'liaison-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * The browser build's service worker (Workbox, generated at build time):
 * every file of the build is precached when it installs, so after one online
 * load the app starts, and every export and import works, with no network,
 * also after a reload or a browser restart. A new deployment's worker waits
 * until the user chooses to reload (renderer/platform/appUpdates.ts), so a
 * page never mixes two versions' chunks. The desktop app reads its files from
 * disk and registers no worker.
 */
function offlineServiceWorker() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // Registered by the web platform, not by an injected script: an inline
    // script would break the CSP, and Electron must not register one at all.
    injectRegister: false,
    filename: 'sw.js',
    manifestFilename: 'manifest.webmanifest',
    includeAssets: ['icons/*.png', 'icons/*.svg'],
    manifest: {
      id: './',
      name: 'Liaison',
      short_name: 'Liaison',
      description:
        "Offline-first organiser for a city's international-affairs team: partnerships, contacts, visits, agendas, follow-ups.",
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f5f6f9',
      theme_color: '#1d2433',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the app can load: chunks, the PDF worker, fonts, icons, manifest.
      globPatterns: ['**/*.{html,js,css,ttf,woff,woff2,wasm,png,svg,ico,webmanifest,json}'],
      // The briefing pack's layout engine and its worker are over a megabyte each.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
      // Hash routing: the only document is index.html, served from the cache offline.
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The first install takes the open page over at once (nothing older to
      // mix with); later versions wait for the user's "Reload".
      clientsClaim: true,
      skipWaiting: false,
      // No source maps in the worker, none fetched by it.
      sourcemap: false,
    },
  });
}

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMetaTag(), offlineServiceWorker()],
  // The web platform's getAppVersion() (renderer/platform/webPlatform.ts).
  define: { 'import.meta.env.LIAISON_VERSION': JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    // Maps for DevTools and profiles, not referenced from the chunks: the
    // packaged app leaves them out, and nothing should ask for them.
    sourcemap: 'hidden',
    // A desktop app loads its bundle from disk: one larger chunk is fine.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      // Rolldown reports plugins that take a second or more; the one it names is
      // Vite's own worker plugin (the briefing pack's Web Worker), nothing to act on.
      checks: { bundlerTimings: false },
      output: {
        codeSplitting: {
          // The start's code in three chunks rather than one: the browser
          // compiles each on a thread of its own while the page waits, so the
          // first screen waits for the largest, not for all of them in a row
          // (with the start's deferred work, services/startup.ts: Today
          // 1.55-1.61 s against 1.83-1.98 s in paired bench runs).
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            {
              name: 'store',
              test: /node_modules[\\/](rxdb|dexie|rxjs|broadcast-channel|mingo|event-reduce-js|custom-idle-queue|binary-decision-diagram|oblivious-set|unload|array-push-at-sort-position)[\\/]/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  // The built app served for a browser (npm run web, the e2e tests) also sends
  // the CSP as a header, as Electron does: a meta tag binds only the page, not
  // the Web Worker that lays out briefing packs.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: false,
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
});
