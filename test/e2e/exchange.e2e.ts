import { readFile } from 'node:fs/promises';
import { expect, test, type Download } from '@playwright/test';
import ICAL from 'ical.js';
import { cspViolations, watchCsp } from './cspWatch';

/**
 * The exchange formats in a real browser: a file chosen through the file
 * input, read by the page, and files received as downloads (the web
 * platform's save), offline throughout.
 */

/** A German Excel export: `;`-separated, a BOM, umlauts and a quoted field with `;` and a comma. */
const germanCsv =
  '\uFEFFVorname;Nachname;E-Mail;Organisation\r\n' +
  'Jürgen;Schröder;j.schroeder@leipzig.example;"Kreatives Leipzig; Büro Plagwitz, Halle 2"\r\n' +
  'Zsófia;Tóth;zsofia.toth@budapest.example;\r\n';

async function text(download: Download): Promise<string> {
  return readFile(await download.path(), 'utf8');
}

test('import a German CSV, then take contacts and a programme out as vCard, CSV and iCalendar', async ({
  page,
  context,
}) => {
  await watchCsp(page);
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Sample loaded/ })).toBeVisible();
  await context.setOffline(true);

  // Import: choose the file, map the columns (guessed from the German headers), preview, import.
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('button', { name: 'Import contacts…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import contacts' });
  await importing.getByLabel('Contacts file (.vcf or .csv)').setInputFiles({
    name: 'kontakte.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(germanCsv, 'utf8'),
  });
  await importing.getByRole('button', { name: 'Show preview' }).click();
  await importing.getByRole('button', { name: 'Import 2 contacts' }).click();
  await expect(importing.getByRole('status')).toHaveText('Imported 2 contacts.');
  await importing.getByRole('button', { name: 'Close' }).click();
  const list = page.getByRole('list', { name: 'Contacts' });
  await expect(list.getByRole('link', { name: 'Jürgen Schröder' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Zsófia Tóth' })).toBeVisible();

  // One contact as a vCard 4.0 download.
  await list.getByRole('link', { name: 'Jürgen Schröder' }).click();
  const cardDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as vCard' }).click();
  const card = new ICAL.Component(ICAL.parse(await text(await cardDownload)) as unknown[]);
  expect(card.getFirstPropertyValue('version')).toBe('4.0');
  expect(card.getFirstPropertyValue('fn')).toBe('Jürgen Schröder');
  // The `;` and the comma were escaped in ORG, so the organisation reads back as one.
  expect(card.getFirstPropertyValue('org')).toBe('Kreatives Leipzig; Büro Plagwitz, Halle 2');

  // Every contact as CSV: BOM, CRLF, the quoted organisation read back whole.
  await page.getByRole('button', { name: 'Export contacts…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export contacts' });
  await exporting.getByRole('radio', { name: /CSV/ }).check();
  const csvDownload = page.waitForEvent('download');
  await exporting.getByRole('button', { name: /^Export \d+ contacts$/ }).click();
  const csv = await text(await csvDownload);
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain('\r\n');
  expect(csv).toContain('"Kreatives Leipzig; Büro Plagwitz, Halle 2"');
  await exporting.getByRole('button', { name: 'Close' }).click();

  // The delegation's programme as iCalendar, London times with their zone.
  await page.getByRole('link', { name: 'Visits', exact: true }).click();
  await page
    .getByRole('link', { name: /Leipzig delegation to Birmingham/ })
    .first()
    .click();
  const calendarDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Calendar (.ics)' }).click();
  const calendar = new ICAL.Component(ICAL.parse(await text(await calendarDownload)) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events.length).toBeGreaterThan(0);
  expect(
    events.every(
      (event) => event.getFirstProperty('dtstart')?.getParameter('tzid') === 'Europe/London',
    ),
  ).toBe(true);
  expect(
    calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid')),
  ).toEqual(['Europe/London']);

  expect(await cspViolations(page)).toEqual([]);
});
