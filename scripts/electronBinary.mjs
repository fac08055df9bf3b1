// Finds the Electron executable without crashing when it was never downloaded
// (on machines where npm may not run electron's install script).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The one line printed when Electron's binary is absent and the browser build is served instead. */
export const ELECTRON_MISSING_NOTICE =
  "Electron's binary is not installed on this machine (npm could not download it); serving the same app for a browser instead.";

const defaultRequire = createRequire(import.meta.url);

/**
 * The `electron` package's index.js exports the executable's path, but throws
 * when its path.txt is missing; and a path.txt can outlive a deleted dist/.
 * @param {{ require?: (id: string) => unknown, exists?: (path: string) => boolean }} [deps]
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(deps = {}) {
  const load = deps.require ?? defaultRequire;
  const exists = deps.exists ?? existsSync;
  let binary;
  try {
    binary = load('electron');
  } catch (error) {
    return { found: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (typeof binary !== 'string' || binary === '') {
    return { found: false, reason: 'the electron package did not give an executable path' };
  }
  if (!exists(binary)) return { found: false, reason: `${binary} does not exist` };
  return { found: true, path: binary };
}
