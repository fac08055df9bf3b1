// How the end-to-end tests and the benchmarks launch a browser: Debian's
// Chromium (never a downloaded one), headless, with nothing of its own on the
// network (updates, sync, QUIC) to disturb what is tested or timed.

/** Launch options for Playwright's `chromium.launch` and `use.launchOptions`. */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-quic',
    '--disable-sync',
  ],
};
