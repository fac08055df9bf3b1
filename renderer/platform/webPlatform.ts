import { browserSessionStore, type SessionStore } from './session';
import { noAppUpdates, serviceWorkerUpdates, type AppUpdates } from './appUpdates';
import type { Platform, SaveFileRequest, SaveFileResult } from './platform';

declare global {
  interface ImportMetaEnv {
    /** package.json's version, set by vite.config.ts. */
    readonly LIAISON_VERSION?: string;
  }
}

export interface WebPlatformOptions {
  /** Defaults to the version Vite baked into the build. */
  version?: string;
  /** The document the download link is added to. */
  document?: Document;
  /** Where the session is kept; this origin's localStorage by default. */
  sessionStore?: SessionStore;
  /** New versions of the app; the service worker of a production build by default. */
  updates?: AppUpdates;
}

/**
 * The built app's service worker (vite.config.ts), where the browser has
 * them: a secure context (https or localhost), not the development server.
 */
function defaultUpdates(): AppUpdates {
  const supported = import.meta.env.PROD && 'serviceWorker' in navigator;
  return supported
    ? serviceWorkerUpdates('./sw.js', {
        onError: (error) => console.warn('Liaison could not keep itself for offline use:', error),
      })
    : noAppUpdates;
}

function toBlob(request: SaveFileRequest): Blob {
  // Copy bytes into a fresh ArrayBuffer-backed view: Blob rejects shared buffers.
  const part = typeof request.data === 'string' ? request.data : new Uint8Array(request.data);
  return new Blob([part], { type: 'application/octet-stream' });
}

/**
 * The browser platform. A browser cannot show a save dialog with a result, so
 * a save is a download (the browser decides where it goes); it reports
 * `saved` with the file's name as its path.
 */
export function createWebPlatform(options: WebPlatformOptions = {}): Platform {
  const version = options.version ?? import.meta.env.LIAISON_VERSION ?? '0.0.0-dev';
  return {
    kind: 'web',
    getAppVersion: () => Promise.resolve(version),
    saveFile: (request): Promise<SaveFileResult> => {
      const doc = options.document ?? document;
      const url = URL.createObjectURL(toBlob(request));
      const link = doc.createElement('a');
      link.href = url;
      link.download = request.suggestedName;
      link.rel = 'noopener';
      link.style.display = 'none';
      doc.body.append(link);
      try {
        link.click();
      } finally {
        link.remove();
        // Revoking at once can cancel the download in some browsers.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
      return Promise.resolve({ status: 'saved', path: request.suggestedName });
    },
    // A browser has no keychain: the token sits in localStorage (see browserSessionStore).
    sessionStore: options.sessionStore ?? browserSessionStore(),
    // A browser has no application menu: nothing to listen to.
    onMenuCommand: () => () => undefined,
    updates: options.updates ?? defaultUpdates(),
  };
}
