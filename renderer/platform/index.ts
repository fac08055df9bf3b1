import { getBridge } from './bridge';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';
import { createWebPlatform } from './webPlatform';

export type {
  Platform,
  FileFilter,
  MenuCommand,
  SaveFileRequest,
  SaveFileResult,
} from './platform';
export { PlatformError } from './platformError';

let current: Platform | undefined;

/** The platform the renderer runs on: Electron when the preload bridge is there, else the browser. */
export function getPlatform(): Platform {
  if (!current) {
    const bridge = getBridge();
    current = bridge ? createElectronPlatform(bridge) : createWebPlatform();
  }
  return current;
}

/** Forgets the chosen platform; for tests that switch between the two. */
export function resetPlatformForTests(): void {
  current = undefined;
}
