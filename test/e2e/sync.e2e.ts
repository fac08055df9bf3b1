import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { admin, member, syncServerUrl } from './syncServerSettings';
import { cspViolations, watchCsp } from './cspWatch';

/**
 * Two laptops on one workspace of a real sync server (started by
 * playwright.config.ts through syncServer.mjs): one edits an agenda item
 * offline while the other edits the same field; when the first comes back,
 * both show the server's value, the first reviews the conflict and keeps its
 * own, and that wins on both.
 */

test.use({ timezoneId: 'Europe/London', locale: 'en-GB' });

/** Long enough for a replication round trip on a slow machine; far below the test's timeout. */
const SYNC_TIMEOUT = 15_000;

const visitTitle = 'Leipzig delegation to Birmingham';
const original = 'Council House reception';
const offlineTitle = 'Council House reception with the Lord Mayor';
const otherTitle = 'Reception at the Council House, Banqueting Suite';

interface ServerSession {
  token: string;
  workspaceId: string;
}

/** The admin signs in through the API, for the invite and for reading what the server holds. */
async function adminSession(api: APIRequestContext): Promise<ServerSession> {
  const login = await api.post('/v1/auth/login', {
    data: { email: admin.email, password: admin.password },
  });
  expect(login.status()).toBe(200);
  const session = (await login.json()) as { token: string; workspaces: { id: string }[] };
  const workspaceId = session.workspaces[0]?.id;
  if (!workspaceId) throw new Error('The seeded admin has no workspace.');
  return { token: session.token, workspaceId };
}

/** The admin invites a member, and the member registers with the code. */
async function registerMember(api: APIRequestContext, session: ServerSession): Promise<void> {
  const invite = await api.post(`/v1/workspaces/${session.workspaceId}/invites`, {
    headers: { authorization: `Bearer ${session.token}` },
    data: { role: 'editor' },
  });
  expect(invite.status()).toBe(201);
  const { code } = (await invite.json()) as { code: string };
  const registered = await api.post('/v1/auth/register', {
    data: { code, email: member.email, password: member.password, name: member.name },
  });
  expect(registered.status()).toBe(201);
}

/** The titles of the agenda items on the server. */
async function serverTitles(api: APIRequestContext, session: ServerSession): Promise<string[]> {
  const pulled = await api.get(
    `/v1/workspaces/${session.workspaceId}/collections/agendaItems/pull?checkpoint=0&limit=100`,
    { headers: { authorization: `Bearer ${session.token}` } },
  );
  expect(pulled.status()).toBe(200);
  const { documents } = (await pulled.json()) as {
    documents: { title: string; _deleted: boolean }[];
  };
  return documents.filter((document) => !document._deleted).map((document) => document.title);
}

/** Settings → Sync server: sign in and open the workspace. */
async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Sync server' });
  await section.getByRole('textbox', { name: 'Server address' }).fill(syncServerUrl);
  await section.getByRole('textbox', { name: 'Email' }).fill(account.email);
  await section.getByLabel('Password').fill(account.password);
  await section.getByRole('button', { name: 'Sign in' }).click();
  await expect(section.getByRole('radio', { name: new RegExp(admin.workspace) })).toBeChecked();
  await section.getByRole('button', { name: 'Open workspace' }).click();
  await expect(section.getByRole('button', { name: 'Sign out' })).toBeVisible({
    timeout: SYNC_TIMEOUT,
  });
  await expectSynced(page);
}

function statusBar(page: Page) {
  return page.getByRole('group', { name: 'Sync status' });
}

/** Online, "Synced", nothing waiting: the bar's word for a finished round. */
async function expectSynced(page: Page) {
  const bar = statusBar(page);
  await expect(bar).toContainText('Synced', { timeout: SYNC_TIMEOUT });
  await expect(bar).toContainText('Online');
  await expect(bar).not.toContainText('not yet on the server');
}

async function openVisit(page: Page) {
  await page.getByRole('link', { name: 'Visits', exact: true }).click();
  await page.getByRole('link', { name: new RegExp(visitTitle) }).click();
  await expect(page.getByRole('heading', { name: visitTitle, level: 1 })).toBeVisible();
}

function agenda(page: Page) {
  return page.getByRole('list', { name: 'Agenda' });
}

/** Renames the visit's only agenda item from `from` to `to`. */
async function renameItem(page: Page, from: string, to: string) {
  await agenda(page)
    .getByRole('button', { name: `Edit ${from}` })
    .click();
  const dialog = page.getByRole('dialog', { name: `Edit “${from}”` });
  await dialog.getByLabel('Title').fill(to);
  await dialog.getByRole('button', { name: 'Save item' }).click();
  await expect(dialog).toBeHidden();
}

/** The item's title on this laptop, once it reads `title`. */
async function expectItemTitle(page: Page, title: string) {
  await expect(agenda(page).getByRole('listitem')).toHaveCount(1, { timeout: SYNC_TIMEOUT });
  await expect(agenda(page).getByRole('heading', { level: 4 })).toHaveText(title, {
    timeout: SYNC_TIMEOUT,
  });
}

