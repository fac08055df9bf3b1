import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import { contentSecurityPolicy } from '../../shared/security/csp';
import { cspViolations, watchCsp } from './cspWatch';
import { pdfText } from './pdfText';

// A Leipzig-based officer: the programme in London time shows Berlin time beside it.
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

/**
 * Whether code may be made from a string here, probed with a string timer:
 * it runs after the probe returns, outside DevTools' evaluation (which CSP
 * exempts), so the scope's own policy decides.
 */
function stringTimerRuns(): Promise<'ran' | 'refused'> {
  return new Promise((resolve) => {
    const scope = globalThis as unknown as { liaisonProbe?: () => void };
    scope.liaisonProbe = () => resolve('ran');
    // A string handler is the point: only unsafe-eval lets it run.
    (setTimeout as (handler: string, timeout: number) => number)('liaisonProbe()', 0);
    setTimeout(() => resolve('refused'), 300);
  });
}

/** "HH:mm" of a London wall-clock time as seen in Berlin, worked out apart from the app. */
function berlinTime(londonLocal: string): string {
  return Temporal.PlainDateTime.from(londonLocal)
    .toZonedDateTime('Europe/London')
    .withTimeZone('Europe/Berlin')
    .toPlainTime()
    .toString({ smallestUnit: 'minute' });
}

test('export the Leipzig delegation’s briefing pack and read it back', async ({ page }) => {
  await watchCsp(page);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // Served with the CSP as a header, as Electron does: it binds the PDF's Web Worker too.
  const response = await page.goto('/#/settings');
  expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy());
  await page.getByRole('button', { name: 'Load the Birmingham–Leipzig sample' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Sample loaded/ })).toBeVisible();

  await page.getByRole('link', { name: 'Visits', exact: true }).click();
  await page
    .getByRole('link', { name: /Leipzig delegation to Birmingham/ })
    .first()
    .click();
  await expect(
    page.getByRole('heading', { name: 'Leipzig delegation to Birmingham', level: 1 }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Briefing pack' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create briefing pack' });
  await expect(dialog.getByRole('checkbox', { name: 'Programme' })).toBeChecked();
  await expect(
    dialog.getByRole('checkbox', { name: /Include dietary and access needs/ }),
  ).not.toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Venues' }).uncheck();

  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Create briefing pack' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Leipzig-delegation-to-Birmingham-briefing-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Briefing pack saved' })).toContainText(
    download.suggestedFilename(),
  );

  expect(await cspViolations(page)).toEqual([]);
  // The pack was laid out in a Web Worker that ran under the CSP: no eval there either.
  // (Search keeps its index in a worker of its own too.)
  const worker = page.workers().find((running) => running.url().includes('briefingWorker'));
  expect(worker?.url()).toContain('briefingWorker');
  expect(await worker?.evaluate(stringTimerRuns)).toBe('refused');

  const bytes = new Uint8Array(await readFile(await download.path()));
  expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
  const text = await pdfText(bytes);

  // Sections: chosen ones present, the unchosen one absent.
  for (const heading of ['Purpose and objectives', 'Programme', 'People you will meet']) {
    expect(text).toContain(heading);
  }
  expect(text).not.toContain('Venues');
  expect(text).toContain('OFFICIAL');
  expect(text).not.toContain('OFFICIAL-SENSITIVE');

  // STEAMhouse, 10 June 2025, 14:00–15:30 in Birmingham; Berlin time beside it.
  expect(text).toContain('Tuesday, 10 June 2025');
  expect(text).toContain(
    `14:00–15:30 (${berlinTime('2025-06-10T14:00')}–${berlinTime('2025-06-10T15:30')} home)`,
  );

  // Forms of address: Dr. Antje Nolting, addressed by her highest title in English.
  expect(text).toContain('Frau Dr. Antje Nolting');
  expect(text).toContain('Dear Dr Nolting');

  expect(pageErrors).toEqual([]);
});
