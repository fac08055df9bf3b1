// The measurements of `npm run bench`. Each runs in fresh pages of one
// browser context (so one IndexedDB, already seeded) and takes its times
// inside the page with performance.now(): a page's clock starts at its
// navigation, and in-page observers see the DOM change without polling.
/* global window, document, requestAnimationFrame, MutationObserver, indexedDB */
import { clearTimeout, setTimeout } from 'node:timers';

const APP_TIMEOUT = 60_000;
const UI_TIMEOUT = 15_000;
/** How long a page opened on Today is left before navigating inside it. */
const SETTLE_BEFORE_NAVIGATING_MS = 3000;

/**
 * "Now" for (d): a day of the seeded workspace (generate.ts dates its visits
 * 2023–2026 from a fixed seed) with a visit under way, visits coming up and
 * items on today's agenda, so Today has the same content to show whenever the
 * bench runs.
 */
export const TODAY_AT = '2025-06-11T09:00:00Z';
/** (d): how long the main thread must go without a long task for the page to count as interactive. */
export const QUIET_MS = 500;

/**
 * @typedef {object} ProbeOptions
 * @property {number} [agendaSize] How many agenda items make a visit's programme complete.
 * @property {string} [todayAt] An ISO instant: the page's clock (`Date`) starts
 *   there and runs on, so that Today shows the seeded workspace's day; also
 *   watches Today's content and records the main thread's long tasks.
 */

/**
 * Page init script: records, once each, when a watched condition first holds,
 * both when the DOM changed and at the next animation frame (about when it is
 * painted), and when the user's last keystroke or text input arrived.
 * Self-contained: Playwright serialises it into the page.
 * @param {ProbeOptions} options
 */
