import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  expect,
  test,
  type BrowserContext,
  type Download,
  type Page,
} from '@playwright/test';
import ICAL from 'ical.js';
import { build, preview, type PreviewServer } from 'vite';
import { chromiumLaunchOptions } from './chromium.mjs';
import { cspViolations, watchCsp } from './cspWatch';
import { pdfText } from './pdfText';
import { appPort } from './syncServerSettings';

/**
 * Offline from the first load, in the browser build: open the app once with
 * the network up; then, with the server gone, everything still works — a
 * reload, every screen, briefing packs and every export and import in tabs
 * that never used them online, an edit that survives a reload and a browser
 * restart. Then a new version is deployed and the open app offers it.
 *
 * The app is served here by Vite's preview server (as `npm run web` does),
 * started and stopped by the test: stopping it is the network going away.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = path.join(root, 'vite.config.ts');
/** A port of its own: the origin (and so the service worker and IndexedDB) must stay the same across restarts. */
const port = appPort + 2;
const origin = `http://127.0.0.1:${port}`;
const NEXT_VERSION = '0.1.0-next.1';

// Tracing hooks into every context, and breaks on closing a persistent one (the restart below).
test.use({ timezoneId: 'Europe/London', locale: 'en-GB', trace: 'off' });
// A build of the next version, a browser restart and many downloads.
test.setTimeout(240_000);

let work: string;
let server: PreviewServer | undefined;

test.beforeAll(async () => {
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  work = await mkdtemp(path.join(tmpdir(), 'liaison-offline-'));
  // What `npm run e2e` built before the tests: the version deployed first.
  await cp(path.join(root, 'dist/renderer'), path.join(work, 'current'), { recursive: true });
});

test.afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

async function serve(directory: string) {
  server = await preview({
    configFile,
    logLevel: 'silent',
    build: { outDir: directory },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
}

/** The network goes away: the server stops and the browser is offline. */
async function cutNetwork(context: BrowserContext) {
  await server?.close();
  server = undefined;
  await context.setOffline(true);
}

function launch(profile: string) {
  return chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    acceptDownloads: true,
    timezoneId: 'Europe/London',
    locale: 'en-GB',
  });
}

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

/** A tab that has never run anything online, opened at `hash`. */
async function freshTab(context: BrowserContext, hash: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(`${origin}/${hash}`);
  return tab;
}

async function openDelegation(page: Page) {
  await page.goto(`${origin}/#/visits`);
  await page
    .getByRole('link', { name: /Leipzig delegation to Birmingham/ })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { name: 'Leipzig delegation to Birmingham', level: 1 }),
  ).toBeVisible();
}

async function briefingPack(page: Page, language: 'en' | 'de'): Promise<string> {
  await openDelegation(page);
  await page.getByRole('button', { name: 'Briefing pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create briefing pack' });
  await dialog.getByRole('combobox', { name: 'Language of the pack' }).selectOption(language);
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create briefing pack' }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  return pdfText(new Uint8Array(await readFile(await download.path())));
}

