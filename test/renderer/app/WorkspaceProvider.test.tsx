import { render, screen } from '@testing-library/react';
import { addRxPlugin, type RxPlugin } from 'rxdb';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { openWorkspaceEarly, WorkspaceProvider } from '../../../renderer/app/WorkspaceProvider';
import { useDatabase } from '../../../renderer/data/useLiveQuery';
import { createI18n } from '../../../renderer/i18n/i18n';
import { resources } from '../../../renderer/app/i18nResources';

// Module state (the early store, whether a provider started) is this file's alone.

function DatabaseName() {
  return <p>{useDatabase().name}</p>;
}

describe('WorkspaceProvider', () => {
  it('takes over the store main.tsx started opening before the first render', async () => {
    const opened: string[] = [];
    const databases: { closed: boolean }[] = [];
    const count: RxPlugin = {
      name: 'liaison-test-count-opened-databases',
      rxdb: true,
      hooks: {
        createRxDatabase: {
          after: ({ database }) => {
            opened.push(database.name);
            databases.push(database);
          },
        },
      },
    };
    addRxPlugin(count);
    // On the app's default store (here fake-indexeddb's global one), as main.tsx does.
    openWorkspaceEarly('early-bird');
    const i18n = await createI18n(resources, 'en');
    const view = render(
      <I18nextProvider i18n={i18n}>
        <WorkspaceProvider workspaceId="early-bird">
          <DatabaseName />
        </WorkspaceProvider>
      </I18nextProvider>,
    );
    expect(await screen.findByText('liaison-early-bird')).toBeInTheDocument();
    // One store opened, not a second one (which would close the first: closeDuplicates).
    expect(opened).toEqual(['liaison-early-bird']);
    view.unmount();
    // The provider closes its store after unmounting; the test ends once it has (a write
    // still committing after the test's window is gone fails the run).
    await vi.waitFor(() => expect(databases.map((database) => database.closed)).toEqual([true]));
  });
});
