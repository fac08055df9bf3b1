/**
 * Work the first screen does not need (registering the offline cache's
 * worker, loading the search index into its worker, compiling the
 * validators' code) waits until the app's frame has shown and the page is
 * idle. On two cores each of them, started with the app, took time from the
 * first screen (the bench's profile: the worker's registration, a second
 * JavaScript context for search and 270 kB of validators to compile, all
 * while the store opened).
 *
 * The frame calls `frameShown()` when it has mounted; the screen's own data
 * follows within a few hundred milliseconds, so the waiting work starts
 * `SETTLE_MS` later, at the next idle moment. If the frame never shows (the
 * store could not be opened), it starts `FALLBACK_MS` after the app did.
 */
const SETTLE_MS = 600;
const FALLBACK_MS = 5000;
const IDLE_TIMEOUT_MS = 2000;

let shown: (() => void) | null = null;
let started: Promise<void> | null = null;

function whenStarted(): Promise<void> {
  started ??= new Promise<void>((resolve) => {
    const fallback = setTimeout(() => go(), FALLBACK_MS);
    let going = false;
    const go = () => {
      if (going) return;
      going = true;
      clearTimeout(fallback);
      onIdle(resolve);
    };
    shown = () => setTimeout(go, SETTLE_MS);
  });
  return started;
}

function onIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(task, 0);
  }
}

/** The app's frame is on screen (AppFrame calls this when it mounts). */
export function frameShown(): void {
  void whenStarted();
  const signal = shown;
  shown = null;
  signal?.();
}

/**
 * Runs `task` once the first screen is up and the page is idle. Returns a
 * function that cancels it if it has not run yet.
 */
export function afterFirstScreen(task: () => void): () => void {
  let cancelled = false;
  void whenStarted().then(() => {
    if (!cancelled) task();
  });
  return () => {
    cancelled = true;
  };
}
