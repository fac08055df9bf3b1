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

export { PlatformProvider, usePlatform } from './PlatformProvider';

/**
 * The platform the renderer runs on: Electron when the preload bridge is
 * there, else the browser. main.tsx makes it once and hands it to the App.
 */
export function detectPlatform(): Platform {
  const bridge = getBridge();
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
}
