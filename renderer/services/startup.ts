/**
 * Work the first screen does not need (registering the offline cache's
 * worker, loading the search index into its worker) waits until the app's
 * frame has shown, its screen has settled and the page is idle. On two cores
 * each of them, started with the app, took time from the first screen (the
 * bench's profile: the worker's registration and a second JavaScript context
 * for search, while the store opened).
 *
 * The frame calls `frameShown()` when it mounts (at the start, and again
 * after a switch of workspace); the screen's own data follows within a few
 * hundred milliseconds, so waiting work starts `SETTLE_MS` after the frame
 * last showed, at the next idle moment. If no frame shows (the store could
 * not be opened), it starts `FALLBACK_MS` after it was first asked for.
 */
const SETTLE_MS = 600;
const FALLBACK_MS = 5000;
const IDLE_TIMEOUT_MS = 2000;

function onIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => task(), { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(task, 0);
  }
}

/** Work waiting for the screen to settle. */
const waiting = new Set<() => void>();
/** Whether the frame shown last has settled (waiting work then runs on the next turn). */
let calm = false;
let timer: ReturnType<typeof setTimeout> | undefined;
/** Which arming of the timer is current: an earlier one's idle callback does nothing. */
let generation = 0;

function runWaiting(): void {
  const tasks = [...waiting];
  waiting.clear();
  for (const task of tasks) task();
}

function settleAfter(ms: number): void {
  clearTimeout(timer);
  calm = false;
  const mine = ++generation;
  timer = setTimeout(
    () =>
      onIdle(() => {
        if (mine !== generation) return;
        calm = true;
        runWaiting();
      }),
    ms,
  );
}

/** The frame is on screen (AppFrame calls this when it mounts). */
export function frameShown(): void {
  settleAfter(SETTLE_MS);
}

/**
 * Runs `task` once the frame shown last has settled and the page is idle.
 * Returns a function that cancels it if it has not run yet.
 */
export function afterFirstScreen(task: () => void): () => void {
  const entry = () => task();
  waiting.add(entry);
  if (calm) setTimeout(() => calm && runWaiting(), 0);
  else if (timer === undefined) settleAfter(FALLBACK_MS);
  return () => {
    waiting.delete(entry);
  };
}
