// `node test/bench/profile.mjs [--no-build] [--out DIR]`: the bench's setup
// (run.mjs), then Chromium's sampling profiler (CDP Profiler.start/stop on the
// page) over each screen people wait on: the Contacts list to its first row,
// search from Ctrl+K to its first results and per keystroke, a visit with
// 40 agenda items to its last item, and the app's start until Today is
// interactive (as run.mjs's (d) times it). Prints where the main thread's
// time went, attributed through the build's source maps to the app's and its
// libraries' source files; writes each .cpuprofile (for DevTools' Performance
// panel) to DIR.
/* global window, document */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { SourceMap } from 'node:module';
import { printTable, projectRoot } from './benchKit.mjs';
import { benchOutDir, startBench } from './benchSetup.mjs';
import { QUIET_MS, TODAY_AT, armResultsWaiter, openPage, waitForMark } from './measure.mjs';

const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const outIndex = args.indexOf('--out');
const outDir = path.resolve(outIndex >= 0 ? args[outIndex + 1] : 'dist/bench/profiles');
const TOP = 25;

/** Source maps of the build's chunks, by file name, loaded on first use. */
const maps = new Map();
async function mapFor(url) {
  const file = url.split('/').pop()?.split('?')[0] ?? '';
  if (!file.endsWith('.js')) return null;
  if (!maps.has(file)) {
    const text = await readFile(path.join(benchOutDir, 'assets', `${file}.map`), 'utf8').catch(
      () => null,
    );
    maps.set(file, text ? new SourceMap(JSON.parse(text)) : null);
  }
  return maps.get(file);
}

/** A project-relative source path: `node_modules/rxdb/…`, `renderer/…`. */
function shortSource(source) {
  const absolute = path.resolve(benchOutDir, 'assets', source);
  return path.relative(projectRoot, absolute).split(path.sep).join('/');
}

/** The package (`rxdb`, `dexie`, `@tanstack/virtual-core`) or app folder a source belongs to. */
function area(source) {
  const parts = source.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at >= 0) {
    const name = parts[at + 1] ?? '?';
    return name.startsWith('@') ? `${name}/${parts[at + 2]}` : name;
  }
  return parts.slice(0, 2).join('/');
}

/** Where a profile node's function comes from, through the source maps. */
async function describe(callFrame) {
  const { functionName, url, lineNumber, columnNumber } = callFrame;
  if (!url) return { fn: functionName || '(anonymous)', source: '(native)', area: '(native)' };
  const map = await mapFor(url);
  if (!map) {
    return { fn: functionName || '(anonymous)', source: url, area: url.split('/').pop() };
  }
  // Both zero-based, as the profile's call frames are.
  const entry = map.findEntry(lineNumber, columnNumber);
  const found = typeof entry?.originalSource === 'string' ? entry : null;
  const source = found ? shortSource(found.originalSource) : url;
  return {
    fn: `${found?.name ?? (functionName || '(anonymous)')}`,
    source: `${source}:${found ? found.originalLine + 1 : '?'}`,
    area: found ? area(source) : url,
  };
}

/**
 * Self time per function and per area, and inclusive (total) time per
 * function, from one CPU profile.
 */
