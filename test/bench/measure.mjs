// The three measurements of `npm run bench`. Each runs in fresh pages of one
// browser context (so one IndexedDB, already seeded) and takes its times
// inside the page with performance.now(): a page's clock starts at its
// navigation, and in-page observers see the DOM change without polling.
/* global window, document, requestAnimationFrame, MutationObserver, indexedDB */
import { clearTimeout, setTimeout } from 'node:timers';

const APP_TIMEOUT = 60_000;
const UI_TIMEOUT = 15_000;

/**
 * Page init script: records, once each, when a watched condition first holds,
 * both when the DOM changed and at the next animation frame (about when it is
 * painted), and when the user's last keystroke or text input arrived.
 * Self-contained: Playwright serialises it into the page.
 * @param {{ agendaSize: number }} options
 */
function installProbe({ agendaSize }) {
  const marks = {};
  const state = { marks, inputAt: null };
  window.__liaisonBench = state;

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
}

/**
 * A fresh page on `hash` with the probe installed; collects page errors.
 * `beforeNavigation` runs on the page first (the profiler starts there).
 * @param {import('playwright-core').BrowserContext} context
 * @param {(page: import('playwright-core').Page) => Promise<void>} [beforeNavigation]
 */
export async function openPage(context, origin, hash, errors, agendaSize = 0, beforeNavigation) {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(installProbe, { agendaSize });
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
 * (c) Time from navigation to all `size` items of a visit's programme being in
 * `[data-testid="agenda"]`, over `runs` fresh loads of `#/visits/<id>`.
 */
export async function measureVisitAgenda(context, origin, { visitId, size, runs, errors }) {
  const samples = [];
  let counted = 0;
  for (let run = 0; run <= runs; run += 1) {
    const page = await openPage(context, origin, `#/visits/${visitId}`, errors, size);
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
