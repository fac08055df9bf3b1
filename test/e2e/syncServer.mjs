// The sync server of the end-to-end tests, started by Playwright's webServer:
// a fresh PGlite database in a temporary directory, the admin and workspace of
// test/e2e/syncServerSettings.ts seeded with `create-admin --password-file`,
// then the server itself (what `npm run server` runs) on E2E_SYNC_PORT. On
// SIGTERM or SIGINT the server exits gracefully and the temporary directory
// is removed.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = path.join(root, 'server', 'main.ts');
/** How long a stop signal sent to the whole process group is left to reach the server itself. */
const GRACE_MS = 3000;

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`syncServer.mjs: ${name} is not set (playwright.config.ts sets it).`);
    process.exit(2);
  }
  return value;
}

const tempDir = mkdtempSync(path.join(tmpdir(), 'liaison-e2e-sync-'));
const passwordFile = path.join(tempDir, 'admin-password');
const env = {
  ...process.env,
  DATA_DIR: path.join(tempDir, 'data'),
  HOST: '127.0.0.1',
  PORT: required('E2E_SYNC_PORT'),
  CORS_ORIGINS: required('E2E_APP_ORIGIN'),
  LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
};

let child;
let stopping = false;

function cleanUp() {
  rmSync(tempDir, { recursive: true, force: true });
}

const running = () => child !== undefined && child.exitCode === null && child.signalCode === null;

/**
 * Playwright signals the whole process group, the server included; a signal
 * sent to this script alone is passed on if the server has not exited by then.
 */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  if (!running()) process.exit(0);
  setTimeout(() => running() && child.kill(signal), GRACE_MS).unref();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
// Whatever else ends this script, the temporary directory goes with it.
process.on('exit', cleanUp);

/** Runs `server/main.ts …args` (what `npm run server -- …args` runs); resolves with its exit code. */
function run(args) {
  child = spawn(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
}

writeFileSync(passwordFile, `${required('E2E_ADMIN_PASSWORD')}\n`, { mode: 0o600 });
const created = await run([
  'create-admin',
  '--email',
  required('E2E_ADMIN_EMAIL'),
  '--name',
  required('E2E_ADMIN_NAME'),
  '--workspace',
  required('E2E_WORKSPACE'),
  '--password-file',
  passwordFile,
]);
rmSync(passwordFile, { force: true });
if (created !== 0 || stopping) {
  if (created !== 0) console.error(`syncServer.mjs: create-admin ended with ${created}.`);
  process.exit(created === 0 ? 0 : 1);
}

const ended = await run([]);
process.exit(ended === 0 || stopping ? 0 : 1);
