// npm run dev: the renderer on Vite's dev server with hot reload, inside
// Electron when its binary is installed (main and preload rebuilt on change),
// otherwise in a browser.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createServer } from 'vite';
import { projectRoot, watchElectron } from './buildElectron.mjs';
import { ELECTRON_MISSING_NOTICE, findElectronBinary } from './electronBinary.mjs';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true'; // see serveWeb.mjs

const server = await createServer({ configFile: path.join(projectRoot, 'vite.config.ts') });
await server.listen();
const devUrl = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${server.config.server.port}/`;

const electron = findElectronBinary();
if (!electron.found) {
  console.log(ELECTRON_MISSING_NOTICE);
  console.log(`Liaison is running at ${devUrl}`);
} else {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {import('esbuild').BuildContext | undefined} */
  let context;
  let stopping = false;
  const launch = () => {
    const next = spawn(electron.path, [projectRoot], {
      stdio: 'inherit',
      env: { ...process.env, LIAISON_DEV_URL: devUrl },
    });
    // Closing the window ends the session; a restart after a rebuild does not.
    next.on('exit', () => {
      if (child === next && !stopping) void shutdown();
    });
    child = next;
  };
  const shutdown = async () => {
    stopping = true;
    child?.kill();
    await context?.dispose();
    await server.close();
    process.exit(0);
  };
  context = await watchElectron(() => {
    // Main or preload changed: restart Electron on the fresh bundles, once the
    // old one has exited (it holds the single-instance lock until then).
    const previous = child;
    if (!previous || previous.exitCode !== null || previous.signalCode !== null) return launch();
    child = undefined;
    previous.once('exit', launch);
    previous.kill();
  });
  console.log(`Liaison (dev) is running in Electron on ${devUrl}`);
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}
