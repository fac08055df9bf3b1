// npm run bench: builds the renderer, fills its local store in Debian's
// Chromium with 10,000 contacts, 1,000 organisations, 1,000 visits and 20,000
// agenda items (test/bench/generate.ts), then times the screens people wait
// on. Never downloads a browser: CHROMIUM_PATH or /usr/bin/chromium.
/* global window */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { build as viteBuild, preview } from 'vite';
import { chromiumLaunchOptions } from '../e2e/chromium.mjs';
import { bundleForBrowser, median, printTable, projectRoot } from './benchKit.mjs';
import { measureContactsList, measureSearch, measureVisitAgenda } from './measure.mjs';

const configFile = path.join(projectRoot, 'vite.config.ts');
/**
 * The app's own production build, but in a directory of its own: a bench run
 * must not empty dist/renderer under an e2e run or `npm run web` serving it.
 */
const outDir = path.join(projectRoot, 'dist/bench/renderer');
const RUNS = 5;
const SEARCH_QUERIES = ['Müller', 'strasse'];
/** Kept in step with BENCH_LARGE_AGENDA_SIZE in generate.ts, which the seed report confirms. */
const AGENDA_SIZE = 40;

/** Milliseconds since `start`, rounded. */
const since = (start) => Math.round(performance.now() - start);

/** The seed bundle: seed.ts and the app's store code, built as the app's are. */
const bundleSeed = () => bundleForBrowser('test/bench/seed.ts');

/**
 * Serves dist/renderer as `npm run web` does, plus a bare page on the same
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
    build: { outDir },
    preview: { host: '127.0.0.1', port: 4390, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value) => `${Math.round(value)} ms`;

function row(label, result, detail) {
  if ('unavailable' in result) return [label, '—', '—', `not available (${result.unavailable})`];
  const { samples } = result;
  return [label, ms(median(samples)), ms(percentile(samples, 95)), detail(result)];
}

function printResults(rows) {
  printTable(['measurement', 'median', 'p95', 'samples'], rows, new Set([0, 1, 2]));
}

async function main() {
  const started = performance.now();
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';

  let step = performance.now();
  await viteBuild({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const seedScript = await bundleSeed();
  console.log(`build: renderer and seed bundle in ${since(step)} ms`);

  const { server, origin } = await serve(seedScript);
  const browser = await chromium.launch(chromiumLaunchOptions);
  const errors = [];
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

    step = performance.now();
    const contacts = await measureContactsList(context, origin, { runs: RUNS, errors });
    const search = await measureSearch(context, origin, { queries: SEARCH_QUERIES, errors });
    const agenda = await measureVisitAgenda(context, origin, {
      visitId: report.largeVisitId,
      size: AGENDA_SIZE,
      runs: RUNS,
      errors,
    });
    console.log(`measure: ${since(step)} ms\n`);

    const list = (samples) => samples.map((value) => Math.round(value)).join(', ');
    printResults([
      row(
        '(a) contacts list, first row visible',
        contacts,
        (r) => `${RUNS} loads: ${list(r.samples)}`,
      ),
      row(`(b) search keystroke → results`, search, (r) =>
        r.perQuery
          .map((q) => `"${q.query}" (${q.hits} hits): ${list(q.latencies)}`)
          .concat(`index ready ${ms(r.readyMs)} after Ctrl+K`)
          .join('; '),
      ),
      row(
        `(c) visit with ${AGENDA_SIZE} agenda items`,
        agenda,
        (r) => `${RUNS} loads: ${list(r.samples)}; ${r.counted} items shown`,
      ),
    ]);
    console.log(
      `\n(a), (c): from navigation start to the frame after the DOM showed it, in fresh page loads after one warm-up; (b): from the keystroke to the frame after the listbox's data-query matched.`,
    );
    if (errors.length > 0) {
      console.log(
        `page errors (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`bench: done in ${Math.round(since(started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
