import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.mjs';
import { admin, appOrigin, appPort, syncPort, syncServerUrl } from './syncServerSettings';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against
 * the built renderer, served the way `npm run web` serves it, and a sync server
 * on a fresh PGlite database (`syncServer.mjs`) that the web build signs in to.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.e2e.ts',
  outputDir: '../../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `${appOrigin}/`,
    headless: true,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: [
    {
      name: 'app',
      command: `npx vite preview --port ${appPort} --strictPort`,
      cwd: root,
      url: `${appOrigin}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: 'sync',
      command: 'node test/e2e/syncServer.mjs',
      cwd: root,
      url: `${syncServerUrl}/healthz`,
      env: {
        E2E_SYNC_PORT: String(syncPort),
        E2E_APP_ORIGIN: appOrigin,
        E2E_ADMIN_EMAIL: admin.email,
        E2E_ADMIN_NAME: admin.name,
        E2E_ADMIN_PASSWORD: admin.password,
        E2E_WORKSPACE: admin.workspace,
      },
      reuseExistingServer: false,
      timeout: 60_000,
      // SIGTERM, so that the server closes its database and the script removes its temporary directory.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
