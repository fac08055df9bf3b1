import { fileURLToPath } from 'node:url';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { cspViolations, watchCsp } from './cspWatch';

// A Leipzig-based officer: agenda times in London show the home time beside them.
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const screenshot = fileURLToPath(new URL('./screenshots/visit-agenda.png', import.meta.url));

/** Where the page is scrolled to, and how far it could scroll. */
function pageScroll(page: Page) {
  return page.evaluate(() => {
    const scroller = document.scrollingElement!;
    return { top: scroller.scrollTop, room: scroller.scrollHeight - scroller.clientHeight };
  });
}

/** Whether focus is inside `dialog`. */
function focusInside(dialog: Locator) {
  return dialog.evaluate((element) => element.contains(document.activeElement));
}

async function addItem(
  page: Page,
  day: RegExp,
  title: string,
  start: string,
  end: string,
  venue: string,
) {
  await page.getByRole('button', { name: day }).click();
  const dialog = page.getByRole('dialog', { name: 'New agenda item' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByLabel('Start time').fill(start);
  await dialog.getByLabel('End time').fill(end);
  await dialog.getByLabel('Venue', { exact: true }).fill(venue);
  await dialog.getByRole('button', { name: 'Save item' }).click();
  await expect(dialog).toBeHidden();
}

test('plan the Leipzig delegation, work on it offline, load the sample and read it in German', async ({
  page,
  context,
}) => {
  await watchCsp(page);
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/#/visits');

  // Plan the visit: 10–13 June 2025, venue zone Europe/London.
  await page.getByRole('link', { name: 'New visit' }).click();
  await page.getByLabel('Title').fill('Leipzig delegation to Birmingham');
  await page.getByLabel('Kind').selectOption('civic-delegation');
  await page.getByLabel('Direction').selectOption('inbound');
  await page.getByLabel('Destination city').fill('Birmingham');
  await page.getByLabel('Destination country').fill('GB');
  await page.getByLabel('Venue time zone').selectOption('Europe/London');
  await page.getByLabel('Start date').fill('2025-06-10');
  await page.getByLabel('End date').fill('2025-06-13');
  await page.getByRole('button', { name: 'Save visit' }).click();
  await expect(
    page.getByRole('heading', { name: 'Leipzig delegation to Birmingham', level: 1 }),
  ).toBeVisible();
  // The sample has a visit of the same title and dates: come back to this one by its address.
  const ownVisit = new URL(page.url()).hash;

  // Three items on 11 June, the third overlapping the second.
  const eleventh = /Add item on .*11 June 2025/;
  await addItem(
    page,
    eleventh,
    'Aston University: Horizon Europe',
    '09:30',
    '11:00',
    'Aston University',
  );
  await addItem(page, eleventh, 'STEAMhouse tour', '11:30', '12:30', 'STEAMhouse');
  await addItem(page, eleventh, 'Floating Garden lunch', '12:00', '13:30', 'Grand Union');
  const agenda = page.getByRole('list', { name: 'Agenda' });
  await expect(agenda.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('alert', { name: 'Clashes' })).toContainText(
    '“STEAMhouse tour” overlaps “Floating Garden lunch”.',
  );
  await page.getByTestId('agenda').screenshot({ path: screenshot });

  // A dialog over a page that can scroll: the page stays put (the lock is a
  // stylesheet rule, no inline style for the CSP to refuse), focus stays in
  // the dialog, Escape or a click on the backdrop closes it and focus returns.
  await page.setViewportSize({ width: 1400, height: 500 });
  const addOnEleventh = page.getByRole('button', { name: eleventh });
  await addOnEleventh.click();
  const newItem = page.getByRole('dialog', { name: 'New agenda item' });
  await expect(newItem.getByLabel('Title')).toBeFocused();
  await expect(page.locator('html')).toHaveCSS('overflow', 'hidden');
  const opened = await pageScroll(page);
  expect(opened.room).toBeGreaterThan(0);
  const wheel = opened.top < opened.room ? 300 : -300;
  await page.mouse.move(20, 480); // the backdrop, left of the dialog
  await page.mouse.wheel(0, wheel);
  await page.waitForTimeout(300);
  expect((await pageScroll(page)).top).toBe(opened.top);
  for (let step = 0; step < 40; step += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInside(newItem)).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(newItem).toBeHidden();
  await expect(addOnEleventh).toBeFocused();
  // The page scrolls again once the dialog is closed.
  await page.mouse.wheel(0, wheel);
  await expect.poll(async () => (await pageScroll(page)).top).not.toBe(opened.top);

  await addOnEleventh.click();
  await expect(newItem).toBeVisible();
  await page.mouse.click(20, 480);
  await expect(newItem).toBeHidden();
  await expect(addOnEleventh).toBeFocused();
  await page.setViewportSize({ width: 1400, height: 1000 });

  // Offline: the visit, its agenda and search keep working from the local store.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Contacts', exact: true }).click();
  await page.getByRole('link', { name: 'Visits', exact: true }).click();
  await page.getByRole('link', { name: /Leipzig delegation to Birmingham/ }).click();
  await expect(agenda.getByRole('listitem')).toHaveCount(3);
  // Escape closes search at once, also with text in its field.
  const search = page.getByRole('dialog', { name: 'Search the workspace' });
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).fill('aston');
  await page.keyboard.press('Escape');
  await expect(search).toBeHidden();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).fill('steamhouse');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option', { name: /STEAMhouse tour/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { name: 'Leipzig delegation to Birmingham', level: 1 }),
  ).toBeVisible();
  await context.setOffline(false);

  // The sample workspace, and a Leipzig contact found by a folded spelling.
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Sample loaded/ })).toBeVisible();
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Search' }).fill('Noelting');
  await expect(results.getByRole('option', { name: /Antje Nolting/ })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Dr. Antje Nolting', level: 2 })).toBeVisible();

  // German: the agenda of the delegation in German.
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('link', { name: 'Besuche', exact: true }).click();
  await expect(page.getByRole('link', { name: /Leipzig delegation to Birmingham/ })).toHaveCount(2);
  await page.evaluate((hash) => (window.location.hash = hash), ownVisit);
  const programm = page.getByRole('list', { name: 'Programm' });
  await expect(programm.getByRole('listitem')).toHaveCount(3);
  await expect(
    page.getByRole('heading', { name: 'Mittwoch, 11. Juni 2025', level: 3 }),
  ).toBeVisible();
  await expect(page.getByRole('alert', { name: 'Überschneidungen' })).toBeVisible();

  expect(await cspViolations(page)).toEqual([]);
});