async function openContact(page: Page, name: string) {
  await page.goto(`${origin}/#/contacts`);
  await page.getByRole('list', { name: 'Contacts' }).getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

test('after one online load, everything works offline, across reloads and a browser restart; a new version is offered', async () => {
  const profile = path.join(work, 'profile');
  await serve(path.join(work, 'current'));
  let context = await launch(profile);
  await watchCsp(context);
  const pageErrors: string[] = [];
  context.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));

  // Online once: open the app and load the sample. The service worker keeps the app.
  // Registered after the persistent context's first tab opened: a tab of our own.
  let page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Nothing the app asks for is missing (the favicon was a 404 once).
  const missing: string[] = [];
  context.on('response', (response) => {
    if (response.status() >= 400) missing.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(`${origin}/#/settings`);
  await page.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Sample loaded/ })).toBeVisible();
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)),
  ).toBe(true);
  expect(missing).toEqual([]);

  await cutNetwork(context);
  // Truly gone: what the app has not kept cannot be fetched.
  expect(
    await page.evaluate(() =>
      fetch(`/not-kept-${Date.now()}`).then(
        () => 'reached',
        () => 'failed',
      ),
    ),
  ).toBe('failed');

  // A reload starts the app from what the service worker kept.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  for (const [link, heading] of [
    ['Today', /Today/],
    ['Visits', /Visits/],
    ['Contacts', /Contacts/],
    ['Organisations', /Organisations/],
    ['Partnerships', /Partnerships/],
    ['Follow-ups', /Follow-ups/],
    ['Settings', /Settings/],
  ] as const) {
    await page.getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
  }

  // Briefing packs, in English and German, each in a tab that never made one online.
  const english = await briefingPack(await context.newPage(), 'en');
  expect(english).toContain('Leipzig delegation to Birmingham');
  expect(english).toContain('Programme');
  const german = await briefingPack(await context.newPage(), 'de');
  expect(german).toContain('Briefingmappe');
  expect(german).toContain('Programm');

  // iCalendar, in a fresh tab.
  const calendarTab = await context.newPage();
  await openDelegation(calendarTab);
  const calendarDownload = calendarTab.waitForEvent('download');
  await calendarTab.getByRole('button', { name: 'Calendar (.ics)' }).click();
  const calendar = new ICAL.Component(ICAL.parse(await text(await calendarDownload)) as unknown[]);
  expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);

  // vCard and personal data, in a fresh tab.
  const contactTab = await freshTab(context, '#/contacts');
  await openContact(contactTab, 'Manuela Blum');
  const cardDownload = contactTab.waitForEvent('download');
  await contactTab.getByRole('button', { name: 'Save as vCard' }).click();
  expect(await text(await cardDownload)).toContain('FN:Manuela Blum');
  await contactTab.getByRole('button', { name: 'Personal data…' }).click();
  const personal = contactTab.getByRole('dialog', { name: 'Personal data of Manuela Blum' });
  const jsonDownload = contactTab.waitForEvent('download');
  await personal.getByRole('button', { name: 'Save as JSON' }).click();
  expect(JSON.parse(await text(await jsonDownload))).toBeTruthy();
  await personal.getByRole('button', { name: 'Close' }).click();

  // CSV export and a vCard import, in a fresh tab.
  const exchangeTab = await freshTab(context, '#/contacts');
  await exchangeTab.getByRole('button', { name: 'Export contacts…' }).click();
  const exporting = exchangeTab.getByRole('dialog', { name: 'Export contacts' });
  await exporting.getByRole('radio', { name: /CSV/ }).check();
  const csvDownload = exchangeTab.waitForEvent('download');
  await exporting.getByRole('button', { name: /^Export \d+ contacts$/ }).click();
  expect(await text(await csvDownload)).toContain('Blum');
  await exporting.getByRole('button', { name: 'Close' }).click();
  await exchangeTab.getByRole('button', { name: 'Import contacts…' }).click();
  const importing = exchangeTab.getByRole('dialog', { name: 'Import contacts' });
  await importing.getByLabel('Contacts file (.vcf or .csv)').setInputFiles({
    name: 'wang.vcf',
    mimeType: 'text/vcard',
    buffer: Buffer.from(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:王;秀英;;;\r\nFN:王秀英\r\nEMAIL:wang.xiuying@example.cn\r\nEND:VCARD\r\n',
    ),
  });
  await importing.getByRole('button', { name: 'Import 1 contact' }).click();
  await expect(importing.getByRole('status')).toHaveText('Imported 1 contact.');
  await importing.getByRole('button', { name: 'Close' }).click();

  // An edit offline, then a reload: it is there.
  await openContact(page, 'Manuela Blum');
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByRole('textbox', { name: 'Office held' }).fill('Leiterin Referat Internationales');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Leiterin Referat Internationales')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Leiterin Referat Internationales')).toBeVisible();

  for (const open of context.pages().filter((tab) => tab.url().startsWith(origin))) {
    expect(await cspViolations(open)).toEqual([]);
  }
  expect(pageErrors).toEqual([]);

  // A browser restart, still offline: the app, the edit and the import are there.
  await context.close();
  context = await launch(profile);
  await context.setOffline(true);
  page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/#/contacts`);
  // Found by search (the list is virtual: a row far down is not in the page).
  await page.getByRole('button', { name: /Search/ }).click();
  await page.getByRole('combobox', { name: 'Search' }).fill('秀英');
  await page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option', { name: /秀英/ })
    .click();
  await expect(page.getByRole('heading', { name: /秀英/, level: 2 })).toBeVisible();
  await openContact(page, 'Manuela Blum');
  await expect(page.getByText('Leiterin Referat Internationales')).toBeVisible();
  await page.goto(`${origin}/#/settings`);
  await expect(page.getByText('Version 0.1.0', { exact: true })).toBeVisible();

  // A new version is deployed and the network is back: the open app offers it,
  // and keeps running the version it started with until the user reloads.
  await build({
    configFile,
    logLevel: 'silent',
    build: { outDir: path.join(work, 'next'), emptyOutDir: true },
    define: { 'import.meta.env.LIAISON_VERSION': JSON.stringify(NEXT_VERSION) },
  });
  await serve(path.join(work, 'next'));
  await context.setOffline(false);
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
  const prompt = page.getByRole('status').filter({ hasText: 'A new version of Liaison is ready.' });
  // The new worker downloads the whole new build first: allow for a busy machine.
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Version 0.1.0', { exact: true })).toBeVisible();
  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByText(`Version ${NEXT_VERSION}`, { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await expect(prompt).toBeHidden();
  // The data is untouched by the update.
  await openContact(page, 'Manuela Blum');
  await expect(page.getByText('Leiterin Referat Internationales')).toBeVisible();
  await context.close();
});

test.describe('without the service worker', () => {
  // A browser that keeps nothing (service workers blocked, as some policies do).
  test.use({ serviceWorkers: 'block' });

  test('a briefing pack whose tools cannot be fetched says so, and does not blame the visit', async ({
    page,
  }) => {
    await page.goto('/#/settings');
    await page.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Sample loaded/ })).toBeVisible();
    // The network goes before the pack's layout code, worker and fonts were ever loaded.
    await page.route('**/assets/**', (route) => route.abort('internetdisconnected'));

    await page.getByRole('link', { name: 'Visits', exact: true }).click();
    await page
      .getByRole('link', { name: /Leipzig delegation to Birmingham/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Briefing pack' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create briefing pack' });
    await dialog.getByRole('button', { name: 'Create briefing pack' }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'The briefing-pack tools are not on this device yet. Connect once and open Liaison, then try again.',
    );
    await expect(dialog).not.toContainText('Check the visit');
  });
});