async function summarise(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const described = new Map();
  for (const node of profile.nodes) described.set(node.id, await describe(node.callFrame));

  const self = new Map();
  const byArea = new Map();
  const total = new Map();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    all += ms;
    const d = described.get(id);
    const key = `${d.fn}  ${d.source}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    byArea.set(d.area, (byArea.get(d.area) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const up = described.get(at);
      const upKey = `${up.fn}  ${up.source}`;
      if (seen.has(upKey) || !nodes.has(at)) continue;
      seen.add(upKey);
      total.set(upKey, (total.get(upKey) ?? 0) + ms);
    }
  });
  return { all, self, byArea, total };
}

function top(map, count) {
  return [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, count);
}

async function report(name, profile, note) {
  await writeFile(path.join(outDir, `${name}.cpuprofile`), JSON.stringify(profile));
  const { all, self, byArea, total } = await summarise(profile);
  const pct = (ms) => `${((100 * ms) / all).toFixed(1)}%`;
  console.log(`\n=== ${name}: ${Math.round(all)} ms profiled. ${note}`);
  console.log('\nself time by package or app folder');
  printTable(
    ['area', 'ms', 'share'],
    top(byArea, 14).map(([key, ms]) => [key, String(Math.round(ms)), pct(ms)]),
    new Set([0]),
  );
  console.log('\nself time by function');
  printTable(
    ['ms', 'share', 'function  source'],
    top(self, TOP).map(([key, ms]) => [String(Math.round(ms)), pct(ms), key]),
    new Set(),
  );
  console.log('\ntotal time by function (with what it calls)');
  printTable(
    ['ms', 'share', 'function  source'],
    top(total, TOP)
      .filter(([key]) => !key.startsWith('(root)'))
      .map(([key, ms]) => [String(Math.round(ms)), pct(ms), key]),
    new Set(),
  );
}

/** Starts the sampling profiler on `page` (every 200 µs). */
async function startProfiler(page) {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 200 });
  await session.send('Profiler.start');
  return session;
}

async function stopProfiler(session) {
  const { profile } = await session.send('Profiler.stop');
  await session.detach();
  return profile;
}

/**
 * Profiles a fresh page load of `hash` until `mark` (see measure.mjs's probe)
 * and then `until(page, at)`, if given; returns what `until` returned as `then`.
 */
async function profileLoad(context, origin, errors, hash, mark, probe = {}, until) {
  // One load first, as the bench does: the HTTP cache and V8's code cache are warm.
  const warm = await openPage(context, origin, hash, errors, probe);
  await waitForMark(warm, mark, 60_000);
  await warm.close();
  let session;
  const page = await openPage(context, origin, hash, errors, probe, async (fresh) => {
    session = await startProfiler(fresh);
  });
  const at = await waitForMark(page, mark, 60_000);
  const then = at === null ? null : await until?.(page, at);
  const profile = await stopProfiler(session);
  await page.close();
  return { profile, at, then };
}

async function profileSearch(context, origin, errors) {
  const page = await openPage(context, origin, '#/today', errors);
  await waitForMark(page, 'appFrame', 60_000);
  let session = await startProfiler(page);
  const opened = await page.evaluate(() => performance.now());
  await page.keyboard.press('Control+K');
  await page.waitForFunction(() => document.querySelector('[role="listbox"][data-query]'), null, {
    timeout: 60_000,
  });
  const readyMs = (await page.evaluate(() => performance.now())) - opened;
  const ready = await stopProfiler(session);

  session = await startProfiler(page);
  const box = page.getByRole('combobox', { name: 'Search', exact: true });
  const latencies = [];
  for (const query of ['Müller', 'strasse']) {
    await box.fill('');
    const characters = [...query];
    for (let typed = 1; typed <= characters.length; typed += 1) {
      await page.evaluate(armResultsWaiter, characters.slice(0, typed).join(''));
      await page.keyboard.type(characters[typed - 1]);
      const outcome = await page.evaluate(() => window.__liaisonBench.waiter);
      latencies.push(Math.round(outcome.frameAt - outcome.inputAt));
    }
  }
  const typing = await stopProfiler(session);
  await page.close();
  return { ready, readyMs, typing, latencies };
}

async function main() {
  await mkdir(outDir, { recursive: true });
  const errors = [];
  const { context, origin, report: seed, close } = await startBench({ build, errors });
  // Lets the store settle (Chromium writes IndexedDB to disk lazily).
  await new Promise((resolve) => setTimeout(resolve, 1000));
  try {
    const contacts = await profileLoad(context, origin, errors, '#/contacts', 'contactRow');
    await report('contacts', contacts.profile, `First row at ${Math.round(contacts.at)} ms.`);

    const search = await profileSearch(context, origin, errors);
    await report(
      'search-ready',
      search.ready,
      `Results list ready ${Math.round(search.readyMs)} ms after Ctrl+K.`,
    );
    await report('search-typing', search.typing, `Keystrokes: ${search.latencies.join(', ')} ms.`);

    const visit = await profileLoad(
      context,
      origin,
      errors,
      `#/visits/${seed.largeVisitId}`,
      'agendaComplete',
      { agendaSize: 40 },
    );
    await report('visit', visit.profile, `40 agenda items at ${Math.round(visit.at)} ms.`);

    // The start page, which opens Today, on the bench's day, until it is
    // interactive: QUIET_MS without a long task after its content shows.
    const today = await profileLoad(
      context,
      origin,
      errors,
      '',
      'todayContent',
      { todayAt: TODAY_AT },
      (page, at) =>
        page.evaluate(
          ([from, ms]) => window.__liaisonBench.interactiveAfter(from, ms),
          [at, QUIET_MS],
        ),
    );
    await report(
      'today',
      today.profile,
      today.then
        ? `Content at ${Math.round(today.at)} ms, interactive at ${Math.round(today.then.at)} ms.`
        : 'Today never showed its content.',
    );
    console.log(`\nprofiles: ${path.relative(process.cwd(), outDir)}/*.cpuprofile`);
    if (errors.length > 0)
      console.log(`page errors: ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
  } finally {
    await close();
  }
}

try {
  await main();
} catch (error) {
  console.error(`profile failed: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
}