test('two laptops edit one agenda item, one offline: both converge and the conflict is reviewed', async ({
  browser,
  playwright,
}) => {
  const api = await playwright.request.newContext({ baseURL: syncServerUrl });
  const server = await adminSession(api);
  await registerMember(api, server);

  const laptopA = await browser.newContext();
  const laptopB = await browser.newContext();
  await watchCsp(laptopA);
  await watchCsp(laptopB);
  const a = await laptopA.newPage();
  const b = await laptopB.newPage();
  await a.setViewportSize({ width: 1400, height: 1000 });
  await b.setViewportSize({ width: 1400, height: 1000 });

  // Both laptops sign in to the workspace: A as its admin, B as the invited member.
  await signIn(a, admin);
  await signIn(b, member);

  // A plans a one-day visit with one agenda item; B receives both.
  await a.getByRole('link', { name: 'Visits', exact: true }).click();
  await a.getByRole('link', { name: 'New visit' }).click();
  await a.getByLabel('Title').fill(visitTitle);
  await a.getByLabel('Kind').selectOption('civic-delegation');
  await a.getByLabel('Direction').selectOption('inbound');
  await a.getByLabel('Destination city').fill('Birmingham');
  await a.getByLabel('Destination country').fill('GB');
  await a.getByLabel('Venue time zone').selectOption('Europe/London');
  await a.getByLabel('Start date').fill('2025-06-10');
  await a.getByLabel('End date').fill('2025-06-10');
  await a.getByRole('button', { name: 'Save visit' }).click();
  await expect(a.getByRole('heading', { name: visitTitle, level: 1 })).toBeVisible();
  await a.getByRole('button', { name: /Add item on .*10 June 2025/ }).click();
  const newItem = a.getByRole('dialog', { name: 'New agenda item' });
  await newItem.getByLabel('Title').fill(original);
  await newItem.getByLabel('Start time').fill('18:00');
  await newItem.getByLabel('End time').fill('19:30');
  await newItem.getByLabel('Venue', { exact: true }).fill('Council House');
  await newItem.getByRole('button', { name: 'Save item' }).click();
  await expect(newItem).toBeHidden();
  await expectItemTitle(a, original);
  await expectSynced(a);

  await expect.poll(() => serverTitles(api, server), { timeout: SYNC_TIMEOUT }).toEqual([original]);
  await b.getByRole('link', { name: 'Visits', exact: true }).click();
  await expect(b.getByRole('link', { name: new RegExp(visitTitle) })).toBeVisible({
    timeout: SYNC_TIMEOUT,
  });
  await openVisit(b);
  await expectItemTitle(b, original);

  // A loses the network and renames the item: offline, one change kept on the laptop.
  await laptopA.setOffline(true);
  await expect(statusBar(a)).toContainText('Offline — your changes are kept on this device');
  await renameItem(a, original, offlineTitle);
  await expectItemTitle(a, offlineTitle);
  await expect(statusBar(a)).toContainText('1 change not yet on the server');
  await expect(statusBar(a).getByRole('button', { name: 'Sync now' })).toBeDisabled();

  // B renames the same item differently and syncs it.
  await renameItem(b, original, otherTitle);
  await b.getByRole('button', { name: 'Sync now' }).click();
  await expect
    .poll(() => serverTitles(api, server), { timeout: SYNC_TIMEOUT })
    .toEqual([otherTitle]);
  await expectSynced(b);

  // A is back: the server's value (B's) stands on both, A's is kept for review.
  await laptopA.setOffline(false);
  await expectItemTitle(a, otherTitle);
  await expectSynced(a);
  await expectItemTitle(b, otherTitle);

  await a.getByRole('link', { name: /^Conflicts/ }).click();
  const records = a.getByRole('list', { name: 'Records with conflicting changes, newest first' });
  const record = records.getByRole('listitem').filter({ hasText: 'Agenda item' }).first();
  const field = record.getByRole('listitem', { name: 'Title' });
  await expect(field).toBeVisible();
  await expect(field.getByRole('definition').first()).toHaveText(offlineTitle);
  await expect(field.getByRole('definition').last()).toHaveText(otherTitle);

  // Keep mine: A's title wins on A, on the server and on B.
  await field.getByRole('button', { name: 'Keep mine' }).click();
  await expect(
    a.getByText('Nothing to review: no changes clashed with someone else’s.'),
  ).toBeVisible();
  await expectSynced(a);
  await openVisit(a);
  await expectItemTitle(a, offlineTitle);
  await expectItemTitle(b, offlineTitle);
  await expectSynced(b);
  expect(await serverTitles(api, server)).toEqual([offlineTitle]);

  // The web build reached the server without breaking its CSP (connect-src, or any other).
  expect(await cspViolations(a)).toEqual([]);
  expect(await cspViolations(b)).toEqual([]);

  await laptopA.close();
  await laptopB.close();
  await api.dispose();
});
