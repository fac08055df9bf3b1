// npm run bench: builds the renderer, fills its local store in Debian's
// Chromium with 10,000 contacts, 1,000 organisations, 1,000 visits and 20,000
// agenda items (test/bench/generate.ts), then times the screens people wait
// on and the app's start until Today is interactive. Never downloads a
// browser: CHROMIUM_PATH or /usr/bin/chromium.
import { performance } from 'node:perf_hooks';
import { median, printTable } from './benchKit.mjs';
import { since, startBench } from './benchSetup.mjs';
import {
  QUIET_MS,
  TODAY_AT,
  measureContactsList,
  measureInAppNavigation,
  measureSearch,
  measureSearchIndexBuild,
  measureTodayStart,
  measureVisitAgenda,
} from './measure.mjs';

const RUNS = 5;
const SEARCH_QUERIES = ['Müller', 'strasse'];
/** Kept in step with BENCH_LARGE_AGENDA_SIZE in generate.ts, which the seed report confirms. */
const AGENDA_SIZE = 40;

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

  const errors = [];
  const { context, origin, report, close } = await startBench({ errors });
  try {
    const step = performance.now();
    const contacts = await measureContactsList(context, origin, { runs: RUNS, errors });
    const search = await measureSearch(context, origin, { queries: SEARCH_QUERIES, errors });
    const agenda = await measureVisitAgenda(context, origin, {
      visitId: report.largeVisitId,
      size: AGENDA_SIZE,
      runs: RUNS,
      errors,
    });
    const today = await measureTodayStart(context, origin, {
      todayAt: TODAY_AT,
      runs: RUNS,
      quietMs: QUIET_MS,
      errors,
    });
    const navigation = await measureInAppNavigation(context, origin, {
      visitId: report.largeVisitId,
      size: AGENDA_SIZE,
      runs: RUNS,
      errors,
    });
    // Last: it deletes the stored search index to time building one from nothing.
    const build = await measureSearchIndexBuild(context, origin, {
      errors,
      // SEARCH_SNAPSHOT_DATABASE in renderer/features/search/searchSnapshots.ts.
      snapshotDatabase: 'liaison-search',
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
          .concat(
            `index ready ${ms(r.readyFromStartMs)} after start (${ms(r.readyMs)} after Ctrl+K)`,
            'unavailable' in build
              ? `no stored index: ${build.unavailable}`
              : `with no stored index: ready ${ms(build.builtFromStartMs)} after start`,
          )
          .join('; '),
      ),
      row(
        `(c) visit with ${AGENDA_SIZE} agenda items`,
        agenda,
        (r) => `${RUNS} loads: ${list(r.samples)}; ${r.counted} items shown`,
      ),
      row(
        '(a2) contacts list, from Today in the app',
        'unavailable' in navigation ? navigation : { samples: navigation.contacts },
        (r) => `${RUNS} runs: ${list(r.samples)}`,
      ),
      row(
        `(c2) visit with ${AGENDA_SIZE} agenda items, from Contacts`,
        'unavailable' in navigation ? navigation : { samples: navigation.visit },
        (r) => `${RUNS} runs: ${list(r.samples)}`,
      ),
      row(
        `(d) app start until Today's content visible`,
        'unavailable' in today ? today : { ...today, samples: today.content },
        (r) =>
          `${RUNS} loads: ${list(r.samples)}; visits under way ${r.shown.underWay}, ` +
          `coming up ${r.shown.upcoming}, on today's agenda ${r.shown.agenda}`,
      ),
      row(
        `(d) app start until Today interactive`,
        today,
        (r) =>
          `${RUNS} loads: ${list(r.samples)}; long tasks after content: ${r.longTasks.join(', ')} ` +
          `(longest ${ms(r.longest)})`,
      ),
    ]);
    console.log(
      `\n(a), (c): from navigation start to the frame after the DOM showed it, in fresh page loads after one warm-up; (b): from the keystroke to the frame after the listbox's data-query matched.`,
    );
    console.log(
      `(a2), (c2): in a page opened on Today and left 3 s to settle, from the hash changing (as following the navigation's link does) to the frame after the DOM showed the list's first row, then the visit's agenda items.`,
    );
    console.log(
      `(d): fresh loads of the start page ('/', which opens Today) after one warm-up, the clock at ${TODAY_AT}; content visible: from navigation start to the frame after Today's heading and its lists (visits under way, coming up, today's agenda) were in the DOM; interactive: from there, the end of the last long task (50 ms or more on the main thread) before ${QUIET_MS} ms without one.`,
    );
    if (errors.length > 0) {
      console.log(
        `page errors (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`,
      );
    }
  } finally {
    await close();
  }
  console.log(`bench: done in ${Math.round(since(started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