function installProbe({ agendaSize = 0, todayAt }) {
  const marks = {};
  const state = { marks, inputAt: null };
  window.__liaisonBench = state;

  if (todayAt) {
    // `Date` moved to `todayAt`, still ticking; performance.now() is untouched.
    const SystemDate = Date;
    const offset = SystemDate.parse(todayAt) - SystemDate.now();
    const now = () => SystemDate.now() + offset;
    window.Date = new Proxy(SystemDate, {
      construct: (target, args, newTarget) =>
        Reflect.construct(target, args.length === 0 ? [now()] : args, newTarget),
      apply: () => new SystemDate(now()).toString(),
      get: (target, key, receiver) => (key === 'now' ? now : Reflect.get(target, key, receiver)),
    });
  }

  const labelled = (element, label) =>
    element.getAttribute('aria-label') === label ||
    (element.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .some((id) => document.getElementById(id)?.textContent?.trim() === label);
  const isList = (element) =>
    element.getAttribute('role') === 'list' ||
    (!element.hasAttribute('role') && (element.tagName === 'UL' || element.tagName === 'OL'));
  const agendaCount = () => {
    const agenda = document.querySelector('[data-testid="agenda"]');
    if (!agenda) return -1;
    const marked = agenda.querySelectorAll('[data-agenda-item]').length;
    if (marked > 0) return marked;
    return Math.max(
      // Day headings may be list items marked role="none" (visits/AgendaByDay.tsx).
      agenda.querySelectorAll('li:not([role="none"], [role="presentation"], :has(li))').length,
      agenda.querySelectorAll('[role="listitem"]:not(:has([role="listitem"]))').length,
      agenda.querySelectorAll('tbody tr').length,
    );
  };
  const byText = (selector, text, root = document) =>
    [...root.querySelectorAll(selector)].find((element) => element.textContent?.trim() === text);
  const itemCount = (list) =>
    list && isList(list) ? list.querySelectorAll('li, [role="listitem"]').length : 0;
  /**
   * What Today shows (renderer/features/today/TodayPage.tsx): null before its
   * page and its three cards are there; then the items in each list, a card
   * with nothing in it counting 0 (its empty-state message is all it shows).
   */
  const todayParts = () => {
    const page = [...document.querySelectorAll('section')].find((s) => labelled(s, 'Today'));
    const card = (label) =>
      page && [...page.querySelectorAll('section')].find((s) => labelled(s, label));
    const visits = card('Visits under way');
    const agenda = card("Today's agenda");
    const followUps = card('Follow-ups due soon');
    if (!visits || !agenda || !followUps) return null;
    const listAfter = (heading) => heading?.nextElementSibling ?? null;
    return {
      underWay: itemCount(listAfter(byText('h2', 'Visits under way', visits))),
      upcoming: itemCount(listAfter(byText('h2', 'Coming up', visits))),
      agenda: itemCount(
        [...agenda.querySelectorAll('ol, ul, [role="list"]')].find((list) =>
          labelled(list, "Today's agenda"),
        ),
      ),
      followUps: itemCount(listAfter(byText('h2', 'Follow-ups due soon', followUps))),
    };
  };
  const conditions = {
    appFrame: () => document.querySelector('nav') !== null,
    contactRow: () =>
      [...document.querySelectorAll('ul, ol, [role="list"]')].some(
        (list) =>
          isList(list) &&
          labelled(list, 'Contacts') &&
          list.querySelector('li, [role="listitem"]') !== null,
      ),
    agendaPresent: () => agendaCount() >= 0,
    agendaComplete: () => agendaCount() >= agendaSize,
  };
  if (todayAt) {
    // Each list is filled by one query's results at once, so one item means all
    // of them. The benchmark workspace has no follow-ups: that card shows its
    // empty state whether or not its query has answered.
    conditions.todayContent = () => {
      const parts = todayParts();
      return parts !== null && parts.underWay > 0 && parts.upcoming > 0 && parts.agenda > 0;
    };
  }
  const check = () => {
    for (const [name, holds] of Object.entries(conditions)) {
      if (marks[name] || !holds()) continue;
      const mark = { domAt: performance.now(), frameAt: null };
      marks[name] = mark;
      requestAnimationFrame(() => (mark.frameAt = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, {
    childList: true,
    subtree: true,
    attributes: true,
  });
  for (const type of ['keydown', 'beforeinput', 'input']) {
    document.addEventListener(type, () => (state.inputAt ??= performance.now()), true);
  }
  state.mark = (name) => state.marks[name]?.frameAt ?? null;
  state.agendaCount = agendaCount;
  state.todayParts = todayParts;

  if (todayAt) {
    // Long tasks: 50 ms or more on the page's main thread, from the start.
    const tasks = [];
    const record = (entries) => {
      for (const entry of entries) {
        tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    state.longTasks = tasks;
    observer.observe({ type: 'longtask', buffered: true });
    /**
     * Resolves with the end of the last long task that runs into or follows
     * `from` before `quietMs` with none (`from` itself when none does), once
     * those `quietMs` have passed: time to interactive counted from `from`.
     */
    state.interactiveAfter = (from, quietMs) =>
      new Promise((resolve) => {
        const settle = () => {
          record(observer.takeRecords());
          let at = from;
          const after = [];
          for (const task of [...tasks].sort((a, b) => a.start - b.start)) {
            if (task.end <= at) continue;
            if (task.start - at >= quietMs) break;
            at = task.end;
            after.push(task.end - task.start);
          }
          const left = at + quietMs - performance.now();
          // A little past the window: a long task that just ended is reported after it.
          if (left > 0) setTimeout(settle, left + 20);
          else resolve({ at, longTasks: after.length, longest: Math.max(0, ...after) });
        };
        settle();
      });
  }
}

/**
 * A fresh page on `hash` with the probe installed; collects page errors.
 * `beforeNavigation` runs on the page first (the profiler starts there).
 * @param {import('playwright-core').BrowserContext} context
 * @param {ProbeOptions} [probe]
 * @param {(page: import('playwright-core').Page) => Promise<void>} [beforeNavigation]
 */
export async function openPage(context, origin, hash, errors, probe = {}, beforeNavigation) {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installProbe, probe);
  await beforeNavigation?.(page);
  await page.goto(`${origin}/${hash}`);
  return page;
}

/** Waits until mark `name` has its frame time and returns it, or null on timeout. */
export async function waitForMark(page, name, timeout) {
  try {
    const handle = await page.waitForFunction((mark) => window.__liaisonBench.mark(mark), name, {
      timeout,
    });
    return await handle.jsonValue();
  } catch {
    return null;
  }
}

/**
 * (a) Time from navigation to the first contact row of the list named
 * "Contacts" being visible, over `runs` fresh page loads after one warm-up.
 * @returns {Promise<{ samples: number[] } | { unavailable: string }>}
 */
export async function measureContactsList(context, origin, { runs, errors }) {
  const samples = [];
  for (let run = 0; run <= runs; run += 1) {
    const page = await openPage(context, origin, '#/contacts', errors);
    try {
      const at = await waitForMark(page, 'contactRow', APP_TIMEOUT);
      if (at === null) return { unavailable: 'no row appeared in the list "Contacts"' };
      // The probe saw the row in the DOM; make sure a person would see it too.
      await page
        .getByRole('list', { name: 'Contacts', exact: true })
        .getByRole('listitem')
        .first()
        .waitFor({ state: 'visible', timeout: UI_TIMEOUT });
      if (run > 0) samples.push(at);
    } finally {
      await page.close();
    }
  }
  return { samples };
}

/**
 * (a2), (c2) The same screens reached inside the running app, as people mostly
 * reach them: over `runs` pages opened on Today and left to settle, the time
 * from following the link to Contacts (the hash changing, as a click on the
 * navigation does) to the list's first row on screen, then from there to a
 * visit's page with all `size` agenda items.
 * @returns {Promise<{ contacts: number[], visit: number[] } | { unavailable: string }>}
 */
export async function measureInAppNavigation(context, origin, { visitId, size, runs, errors }) {
  const contacts = [];
  const visit = [];
  for (let run = 0; run <= runs; run += 1) {
    const page = await openPage(context, origin, '#/today', errors, { agendaSize: size });
    try {
      if ((await waitForMark(page, 'appFrame', APP_TIMEOUT)) === null) {
        return { unavailable: 'the app did not start' };
      }
      // Settled: the start's own work (the search index, the offline cache) is done.
      await page.waitForTimeout(SETTLE_BEFORE_NAVIGATING_MS);
      const follow = (hash) =>
        page.evaluate((to) => {
          const at = performance.now();
          window.location.hash = to;
          return at;
        }, hash);
      const toContacts = await follow('#/contacts');
      const row = await waitForMark(page, 'contactRow', APP_TIMEOUT);
      if (row === null) return { unavailable: 'no row appeared in the list "Contacts"' };
      const toVisit = await follow(`#/visits/${visitId}`);
      const agenda = await waitForMark(page, 'agendaComplete', APP_TIMEOUT);
      if (agenda === null) return { unavailable: `the visit's ${size} agenda items did not show` };
      if (run > 0) {
        contacts.push(row - toContacts);
        visit.push(agenda - toVisit);
      }
    } finally {
      await page.close();
    }
  }
  return { contacts, visit };
}

/**
 * (c) Time from navigation to all `size` items of a visit's programme being in
 * `[data-testid="agenda"]`, over `runs` fresh loads of `#/visits/<id>`.
 */
export async function measureVisitAgenda(context, origin, { visitId, size, runs, errors }) {
  const samples = [];
  let counted = 0;
  for (let run = 0; run <= runs; run += 1) {
    const page = await openPage(context, origin, `#/visits/${visitId}`, errors, {
      agendaSize: size,
    });
    try {
      if ((await waitForMark(page, 'appFrame', APP_TIMEOUT)) === null) {
        return { unavailable: 'the app did not start' };
      }
      if ((await waitForMark(page, 'agendaPresent', UI_TIMEOUT)) === null) {
        return { unavailable: 'no [data-testid="agenda"] on the visit page yet' };
      }
      const at = await waitForMark(page, 'agendaComplete', UI_TIMEOUT);
      if (at === null) {
        const shown = await page.evaluate(() => window.__liaisonBench.agendaCount());
        return { unavailable: `the agenda showed ${shown} of ${size} items` };
      }
      if (run > 0) samples.push(at);
      counted = await page.evaluate(() => window.__liaisonBench.agendaCount());
    } finally {
      await page.close();
    }
  }
  return { samples, counted };
}

/**
 * (d) App start until Today is interactive, over `runs` fresh loads of the
 * start page (`/`, which opens Today) after one warm-up, with the page's
 * clock at `todayAt`: `content`, the frame after Today's heading and its
 * lists of visits under way, visits coming up and today's agenda were in the
 * DOM; `interactive`, from there the end of the last long task before
 * `quietMs` without one (see `interactiveAfter` in the probe).
 * @returns {Promise<{ samples: number[], content: number[], longTasks: number[],
 *   longest: number, shown: Record<string, number> } | { unavailable: string }>}
 */
export async function measureTodayStart(
  context,
  origin,
  { todayAt = TODAY_AT, runs, errors, quietMs = QUIET_MS },
) {
  const samples = [];
  const content = [];
  const longTasks = [];
  let longest = 0;
  let shown = {};
  for (let run = 0; run <= runs; run += 1) {
    const page = await openPage(context, origin, '', errors, { todayAt });
    try {
      if ((await waitForMark(page, 'appFrame', APP_TIMEOUT)) === null) {
        return { unavailable: 'the app did not start' };
      }
      const at = await waitForMark(page, 'todayContent', APP_TIMEOUT);
      shown = await page.evaluate(() => window.__liaisonBench.todayParts());
      if (at === null) {
        return {
          unavailable: `Today did not show visits under way, coming up and on today's agenda (${JSON.stringify(shown)})`,
        };
      }
      await page
        .getByRole('heading', { name: 'Today', level: 1, exact: true })
        .waitFor({ state: 'visible', timeout: UI_TIMEOUT });
      const quiet = await withTimeout(
        page.evaluate(
          ([from, ms]) => window.__liaisonBench.interactiveAfter(from, ms),
          [at, quietMs],
        ),
        APP_TIMEOUT,
      );
      if (quiet === null) {
        return { unavailable: `the main thread had no ${quietMs} ms without a long task` };
      }
      if (run > 0) {
        content.push(at);
        samples.push(quiet.at);
        longTasks.push(quiet.longTasks);
        longest = Math.max(longest, quiet.longest);
      }
    } finally {
      await page.close();
    }
  }
  return { samples, content, longTasks, longest, shown };
}

/**
 * Arms a waiter for the results list to report `expected` in `data-query`;
 * resolves at the frame after, with the time of the keystroke that led there.
 */
export function armResultsWaiter(expected) {
  const state = window.__liaisonBench;
  state.inputAt = null;
  state.waiter = new Promise((resolve) => {
    const matches = () =>
      [...document.querySelectorAll('[role="listbox"][data-query]')].some(
        (list) => list.getAttribute('data-query') === expected,
      );
    const observer = new MutationObserver(() => {
      if (!matches()) return;
      observer.disconnect();
      const domAt = performance.now();
      requestAnimationFrame(() =>
        resolve({ inputAt: state.inputAt, domAt, frameAt: performance.now() }),
      );
    });
    observer.observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-query'],
    });
  });
}

/** `promise`'s value, or null once `ms` have passed (its late rejection is ignored). */
async function withTimeout(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([promise.catch(() => null), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * (b) Per-keystroke search latency: Control+K, then each query typed one
 * character at a time; each keystroke is timed until the listbox "Search
 * results" carries the typed text in `data-query` (the contract that its
 * results are for that text), to the next frame.
 */
export async function measureSearch(context, origin, { queries, errors }) {
  const page = await openPage(context, origin, '#/today', errors);
  try {
    if ((await waitForMark(page, 'appFrame', APP_TIMEOUT)) === null) {
      return { unavailable: 'the app did not start' };
    }
    await page.evaluate(() => (window.__liaisonBench.inputAt = null));
    await page.keyboard.press('Control+K');
    const box = page
      .getByRole('combobox', { name: 'Search', exact: true })
      .or(page.getByRole('searchbox', { name: 'Search', exact: true }))
      .first();
    const results = page.getByRole('listbox', { name: 'Search results', exact: true });
    try {
      await box.waitFor({ state: 'visible', timeout: 5_000 });
    } catch {
      return { unavailable: 'no search UI yet' };
    }
    try {
      await results.waitFor({ state: 'attached', timeout: 5_000 });
      await page.waitForFunction(
        () => document.querySelector('[role="listbox"][data-query]') !== null,
        null,
        { timeout: APP_TIMEOUT },
      );
    } catch {
      return { unavailable: 'no listbox "Search results" with a data-query attribute' };
    }
    const { readyMs, readyFromStartMs } = await page.evaluate(() => ({
      readyMs: performance.now() - (window.__liaisonBench.inputAt ?? performance.now()),
      readyFromStartMs: performance.now(),
    }));

    const samples = [];
    const perQuery = [];
    for (const query of queries) {
      await box.fill('');
      const latencies = [];
      const characters = [...query];
      for (let typed = 1; typed <= characters.length; typed += 1) {
        const expected = characters.slice(0, typed).join('');
        await page.evaluate(armResultsWaiter, expected);
        await page.keyboard.type(characters[typed - 1]);
        const outcome = await withTimeout(
          page.evaluate(() => window.__liaisonBench.waiter),
          UI_TIMEOUT,
        );
        if (!outcome || outcome.inputAt === null) {
          return { unavailable: `the results never showed data-query="${expected}"` };
        }
        latencies.push(outcome.frameAt - outcome.inputAt);
      }
      const hits = await results.getByRole('option').count();
      perQuery.push({ query, latencies, hits });
      samples.push(...latencies);
    }
    return { samples, perQuery, readyMs, readyFromStartMs };
  } finally {
    await page.close();
  }
}

/**
 * (b, cold) How long search takes to be ready when there is no stored index
 * (a new device, a new version of the index's format): the stored one is
 * deleted, then the app is opened and Ctrl+K pressed at once. Run it last:
 * the index it builds is stored again for the next page.
 * @returns {Promise<{ builtFromStartMs: number } | { unavailable: string }>}
 */
export async function measureSearchIndexBuild(context, origin, { errors, snapshotDatabase }) {
  const blank = await context.newPage();
  try {
    // Any page of the origin: the stored index lives in the origin's IndexedDB.
    await blank.goto(`${origin}/__bench/seed.html`);
    await blank.evaluate(
      (name) =>
        new Promise((resolve, reject) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve(undefined);
          request.onerror = () => reject(request.error);
          request.onblocked = () => resolve(undefined);
        }),
      snapshotDatabase,
    );
  } finally {
    await blank.close();
  }
  const page = await openPage(context, origin, '#/today', errors);
  try {
    if ((await waitForMark(page, 'appFrame', APP_TIMEOUT)) === null) {
      return { unavailable: 'the app did not start' };
    }
    await page.keyboard.press('Control+K');
    await page.waitForFunction(
      () => document.querySelector('[role="listbox"][data-query]') !== null,
      null,
      { timeout: APP_TIMEOUT },
    );
    return { builtFromStartMs: await page.evaluate(() => performance.now()) };
  } catch {
    return { unavailable: 'search never became ready' };
  } finally {
    await page.close();
  }
}
