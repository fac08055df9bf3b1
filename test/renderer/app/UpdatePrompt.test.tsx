import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { UpdatePrompt } from '../../../renderer/app/UpdatePrompt';
import { createI18n } from '../../../renderer/i18n/i18n';
import { resources } from '../../../renderer/app/i18nResources';
import type { AppUpdates } from '../../../renderer/platform/appUpdates';

/**
 * The prompt's side of an update. That a deployment really reaches an open
 * app through the service worker is checked in Chromium (test/e2e/offline.e2e.ts).
 */
function controllableUpdates() {
  const listeners = new Set<() => void>();
  let applied = 0;
  const updates: AppUpdates = {
    start: () => undefined,
    onUpdateReady: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    applyUpdate: () => {
      applied++;
    },
  };
  return {
    updates,
    announce: () => listeners.forEach((listener) => listener()),
    get applied() {
      return applied;
    },
    get listening() {
      return listeners.size;
    },
  };
}

async function renderPrompt(updates: AppUpdates, language: 'en' | 'de' = 'en') {
  const i18n = await createI18n(resources, language);
  return render(
    <I18nextProvider i18n={i18n}>
      <UpdatePrompt updates={updates} />
    </I18nextProvider>,
  );
}

describe('UpdatePrompt', () => {
  it('says nothing until a new version is ready, then offers the reload', async () => {
    const source = controllableUpdates();
    await renderPrompt(source.updates);
    expect(screen.queryByRole('status')).toBeNull();

    act(() => source.announce());
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Liaison is ready.');
    expect(source.applied).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(source.applied).toBe(1);
  });

  it('speaks German, and stops listening when it goes', async () => {
    const source = controllableUpdates();
    const { unmount } = await renderPrompt(source.updates, 'de');
    act(() => source.announce());
    expect(screen.getByRole('status')).toHaveTextContent(
      'Eine neue Version von Liaison ist bereit.',
    );
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeVisible();
    unmount();
    expect(source.listening).toBe(0);
  });
});
