import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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

const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as { version: string };

export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react(), cspMetaTag()],
  // The web platform's getAppVersion() (renderer/platform/webPlatform.ts).
  define: { 'import.meta.env.LIAISON_VERSION': JSON.stringify(version) },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: true,
    // A desktop app loads its bundle from disk: one larger chunk is fine.
    chunkSizeWarningLimit: 1500,
    // Rolldown reports plugins that take a second or more; the one it names is
    // Vite's own worker plugin (the briefing pack's Web Worker), nothing to act on.
    rolldownOptions: { checks: { bundlerTimings: false } },
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
