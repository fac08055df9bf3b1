// What `npm run bench` (run.mjs) and the profiler (profile.mjs) both set up:
// the app's production build in a directory of its own, served as
// `npm run web` does, and Debian's Chromium with the app's local store filled
// with the benchmark workspace (test/bench/generate.ts).
/* global window */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { build as viteBuild, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';
import { bundleForBrowser, projectRoot } from './benchKit.mjs';

const configFile = path.join(projectRoot, 'vite.config.ts');
/**
 * The app's own production build, but in a directory of its own: a bench run
 * must not empty dist/renderer under an e2e run or `npm run web` serving it.
 * BENCH_OUT_DIR moves it (two benches run at once must not share one build).
 */
export const benchOutDir = process.env.BENCH_OUT_DIR
  ? path.resolve(process.env.BENCH_OUT_DIR)
  : path.join(projectRoot, 'dist/bench/renderer');

/** Milliseconds since `start`, rounded. */
export const since = (start) => Math.round(performance.now() - start);

/**
 * Serves the build as `npm run web` does, plus a bare page on the same
 * origin (so the same IndexedDB) that loads the seed bundle.
 */
async function serve(seedScript) {
  const seedPage =
    '<!doctype html><meta charset="utf-8"><title>Liaison bench seed</title>' +
    '<script type="module" src="/__bench/seed.js"></script>';
  const seedPlugin = {
    name: 'liaison-bench-seed',
    configurePreviewServer(server) {
      server.middlewares.use('/__bench', (request, response) => {
        const script = request.url?.startsWith('/seed.js');
        response.setHeader('Content-Type', script ? 'text/javascript' : 'text/html');
        response.end(script ? seedScript : seedPage);
      });
    },
  };
  const server = await preview({
    configFile,
    logLevel: 'warn',
    plugins: [seedPlugin],
    build: { outDir: benchOutDir },
    preview: { host: '127.0.0.1', port: 4390, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/**
 * Builds the renderer (unless `build` is false: a profiling run may reuse the
 * last build) and the seed bundle, serves them, launches Chromium and fills
 * the store. Page errors are collected in `errors`. Call `close()` at the end.
 * @param {{ build?: boolean, errors: string[] }} options
 */
export async function startBench({ build = true, errors }) {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  let step = performance.now();
  if (build) {
    await viteBuild({
      configFile,
      logLevel: 'warn',
      build: { outDir: benchOutDir, emptyOutDir: true },
    });
  }
  const seedScript = await bundleForBrowser('test/bench/seed.ts');
  console.log(`build: ${build ? 'renderer and ' : ''}seed bundle in ${since(step)} ms`);

  const { server, origin } = await serve(seedScript);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const context = await browser.newContext({
      locale: 'en-GB',
      viewport: { width: 1280, height: 800 },
    });
    console.log(
      `browser: Chromium ${browser.version()} (${chromiumLaunchOptions.executablePath}), headless; ${origin}`,
    );

    step = performance.now();
    const seedTab = await context.newPage();
    // BENCH_SEED_LOG=1 shows what the seed page logs (timings put in while investigating).
    if (process.env.BENCH_SEED_LOG) seedTab.on('console', (m) => console.log('seed>', m.text()));
    seedTab.on('pageerror', (error) => errors.push(error.message));
    await seedTab.goto(`${origin}/__bench/seed.html`);
    await seedTab.waitForFunction(() => typeof window.liaisonBenchSeed === 'function');
    const report = await seedTab.evaluate(() => window.liaisonBenchSeed());
    await seedTab.close();
    const { counts, perCollectionMs } = report;
    console.log(
      `seed: generated in ${report.generateMs} ms, inserted in ${report.insertMs} ms ` +
        `(${Object.entries(perCollectionMs)
          .map(([name, time]) => `${counts[name].toLocaleString('en-GB')} ${name} ${time} ms`)
          .join(', ')}); ${since(step)} ms in all`,
    );
    if (report.derivedMs) {
      console.log(
        `derived stores brought up to date: ${Object.entries(report.derivedMs)
          .map(([name, time]) => `${name} ${time} ms`)
          .join(', ')}`,
      );
    }
    return { context, origin, report, close };
  } catch (error) {
    await close();
    throw error;
  }
}
