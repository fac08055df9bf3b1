import { Workbox } from 'workbox-window';

/**
 * New versions of the app itself. In the browser build a service worker
 * keeps the whole app on the device (see vite.config.ts); when a new version
 * has been deployed and downloaded, it waits until the user reloads, so an
 * open page never mixes two versions' chunks. The desktop app is updated by
 * its installer and has nothing to wait for.
 */
export interface AppUpdates {
  /**
   * Registers the service worker, once; does nothing where there is none to
   * register (Electron, a development server, a browser without service workers).
   */
  start(): void;
  /** Calls `listener` once a new version is ready; returns the unsubscribe function. */
  onUpdateReady(listener: () => void): () => void;
  /** Switches to the new version and reloads the page. */
  applyUpdate(): void;
}

/** For Electron and tests: never an update to offer. */
export const noAppUpdates: AppUpdates = {
  start: () => undefined,
  onUpdateReady: () => () => undefined,
  applyUpdate: () => undefined,
};

export interface ServiceWorkerUpdatesOptions {
  /** Makes the Workbox for the service worker's script (tests pass their own). */
  createWorkbox?: (scriptUrl: string) => Workbox;
  /** The page to reload; `window.location` by default. */
  reload?: () => void;
  /** How often an open app asks the server for a new version. */
  checkEveryMs?: number;
  /** Reports a registration that failed (the app still works online). */
  onError?: (error: unknown) => void;
}

const HOUR = 3_600_000;

/**
 * The browser build's updates, through workbox-window. A deployment is found
 * when the page loads, when the device comes back online, and hourly.
 */
export function serviceWorkerUpdates(
  scriptUrl: string,
  options: ServiceWorkerUpdatesOptions = {},
): AppUpdates {
  const listeners = new Set<() => void>();
  const reload = options.reload ?? (() => window.location.reload());
  let ready = false;
  let started = false;
  let workbox: Workbox | undefined;
  /** A worker of the new version is installed and waiting for the page to let it take over. */
  let waiting = false;

  const announce = () => {
    ready = true;
    for (const listener of listeners) listener();
  };

  return {
    start() {
      if (started) return;
      started = true;
      const created = (options.createWorkbox ?? ((url: string) => new Workbox(url)))(scriptUrl);
      workbox = created;
      created.addEventListener('waiting', () => {
        waiting = true;
        announce();
      });
      // Another tab let the new version take over: this page's chunks are the
      // old version's and may no longer be served. Offer the reload.
      created.addEventListener('controlling', (event) => {
        if (event.isExternal) announce();
      });
      created.register().then(
        () => {
          const check = () => void created.update().catch(() => undefined);
          window.addEventListener('online', check);
          setInterval(check, options.checkEveryMs ?? HOUR);
        },
        (error: unknown) => options.onError?.(error),
      );
    },
    onUpdateReady(listener) {
      listeners.add(listener);
      if (ready) listener();
      return () => listeners.delete(listener);
    },
    applyUpdate() {
      if (workbox && waiting) {
        // Reload once the new worker controls the page, so every chunk is the new version's.
        workbox.addEventListener('controlling', () => reload());
        workbox.messageSkipWaiting();
      } else {
        reload();
      }
    },
  };
}
