import { expect, test } from '@playwright/test';
import { cspViolations, watchCsp } from './cspWatch';

test('a contact survives a reload and can be edited with the network cut', async ({
  page,
  context,
}) => {
  await watchCsp(page);
  await page.goto('/#/contacts');
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();

  // Create.
  await page.getByRole('link', { name: 'New contact' }).click();
  await page.getByRole('textbox', { name: 'Honorific' }).fill('Herr');
  await page.getByRole('textbox', { name: 'Given names' }).fill('Burkhard');
  await page.getByRole('textbox', { name: 'Family name' }).fill('Jung');
  await page.getByRole('textbox', { name: 'Email 1' }).fill('oberbuergermeister@leipzig.de');
  await page.getByRole('button', { name: 'Save contact' }).click();
  const list = page.getByRole('list', { name: 'Contacts' });
  await expect(list.getByRole('link', { name: 'Burkhard Jung' })).toBeVisible();

  // Reload: it comes back from IndexedDB.
  await page.reload();
  await expect(list.getByRole('link', { name: 'Burkhard Jung' })).toBeVisible();

  // Cut the network and edit.
  await context.setOffline(true);
  await list.getByRole('link', { name: 'Burkhard Jung' }).click();
  await page.getByRole('link', { name: 'Edit' }).click();
  await page
    .getByRole('textbox', { name: 'Office held' })
    .fill('Oberbürgermeister der Stadt Leipzig');
  await page.getByRole('textbox', { name: 'Spoken form' }).fill('Herr Oberbürgermeister');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Oberbürgermeister der Stadt Leipzig')).toBeVisible();

  // Back online, reload: the offline edit is there.
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Burkhard Jung', level: 2 })).toBeVisible();
  await expect(page.getByText('Oberbürgermeister der Stadt Leipzig')).toBeVisible();
  await expect(page.getByText('Herr Oberbürgermeister', { exact: true })).toBeVisible();

  expect(await cspViolations(page)).toEqual([]);
});

test('the built app runs under a CSP without unsafe-eval and without frames', async ({ page }) => {
  await page.goto('/#/contacts');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  // WebAssembly may compile (the PDF layout engine); JavaScript eval may not.
  expect(csp).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-src 'none'");
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  expect(await page.locator('iframe').count()).toBe(0);
});
