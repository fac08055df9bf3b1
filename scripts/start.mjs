// npm start: build everything and open the desktop app; without Electron's
// binary (it cannot be downloaded everywhere) serve the same app for a browser.
import { spawn } from 'node:child_process';
import { buildElectron, projectRoot } from './buildElectron.mjs';
import { ELECTRON_MISSING_NOTICE, findElectronBinary } from './electronBinary.mjs';
import { buildRenderer, serveRenderer } from './serveWeb.mjs';

async function start() {
  await buildRenderer();
  await buildElectron();

  const electron = findElectronBinary();
  if (!electron.found) {
    console.log(ELECTRON_MISSING_NOTICE);
    await serveRenderer();
    return;
  }
  const child = spawn(electron.path, [projectRoot], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
    process.on(signal, () => child.kill(signal));
  }
}

try {
  await start();
} catch (error) {
  console.error(`Liaison could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
