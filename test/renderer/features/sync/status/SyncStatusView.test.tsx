import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { SettingsProvider } from '../../../../../renderer/services/settings/SettingsProvider';
import { SyncStatusView } from '../../../../../renderer/features/sync/status/SyncStatusBar';
import { createI18n } from '../../../../../renderer/i18n/i18n';
import { resources } from '../../../../../renderer/app/i18nResources';
import type { SyncStatus } from '../../../../../renderer/replication/syncStatus';

const now = new Date('2025-06-12T10:00:00Z');

const status = (change: Partial<SyncStatus> = {}): SyncStatus => ({
  connection: 'online',
  phase: 'idle',
  pending: 0,
  setAside: 0,
  received: 0,
  lastSyncedAt: '2025-06-12T09:55:00Z',
  ...change,
});

/** The polite live region: the headline alone, announced when it changes. */
function headline(bar: HTMLElement): HTMLElement {
  const regions = bar.querySelectorAll<HTMLElement>('[aria-live="polite"]');
  expect(regions).toHaveLength(1);
  return regions[0] as HTMLElement;
}

async function renderView(
  value: SyncStatus | null,
  { language = 'en' as 'en' | 'de', onSyncNow = vi.fn() } = {},
) {
  const i18n = await createI18n(resources, language);
  const ui = (next: SyncStatus | null) => (
    <I18nextProvider i18n={i18n}>
      <SettingsProvider initial={{ language, homeTimeZone: 'Europe/London' }}>
        <SyncStatusView status={next} now={now} onSyncNow={onSyncNow} />
      </SettingsProvider>
    </I18nextProvider>
  );
  const view = render(ui(value));
  const bar = screen.getByRole('group', {
    name: language === 'de' ? 'Synchronisierungsstatus' : 'Sync status',
  });
  return { bar, onSyncNow, rerender: (next: SyncStatus | null) => view.rerender(ui(next)) };
}

describe('SyncStatusView', () => {
  it('says the local workspace is not synced, and offers no Sync now', async () => {
    const { bar } = await renderView(null);
    expect(headline(bar)).toHaveTextContent('Local workspace — not synced');
    expect(within(bar).queryByRole('button')).toBeNull();
  });

  it('says synced when idle, online, with the last sync time, and syncs on request', async () => {
    const { bar, onSyncNow } = await renderView(status());
    expect(headline(bar)).toHaveTextContent(/^Synced$/);
    expect(bar).toHaveTextContent('Online');
    expect(bar).toHaveTextContent('Last successful sync: 5 minutes ago');
    const button = within(bar).getByRole('button', { name: 'Sync now' });
    expect(button).toBeEnabled();
    await userEvent.click(button);
    expect(onSyncNow).toHaveBeenCalledOnce();
  });

  it('offline with changes waiting: counts them, never says synced, and explains the disabled button', async () => {
    const { bar } = await renderView(
      status({ phase: 'paused', connection: 'offline', pending: 3 }),
    );
    expect(headline(bar)).toHaveTextContent('Offline — your changes are kept on this device');
    expect(bar).toHaveTextContent('3 changes not yet on the server');
    expect(bar).not.toHaveTextContent(/\bsynced\b/i);
    const button = within(bar).getByRole('button', { name: 'Sync now' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Available when this device is back online.');
  });

  it('says the server is unreachable and never that it is synced', async () => {
    const { bar, onSyncNow } = await renderView(
      status({
        phase: 'error',
        connection: 'connecting',
        pending: 1,
        error: { code: 'unreachable', message: 'Failed to fetch' },
      }),
    );
    expect(headline(bar)).toHaveTextContent('Server unreachable — trying again');
    expect(bar).toHaveTextContent('1 change not yet on the server');
    expect(bar).not.toHaveTextContent(/\bsynced\b/i);
    expect(bar).not.toHaveTextContent('Failed to fetch');
    await userEvent.click(within(bar).getByRole('button', { name: 'Sync now' }));
    expect(onSyncNow).toHaveBeenCalledOnce();
  });

  it('says signed out or session expired, links to Settings and disables Sync now', async () => {
    const { bar } = await renderView(
      status({
        phase: 'signedOut',
        connection: 'offline',
        pending: 2,
        error: { code: 'unauthorized', message: 'The session has expired.' },
      }),
    );
    expect(headline(bar)).toHaveTextContent('Signed out or session expired');
    expect(within(bar).getByRole('link', { name: 'Sign in again in Settings' })).toHaveAttribute(
      'href',
      expect.stringMatching(/\/settings$/),
    );
    expect(bar).toHaveTextContent('2 changes not yet on the server');
    expect(bar).not.toHaveTextContent(/\bsynced\b/i);
    const button = within(bar).getByRole('button', { name: 'Sync now' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Sign in again in Settings to sync.');
  });

  it('asks to update an app that is too old, and passes on a refused change', async () => {
    const { bar, rerender } = await renderView(
      status({ phase: 'error', connection: 'offline', error: { code: 'tooOld', message: '426' } }),
    );
    expect(headline(bar)).toHaveTextContent(
      'This Liaison is too old for the server — please update Liaison',
    );
    expect(bar).toHaveTextContent('Not connected');
    rerender(status({ phase: 'error', error: { code: 'rejected', message: 'notes: too long' } }));
    expect(headline(bar)).toHaveTextContent('The server rejected a change');
    expect(bar).toHaveTextContent('The server said: notes: too long');
    expect(bar).not.toHaveTextContent(/\bsynced\b/i);
  });

  it('shows the progress of a large first pull without announcing every document', async () => {
    const { bar, rerender } = await renderView(
      status({ phase: 'syncing', lastSyncedAt: undefined, received: 12_400, expected: 31_000 }),
    );
    const live = headline(bar);
    expect(live).toHaveTextContent(/^Syncing…$/);
    expect(bar).toHaveTextContent('Receiving 12,400 of 31,000');
    const progress = within(bar).getByRole('progressbar', { name: 'Received from the server' });
    expect(progress).toHaveAttribute('value', '12400');
    expect(progress).toHaveAttribute('max', '31000');

    rerender(status({ phase: 'syncing', lastSyncedAt: undefined, received: 12_900 }));
    expect(bar).toHaveTextContent('12,900 received');
    // The counter lives outside the live region, which still just says "Syncing…".
    expect(headline(bar)).toHaveTextContent(/^Syncing…$/);
    expect(headline(bar)).toBe(live);
  });

  it('writes the time of a sync longer ago in the home zone', async () => {
    const { bar } = await renderView(status({ lastSyncedAt: '2025-06-11T16:30:00Z' }));
    expect(bar).toHaveTextContent('Last successful sync: 11 Jun 2025, 17:30');
  });

  it('speaks German', async () => {
    const { bar } = await renderView(
      status({
        phase: 'syncing',
        lastSyncedAt: undefined,
        received: 12_400,
        expected: 31_000,
        pending: 2,
      }),
      { language: 'de' },
    );
    expect(headline(bar)).toHaveTextContent('Wird synchronisiert …');
    expect(bar).toHaveTextContent('Empfange 12.400 von 31.000');
    expect(bar).toHaveTextContent('2 Änderungen noch nicht auf dem Server');
    expect(within(bar).getByRole('button', { name: 'Jetzt synchronisieren' })).toBeEnabled();
  });
});
